// Production mode tells an outsider as little as it can: a landing page of ours (Apollo's
// names its version) and no Neo4j timings in `extensions` unless EXPOSE_TIMINGS=true.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

// The package's exports hide its package.json from require(); read the file.
const apolloVersion = (JSON.parse(readFileSync(new URL('../../node_modules/@apollo/server/package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('production mode', () => {
  let prod: RunningApp;
  let timed: RunningApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: 'production' });
    timed = await startTestApp({ NODE_ENV: 'production', EXPOSE_TIMINGS: 'true' });
  });
  afterAll(async () => {
    await prod.stop();
    await timed.stop();
  });

  it('serves a landing page that names neither Apollo nor its version', async () => {
    const res = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('FTZ knowledge graph API');
    expect(html.toLowerCase()).not.toContain('apollo');
    expect(html).not.toContain(apolloVersion);
  });

  it('reports Neo4j query counts but no timings', async () => {
    const r = await gql(prod, '{ zone(id: "zone:shanghai") { id } }');
    expect(r.data).toEqual({ zone: { id: 'zone:shanghai' } });
    expect(r.extensions?.neo4j).toEqual({ queries: 1 });
  });

  it('reports timings with EXPOSE_TIMINGS=true', async () => {
    const r = await gql(timed, '{ zone(id: "zone:shanghai") { id } }');
    expect(r.data).toEqual({ zone: { id: 'zone:shanghai' } });
    expect(r.extensions?.neo4j).toEqual({ queries: 1, timeMs: expect.any(Number) });
  });
});
