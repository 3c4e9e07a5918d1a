// Outages and shutdown: a server started while Neo4j is down (its own Neo4j started later),
// and SIGTERM to a child server with a request in flight. Moved from test/http/limits.int.test.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { findFreePort, startLocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import { gql } from '../support/graphqlClient.js';

describe('outages', () => {
  const home = mkdtempSync(join(tmpdir(), 'ftz-outage-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('starts while Neo4j is down, answers SERVICE_UNAVAILABLE quickly, and recovers without a restart', async () => {
    const port = await findFreePort();
    const down = await startApp(loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, PORT: '0', LOG_LEVEL: 'silent' }), () => {});
    try {
      const base = down.url.replace('/graphql', '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      const started = Date.now();
      const r = await gql(down, '{ zones { totalCount } }');
      expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(8_000);
      // No degree statistics yet: charged by page sizes.
      expect(r.extensions?.cost).toMatchObject({ basis: 'pageSizes' });

      const neo4j = await startLocalNeo4j({ home, port, heapMiB: 384, pageCacheMiB: 64, log: () => {} });
      try {
        let ready = false;
        for (let i = 0; i < 60 && !ready; i++) {
          ready = (await fetch(`${base}/readyz`)).status === 200;
          if (!ready) await new Promise((res) => setTimeout(res, 500));
        }
        expect(ready).toBe(true);
        const after = await gql<{ zones: { totalCount: number } }>(down, '{ zones { totalCount } }');
        expect(after.errors).toBeUndefined();
        expect(after.data!.zones.totalCount).toBe(23);
        // The statistics are read once Neo4j answers (checked at most every 5 s).
        let basis: unknown;
        for (let i = 0; i < 40 && basis !== 'statistics'; i++) {
          await new Promise((res) => setTimeout(res, 500));
          basis = ((await gql(down, '{ zones(first: 50) { nodes { id } } }')).extensions?.cost as { basis?: string } | undefined)?.basis;
        }
        expect(basis).toBe('statistics');
      } finally {
        await down.stop();
        await neo4j.stop();
      }
    } finally {
      await down.stop().catch(() => {});
    }
  }, 180_000);
});

describe('shutdown', () => {
  it('on SIGTERM finishes the request in flight, then exits cleanly (in production mode, as deployed)', async () => {
    const port = await findFreePort();
    // NODE_ENV=production: outside tests Apollo installs its own signal handlers, which once
    // made shutdown hang until the 20 s guard (exit code 1).
    const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), PORT: String(port), SEED_ON_START: 'false', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('GraphQL ready')) resolve();
      });
      child.once('exit', () => reject(new Error(`server exited early:\n${output}`)));
    });
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ paths(from: "zone:shanghai", to: "industry:biomedicine", maxHops: 6, limit: 20) { length } }' }),
    });
    await new Promise((res) => setTimeout(res, 30));
    child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data?: unknown }).data).toBeTruthy();
    expect(await exited).toBe(0);
  }, 60_000);
});
