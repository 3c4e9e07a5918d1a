// Connects to the configured Neo4j: NEO4J_URI when set, otherwise a local Neo4j started
// from the repo's launcher on a persistent data directory.
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from './driver.js';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j.js';

export interface Neo4jHandle {
  driver: Driver;
  uri: string;
  /** The local Neo4j this process started, if any. */
  local?: LocalNeo4j;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function connectNeo4j(config: Config['neo4j'], log: (line: string) => void = console.log): Promise<Neo4jHandle> {
  let local: LocalNeo4j | undefined;
  let uri = config.uri;
  if (!uri) {
    const home = resolve(config.home);
    log(`Starting local Neo4j 5.26 (data in ${home}, Bolt on 127.0.0.1:${config.boltPort})...`);
    local = await startLocalNeo4j({ home, port: config.boltPort, heapMiB: config.heapMiB, pageCacheMiB: config.pageCacheMiB, log });
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: config.user, password: config.password });
  return {
    driver,
    uri,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
