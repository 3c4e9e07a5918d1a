// Limits, production mode and timeouts, against the real server and Neo4j (outages and
// shutdown: test/system/outage.int.test.ts).
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { TimeoutError } from '../../src/errors.js';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// Charged by what the seed graph holds: 23 zones × 8 documents × 22 zones × 8 documents, four times over.
const DOCUMENTS = 'documents(first: 100) { nodes { zones(first: 100) { nodes { documents(first: 100) { nodes { id } } } } } }';
const EXPENSIVE = `{ ${['a', 'b', 'c', 'd'].map((a) => `${a}: zones(first: 100) { nodes { ${DOCUMENTS} } }`).join(' ')} }`;

describe('request limits', () => {
  const nested = (levels: number) => {
    let q = 'id';
    for (let i = 0; i < levels; i++) q = i % 2 === 0 ? `areas { nodes { ${q} } }` : `zone { ${q} }`;
    return `{ zone(id: "zone:shanghai") { ${q} } }`;
  };
  it.each([
    ['depth', nested(10)],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: zones { totalCount }`).join(' ')} }`],
    ['directives', `{ zones { ${Array.from({ length: 21 }, () => 'totalCount @include(if: true)').join(' ')} } }`],
    ['tokens', `{ zones { ${'totalCount '.repeat(2100)} } }`],
    ['cost', EXPENSIVE],
  ])('refuses a request over the %s limit with LIMIT_EXCEEDED, before any Neo4j query', async (limit, query) => {
    const r = await gql(app, query);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit, max: expect.any(Number) });
    expect(r.extensions?.neo4j?.queries ?? 0).toBe(0);
  });

  it('says by how much the cost limit was exceeded, and reports the cost of accepted requests', async () => {
    const refused = await gql(app, EXPENSIVE);
    expect(refused.errors?.[0]?.extensions?.requested).toBeGreaterThan(refused.errors?.[0]?.extensions?.max as number);
    const accepted = await gql(app, '{ zones(first: 10) { nodes { id areas(first: 5) { nodes { id } } } } }');
    expect(accepted.errors).toBeUndefined();
    // zones: 1 + 10 × (nodes: 1 + (id 1 + areas: 1 + 5 × (nodes: 1 + id 1))); the graph has
    // more than 10 zones and a zone with more than 5 areas, so the statistics change nothing.
    const charged = 1 + 10 * (1 + (1 + 1 + 5 * (1 + 1)));
    expect(accepted.extensions?.cost).toEqual({ charged, max: 200_000, ceiling: charged, basis: 'statistics' });
  });

  it('counts variables: the same document costs more with a bigger page', async () => {
    const q = `query($n: Int) { ${['a', 'b', 'c', 'd'].map((a) => `${a}: zones(first: $n) { nodes { ${DOCUMENTS} } }`).join(' ')} }`;
    const small = await gql(app, q, { n: 2 });
    const big = await gql(app, q, { n: 100 });
    expect(small.errors).toBeUndefined();
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
  });

  it('refuses a body over the size limit with 413 and LIMIT_EXCEEDED', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ zones { totalCount } } #${'x'.repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string; limit: string } }> }).errors[0]!.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'bodySize',
    });
  });

  it('prevents CSRF: a simple GET without a preflight-forcing header is refused', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('{ zones { totalCount } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${app.url}?query=${encodeURIComponent('{ zones { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });
});

describe('production mode', () => {
  let prod: RunningApp;
  beforeAll(async () => {
    prod = await startApp(loadConfig({ NEO4J_URI: inject('neo4jUri'), PORT: '0', SEED_ON_START: 'false', NODE_ENV: 'production', LOG_LEVEL: 'silent' }), () => {});
  });
  afterAll(() => prod.stop());

  it('hides introspection, field suggestions and stack traces', async () => {
    const intro = await gql(prod, '{ __schema { types { name } } }');
    expect(intro.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await gql(prod, '{ zone(id: "zone:shanghai") { nameE } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const bad = await gql(prod, '{ zone(id: "nope") { id } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it('development mode does suggest field names', async () => {
    const typo = await gql(app, '{ zone(id: "zone:shanghai") { nameE } }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe('timeouts', () => {
  it('stops a transaction that runs past its timeout with TIMEOUT, and Neo4j is not left running it', async () => {
    const driver = createDriver({ uri: inject('neo4jUri') });
    try {
      const executor = new Executor(driver, { timeoutMs: 300 });
      const started = Date.now();
      const error = await executor.read('UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS c').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).extensions.code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(10_000);
      // The needle is a parameter, so this query's own text does not match itself.
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $needle RETURN count(*) AS n', { needle: '400000000' });
      expect(records[0]!.get('n')).toBe(0);
    } finally {
      await driver.close();
    }
  });
});
