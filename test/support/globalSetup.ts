// Starts a throwaway Neo4j (fresh directory, free port) for the whole test run, loads the
// seed into it, and removes it afterwards. Set NEO4J_URI to test against another Neo4j 5
// instead (its data will be replaced by the seed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadSeed } from '../../seed/loadSeed.js';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject) {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    home = mkdtempSync(join(tmpdir(), 'ftz-test-neo4j-'));
    local = await startLocalNeo4j({ home, port: 0, heapMiB: 768, pageCacheMiB: 128, log: () => {} });
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    await loadSeed(new Executor(driver, { timeoutMs: 300_000 }), { reset: true });
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
}

export async function teardown() {
  await local?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
