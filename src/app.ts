// Wires the parts together: Neo4j → schema and seed → Apollo → HTTP. main.ts and the
// HTTP tests both start the app through here.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSeed } from '../seed/loadSeed.js';
import type { Config } from './config.js';
import { Executor } from './graph/executor.js';
import { createDataVersionReader } from './graph/dataVersion.js';
import { ensureSchema } from './graph/schemaSetup.js';
import { readGraphStats, type GraphStatsRecord } from './graph/stats.js';
import { createHttpServer } from './http.js';
import { connectNeo4j, type Neo4jHandle } from './neo4j/connect.js';
import { createApolloServer } from './server.js';

export interface RunningApp {
  url: string;
  neo4j: Neo4jHandle;
  stats: GraphStatsRecord;
  /** Stops accepting requests, drains, closes the driver and any local Neo4j. */
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: (line: string) => void = console.log): Promise<RunningApp> {
  const neo4j = await connectNeo4j(config.neo4j, log);
  try {
    const executor = new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
    await ensureSchema(executor);
    let stats = await readGraphStats(executor);
    if (stats.nodeCount === 0 && config.seedOnStart) {
      log('The database is empty: loading the seed graph...');
      await loadSeed(new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: 300_000 }));
      stats = await readGraphStats(executor);
    }
    const apollo = createApolloServer({
      production: config.production,
      introspection: config.introspection,
      readDataVersion: createDataVersionReader(executor),
    });
    await apollo.start();
    const http: Server = createHttpServer(apollo, executor);
    await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
    const { port } = http.address() as AddressInfo;
    return {
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`,
      neo4j,
      stats,
      async stop() {
        await new Promise<void>((resolve) => http.close(() => resolve()));
        await apollo.stop();
        await neo4j.close();
      },
    };
  } catch (e) {
    await neo4j.close();
    throw e;
  }
}
