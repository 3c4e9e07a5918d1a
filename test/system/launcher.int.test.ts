// The local Neo4j launcher, for real: start, ready, stop, and a restart that keeps data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j } from '../../src/neo4j/localNeo4j.js';

const home = mkdtempSync(join(tmpdir(), 'ftz-launcher-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

async function withDriver<T>(uri: string, work: (run: (q: string) => Promise<unknown[]>) => Promise<T>): Promise<T> {
  const driver = createDriver({ uri });
  try {
    return await work(async (q) => (await driver.executeQuery(q)).records.map((r) => r.toObject()));
  } finally {
    await driver.close();
  }
}

describe('local Neo4j launcher', () => {
  it('starts on a free loopback port, answers Bolt, stops cleanly, and keeps data across a restart', async () => {
    const first = await startLocalNeo4j({ home, port: 0, heapMiB: 256, pageCacheMiB: 32, log: () => {} });
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const edition = await withDriver(first.uri, async (run) => {
      await run("CREATE (:LauncherProbe {name: 'kept'})");
      return run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
    });
    expect(edition).toEqual([{ version: expect.stringMatching(/^5\.26\./), edition: 'community' }]);
    await first.stop();
    // Stopped: the port no longer answers.
    await expect(withDriver(first.uri, (run) => run('RETURN 1'))).rejects.toThrow();

    const second = await startLocalNeo4j({ home, port: 0, heapMiB: 256, pageCacheMiB: 32, log: () => {} });
    try {
      const rows = await withDriver(second.uri, (run) => run('MATCH (p:LauncherProbe) RETURN p.name AS name'));
      expect(rows).toEqual([{ name: 'kept' }]);
    } finally {
      await second.stop();
    }
  }, 240_000);
});
