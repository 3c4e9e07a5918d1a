// Wires the parts together: Neo4j → schema and seed → Apollo → HTTP. main.ts and the
// HTTP tests both start the app through here. The server comes up even when Neo4j is
// unreachable: requests then get SERVICE_UNAVAILABLE, /readyz says 503, and schema setup
// keeps retrying in the background until Neo4j answers; no restart is needed.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { createDataVersionReader } from './graph/dataVersion.js';
import { createDegreeStatsProvider } from './graph/degreeStats.js';
import { Executor } from './graph/executor.js';
import { loadRecords } from './graph/loadRecords.js';
import { ensureSchema, isSchemaInPlace } from './graph/schemaSetup.js';
import { readGraphStats, type GraphStatsRecord } from './graph/stats.js';
import { createHttpServer } from './httpServer.js';
import { RateLimiter } from './http/rateLimiter.js';
import { createLogger, type Logger } from './http/requestLog.js';
import { connectNeo4j, type Neo4jHandle } from './neo4j/connect.js';
import { LOCAL_NEO4J_STOP_MS } from './neo4j/localNeo4j.js';
import { createApolloServer } from './apolloServer.js';
import { readRecordDir } from './records/readRecordDir.js';
import type { RecordSet } from './records/schema.js';

export interface RunningApp {
  url: string;
  neo4j: Neo4jHandle;
  /** The graph's counts at start, or null when Neo4j was not reachable then. */
  stats: GraphStatsRecord | null;
  /** Stops accepting requests, drains those in flight, closes the driver and any local Neo4j. */
  stop(): Promise<void>;
}

/** How the app logs; tests inject a destination to read the request log. */
export interface AppOptions {
  /** The request log; default: a pino logger at `config.logLevel` on stdout (or `logDestination`). */
  logger?: Logger;
  logDestination?: DestinationStream;
}

const RETRY_MS = 2_000;
const DRAIN_MS = 10_000;
const DRIVER_CLOSE_MS = 5_000;
/** The longest stop() can take: drain, driver, local Neo4j (main.ts's guard waits this plus a margin). */
export const STOP_BUDGET_MS = DRAIN_MS + DRIVER_CLOSE_MS + LOCAL_NEO4J_STOP_MS;

/** Creates the schema (and seeds an empty database with `records`); returns the graph's counts. */
async function prepareDatabase(config: Config, neo4j: Neo4jHandle, executor: Executor, records: RecordSet | null, log: (line: string) => void): Promise<GraphStatsRecord> {
  await ensureSchema(executor);
  let stats = await readGraphStats(executor);
  if (stats.nodeCount === 0 && records) {
    log(`The database is empty: loading the seed graph from ${config.seedDir}...`);
    await loadRecords(new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: 300_000 }), records, { schemaReady: true });
    stats = await readGraphStats(executor);
  }
  return stats;
}

export async function startApp(config: Config, log: (line: string) => void = console.log, options: AppOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel, options.logDestination);
  // Read and validated before anything starts: a missing SEED_DIR or a bad record stops the start
  // with its message, instead of being retried as if Neo4j were not ready.
  const records = config.seedOnStart ? readRecordDir(config.seedDir) : null;
  const neo4j = await connectNeo4j(config.neo4j, log);
  const executor = new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  let prepared = false;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let stats: GraphStatsRecord | null = null;
  const readDataVersion = createDataVersionReader(executor);
  // Read now when Neo4j answers; otherwise each request's check retries until it does.
  // Its own timeout: the statistics scan every label, longer than a request may take at 1M nodes.
  const degreeStats = createDegreeStatsProvider(new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: 120_000 }), readDataVersion);
  try {
    stats = await prepareDatabase(config, neo4j, executor, records, log);
    prepared = true;
    await degreeStats.refresh();
  } catch (e) {
    log(`Neo4j at ${neo4j.uri} is not usable yet (${(e as Error).message}); serving anyway and retrying every ${RETRY_MS / 1000} s.`);
    const retry = () => {
      retryTimer = setTimeout(async () => {
        if (stopped) return;
        try {
          await prepareDatabase(config, neo4j, executor, records, log);
          prepared = true;
          log(`Neo4j at ${neo4j.uri} is reachable; schema in place.`);
        } catch {
          retry();
        }
      }, RETRY_MS);
      retryTimer.unref();
    };
    retry();
  }

  const apollo = createApolloServer({
    production: config.production,
    introspection: config.introspection,
    suggestions: config.suggestions,
    limits: config.limits,
    readDataVersion,
    degreeStats,
    exposeTimings: config.exposeTimings,
  });
  await apollo.start();
  const http: Server = createHttpServer(apollo, executor, {
    maxBodyBytes: config.maxBodyBytes,
    maxTokens: config.limits.maxTokens,
    strategy: config.queryStrategy,
    corsOrigins: config.corsOrigins,
    rateLimiter: new RateLimiter(config.rateLimit),
    trustProxyHops: config.trustProxyHops,
    logger,
    // Ready = setup done and Neo4j answering now (it may have gone away since).
    isReady: async () => prepared && (await isSchemaInPlace(executor.forRequest({ queries: 0, timeMs: 0 }))),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.port, config.host, resolve);
    });
  } catch (e) {
    await apollo.stop();
    await neo4j.close();
    throw e;
  }
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`,
    neo4j,
    stats,
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      // close() stops accepting and waits for in-flight requests; idle keep-alive sockets
      // are closed at once, and anything still open after DRAIN_MS is cut.
      const t0 = performance.now();
      const since = () => `${Math.round(performance.now() - t0)} ms`;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      const force = setTimeout(() => http.closeAllConnections(), DRAIN_MS);
      await closed;
      clearTimeout(force);
      log(`stop: HTTP closed after ${since()}`);
      await apollo.stop();
      log(`stop: Apollo stopped after ${since()}`);
      // A driver whose server vanished can take long to close its pool; don't let that block exit.
      await Promise.race([neo4j.driver.close(), new Promise((resolve) => setTimeout(resolve, DRIVER_CLOSE_MS).unref())]);
      log(`stop: driver closed after ${since()}`);
      await neo4j.local?.stop();
    },
  };
}
