// The process: config → app (Neo4j, schema, seed, Apollo, HTTP) → signals.
import { loadConfig } from './config.js';
import { startApp, STOP_BUDGET_MS } from './app.js';
import { createLogger } from './http/requestLog.js';
import { MissingToolError } from './neo4j/localNeo4j.js';

/** Past the longest stop (drain, driver, a local Neo4j's own stop timeout), leave anyway. */
const SHUTDOWN_GUARD_MS = STOP_BUDGET_MS + 5_000;

try {
  const config = loadConfig();
  // One JSON stream on stdout: the process's messages and the request log alike.
  const logger = createLogger(config.logLevel);
  const log = (line: string) => logger.info(line);
  const app = await startApp(config, log, { logger });
  log(`GraphQL ready at ${app.url}`);
  log(`Neo4j: ${app.neo4j.uri}${app.neo4j.local ? ` (local, data in ${app.neo4j.local.home})` : ''}`);
  log(app.stats ? `Graph: ${app.stats.nodeCount} nodes, ${app.stats.relationshipCount} relationships` : 'Graph: unknown until Neo4j is reachable');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining requests, then stopping...`);
    setTimeout(() => {
      logger.error(`Shutdown took longer than ${SHUTDOWN_GUARD_MS / 1000} s; exiting without waiting further.`);
      process.exit(1);
    }, SHUTDOWN_GUARD_MS).unref();
    await app.stop();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (e) {
  console.error(e instanceof MissingToolError ? e.message : e);
  process.exit(1);
}
