// The process: config → app (Neo4j, schema, seed, Apollo, HTTP) → signals.
import { loadConfig } from './config.js';
import { startApp } from './app.js';
import { MissingToolError } from './neo4j/localNeo4j.js';

try {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`GraphQL ready at ${app.url}`);
  console.log(`Neo4j: ${app.neo4j.uri}${app.neo4j.local ? ` (local, data in ${app.neo4j.local.home})` : ''}`);
  console.log(app.stats ? `Graph: ${app.stats.nodeCount} nodes, ${app.stats.relationshipCount} relationships` : 'Graph: unknown until Neo4j is reachable');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests, then stopping...`);
    // Draining is bounded (10 s); should closing the driver or Neo4j hang past that, leave anyway.
    setTimeout(() => {
      console.error('Shutdown took longer than 20 s; exiting without waiting further.');
      process.exit(1);
    }, 20_000).unref();
    await app.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (e) {
  console.error(e instanceof MissingToolError ? e.message : e);
  process.exit(1);
}
