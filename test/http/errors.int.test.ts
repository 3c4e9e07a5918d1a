// Error codes over HTTP against the real server, and SERVICE_UNAVAILABLE with a real
// driver pointed at a port where no Neo4j listens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { findFreePort } from '../../src/neo4j/localNeo4j.js';
import { createApolloServer, createContext } from '../../src/apolloServer.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const firstCode = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

describe('error codes', () => {
  it('returns null, not an error, for a well-formed id that does not exist (documented in the SDL)', async () => {
    const r = await gql(app, '{ zone(id: "zone:atlantis") { id } node(id: "industry:alchemy") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ zone: null, node: null });
  });

  it.each([
    ['a malformed id', '{ zone(id: "Shanghai") { id } }', 'BAD_USER_INPUT'],
    ['an id of another type', '{ zone(id: "industry:biomedicine") { id } }', 'BAD_USER_INPUT'],
    ['an unknown prefix in node()', '{ node(id: "planet:mars") { id } }', 'BAD_USER_INPUT'],
    ['an inherited property name as prefix in node()', '{ node(id: "constructor:x") { id } }', 'BAD_USER_INPUT'],
    ['a page size over the cap', '{ zones(first: 101) { totalCount } }', 'LIMIT_EXCEEDED'],
    ['a negative page size', '{ zones(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ['a cursor we did not issue', '{ zones(after: "bm9wZQ") { totalCount } }', 'BAD_USER_INPUT'],
    ['a nested page size over the cap', '{ zone(id: "zone:shanghai") { areas(first: 500) { totalCount } } }', 'LIMIT_EXCEEDED'],
    ['an impossible date literal', '{ zones(where: { launchedOn_gte: "2013-02-30" }) { totalCount } }', 'BAD_USER_INPUT'],
    ['empty search text', '{ search(text: "   ") { score } }', 'BAD_USER_INPUT'],
    ['an unknown field', '{ zone(id: "zone:shanghai") { population } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ zone(id: ', 'GRAPHQL_PARSE_FAILED'],
  ])('%s gives %s', async (_what, query, code) => {
    const r = await gql(app, query);
    expect(firstCode(r)).toBe(code);
  });

  it('gives BAD_USER_INPUT for an impossible date in variables', async () => {
    const r = await gql(app, 'query($d: Date) { zones(where: { launchedOn_gte: $d }) { totalCount } }', { d: '2013-02-30' });
    expect(firstCode(r)).toBe('BAD_USER_INPUT');
  });

  it('gives LIMIT_EXCEEDED with the limit and the amount asked for', async () => {
    const r = await gql(app, '{ zones(first: 1000) { totalCount } }');
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'first', max: 100, requested: 1000 });
  });

  it('gives SERVICE_UNAVAILABLE quickly when Neo4j cannot be reached', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await findFreePort()}` });
    const server = createApolloServer({ production: true, introspection: false });
    try {
      const started = Date.now();
      const result = await server.executeOperation({ query: '{ zones { totalCount } }' }, { contextValue: createContext(new Executor(driver, { timeoutMs: 5_000 })) });
      expect(Date.now() - started).toBeLessThan(15_000);
      if (result.body.kind !== 'single') throw new Error('expected a single result');
      expect(result.body.singleResult.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await driver.close();
    }
  });
});
