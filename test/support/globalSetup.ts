// Starts a throwaway Neo4j (fresh directory, free port) for the whole test run, loads the
// seed into it, and removes it afterwards. Set NEO4J_URI to test against another Neo4j 5
// instead (its data will be replaced by the seed). The int and system projects both name
// this setup and vitest runs it once per project, in one process: the first run starts the
// Neo4j, the others share it (one start, one seed load), and the last teardown stops it.
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

interface SharedNeo4j {
  users: number;
  uri: Promise<string>;
  local?: LocalNeo4j;
  home?: string;
}

const SHARED = Symbol.for('ftz-knowledge-graph.test.neo4j');
const registry = globalThis as typeof globalThis & { [SHARED]?: SharedNeo4j };

async function startShared(shared: SharedNeo4j): Promise<string> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    shared.home = mkdtempSync(join(tmpdir(), 'ftz-test-neo4j-'));
    shared.local = await startLocalNeo4j({ home: shared.home, port: 0, heapMiB: 768, pageCacheMiB: 128, log: () => {} });
    uri = shared.local.uri;
  }
  const driver = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    await loadSeed(new Executor(driver, { timeoutMs: 300_000 }), { reset: true });
  } finally {
    await driver.close();
  }
  return uri;
}

export async function setup(project: TestProject) {
  let shared = registry[SHARED];
  if (!shared) {
    shared = { users: 0, uri: Promise.resolve('') };
    shared.uri = startShared(shared);
    registry[SHARED] = shared;
  }
  shared.users += 1;
  project.provide('neo4jUri', await shared.uri);
}

export async function teardown() {
  const shared = registry[SHARED];
  if (!shared || --shared.users > 0) return;
  registry[SHARED] = undefined;
  await shared.local?.stop();
  if (shared.home) rmSync(shared.home, { recursive: true, force: true });
}
