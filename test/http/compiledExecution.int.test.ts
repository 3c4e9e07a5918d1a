// Industry chains run compiled by graphql-jit (src/graphql/execution.ts); every other
// document runs through graphql-js. The same document with a root `@include(if: true)`
// goes to graphql-js, so each case here is answered both ways by one server over the seed:
// the same data, errors at the same paths with the same codes and messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { RunningApp } from '../../src/app.js';
import { runsCompiled } from '../../src/graphql/execution.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

/** The document with `@include(if: true)` on its first root field: the same answer, through graphql-js. */
const throughGraphqlJs = (document: string) => document.replace(/\{\s*(\w+)(\s*:\s*\w+)?(\([^)]*\))?/, (m) => `${m} @include(if: true)`);

async function bothWays(document: string, variables?: Record<string, unknown>) {
  expect(runsCompiled(parse(document), undefined)).toBe(true);
  expect(runsCompiled(parse(throughGraphqlJs(document)), undefined)).toBe(false);
  // A document is compiled on its second request (src/graphql/execution.ts): the first one warms it.
  await gql(app, document, variables);
  const [answer, reference] = await Promise.all([gql(app, document, variables), gql(app, throughGraphqlJs(document), variables)]);
  expect(answer.status).toBe(reference.status);
  expect(answer.data).toEqual(reference.data);
  expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.message])).toEqual(reference.errors?.map((e) => [e.path, e.extensions?.code, e.message]));
  return answer;
}

const CHAIN = `query Chain($id: ID!, $hops: Int) {
  chain: industryChain(id: $id, direction: BOTH, maxHops: $hops) {
    __typename
    root { id nameEn nameZh }
    nodes { side depth industry { ...Named } zones { id shortName launchedOn } clusters { id nameEn foundedOn } }
    links { from { id } to { id } link { type verified note sources { id } } }
  }
}
fragment Named on Industry { id nameEn }`;

describe('compiled execution answers as graphql-js does', () => {
  it("a chain both ways with zones, clusters, dates, enums, aliases, a fragment and the links' sources", async () => {
    const r = await bothWays(CHAIN, { id: 'industry:ports-shipping-logistics', hops: 2 });
    const chain = (r.data as { chain: { __typename: string; root: { id: string }; nodes: Array<{ side: string; depth: number }>; links: unknown[] } }).chain;
    expect(chain.__typename).toBe('IndustryChain');
    expect(chain.root.id).toBe('industry:ports-shipping-logistics');
    expect(chain.nodes[0]).toMatchObject({ side: 'ROOT', depth: 0 });
    expect(new Set(chain.nodes.map((n) => n.side))).toEqual(new Set(['ROOT', 'UPSTREAM', 'DOWNSTREAM']));
    expect(chain.links.length).toBeGreaterThan(0);
  });

  it('null for an unknown industry, and the same errors for a malformed id and a bound out of range', async () => {
    expect((await bothWays(CHAIN, { id: 'industry:no-such-industry' })).data).toEqual({ chain: null });
    const malformed = await bothWays(CHAIN, { id: 'zone:shanghai' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooFar = await bothWays(CHAIN, { id: 'industry:ports-shipping-logistics', hops: 0 });
    expect(tooFar.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A variable that does not coerce: refused as graphql-js refuses it (graphql-jit's own error has no code).
    const badVariable = await bothWays(CHAIN, { id: 'industry:ports-shipping-logistics', hops: 'three' });
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an aliased pair of chains with __typename at the root, compiled, answers as graphql-js does', async () => {
    const r = await bothWays(
      `{ __typename down: industryChain(id: "industry:ports-shipping-logistics") { nodes { depth industry { id } } } up: industryChain(id: "industry:ports-shipping-logistics", direction: UPSTREAM, maxHops: 1) { links { from { id } to { id } } } }`,
    );
    expect((r.data as { __typename: string }).__typename).toBe('Query');
  });

  it('leaves every other document to graphql-js: paths and search (measured compiled, no gain), mixed roots, root fragments, mutations', () => {
    const chain = 'industryChain(id: "industry:ports-shipping-logistics") { root { id } }';
    expect(runsCompiled(parse(`{ ${chain} }`), undefined)).toBe(true);
    expect(runsCompiled(parse('{ paths(from: "zone:shanghai", to: "zone:hainan") { length } }'), undefined)).toBe(false);
    expect(runsCompiled(parse('{ search(text: "x") { score } }'), undefined)).toBe(false);
    expect(runsCompiled(parse('{ zone(id: "zone:shanghai") { id } }'), undefined)).toBe(false);
    expect(runsCompiled(parse(`{ ${chain} zone(id: "zone:shanghai") { id } }`), undefined)).toBe(false);
    expect(runsCompiled(parse(`{ ... on Query { ${chain} } }`), undefined)).toBe(false);
    expect(runsCompiled(parse('mutation { __typename }'), undefined)).toBe(false);
    expect(runsCompiled(parse(`query A { zone(id: "zone:shanghai") { id } } query B { ${chain} }`), 'B')).toBe(true);
    expect(runsCompiled(parse(`query A { zone(id: "zone:shanghai") { id } } query B { ${chain} }`), 'A')).toBe(false);
  });
});
