// The traversals and search run compiled by graphql-jit (src/graphql/execution.ts); every
// other document runs through graphql-js. The same document with a root `@include(if: true)`
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
  const [compiled, reference] = await Promise.all([gql(app, document, variables), gql(app, throughGraphqlJs(document), variables)]);
  expect(compiled.status).toBe(reference.status);
  expect(compiled.data).toEqual(reference.data);
  expect(compiled.errors?.map((e) => [e.path, e.extensions?.code, e.message])).toEqual(reference.errors?.map((e) => [e.path, e.extensions?.code, e.message]));
  return compiled;
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
  });

  it("paths through interface fragments, with the entities at the links' ends", async () => {
    const r = await bothWays(
      `query($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxHops: 2, limit: 20) {
          length
          nodes { __typename id ... on Zone { nameEn launchedOn } ... on IndustrialCluster { nameEn foundedOn } ... on Industry { nameZh } }
          links { from { id } to { __typename id ... on Zone { shortName } } link { type direction verified sources { id } } }
        }
      }`,
      { from: 'zone:zhejiang', to: 'industry:bulk-commodities' },
    );
    const paths = (r.data as { paths: Array<{ nodes: Array<{ id: string }> }> }).paths;
    expect(paths.some((p) => p.nodes[1]?.id === 'cluster:zhoushan-oil-gas-hub')).toBe(true);
    expect((await bothWays('{ paths(from: "zone:shanghai", to: "zone:shanghai") { length } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('search hits with scores and typed nodes, and an empty text refused the same way', async () => {
    const r = await bothWays(
      `query($text: String!) { search(text: $text, first: 10) { score node { __typename id ... on Zone { nameZh } ... on PolicyDocument { titleEn issuedOn } } } }`,
      {
        text: 'Hainan',
      },
    );
    const hits = (r.data as { search: Array<{ score: number; node: { __typename: string } }> }).search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.score > 0)).toBe(true);
    expect((await bothWays('{ search(text: "   ") { score } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves other documents, mutations and mixed roots to graphql-js', () => {
    expect(runsCompiled(parse('{ zone(id: "zone:shanghai") { id } }'), undefined)).toBe(false);
    expect(runsCompiled(parse('{ search(text: "x") { score } zone(id: "zone:shanghai") { id } }'), undefined)).toBe(false);
    expect(runsCompiled(parse('{ ... on Query { search(text: "x") { score } } }'), undefined)).toBe(false);
    expect(runsCompiled(parse('mutation { __typename }'), undefined)).toBe(false);
    expect(runsCompiled(parse('query A { zone(id: "zone:shanghai") { id } } query B { search(text: "x") { score } }'), 'B')).toBe(true);
  });
});
