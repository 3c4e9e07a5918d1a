// Apollo Client 4, as an app uses it: InMemoryCache with relayStylePagination on the root
// list it pages, HttpLink to the real server. Apollo merges the pages into one list in the
// cache and adds `__typename` to every selection set before sending (issue 9: the wide query
// below is refused from Apollo Client, LIMIT_EXCEEDED, though it passes from curl).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { parse, print } from 'graphql';
import { filter, firstValueFrom, map } from 'rxjs';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../support/graphqlClient.js';
import { readReadmeOperations } from './support/readmeOperations.js';
import { readSeed } from '../../seed/readSeed.js';

interface Connection {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; areaKm2?: number | null } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
/** A result with one root list, under the list's field name. */
type ListPage = Record<string, Connection>;
interface PageVariables {
  first?: number;
  after?: string | null;
}

function readList(data: ListPage, field: string): Connection {
  const list = data[field];
  if (!list) throw new Error(`no ${field} in the result`);
  return list;
}

const MEASURES_BY_REPLICATION = parse(`
  query MeasuresByReplication($first: Int!, $after: String) {
    reformMeasures(orderBy: [{ field: REPLICATED_NATIONWIDE_ON, direction: DESC }], first: $first, after: $after) {
      totalCount
      edges { cursor node { id nameEn replicatedNationwideOn } }
      pageInfo { hasNextPage endCursor }
    }
  }
`) as TypedDocumentNode<ListPage, PageVariables>;

// Two zones (Hainan's) have no area: a list ordered by area pages through them too.
const ZONES_BY_AREA = parse(`
  query ZonesByArea($first: Int!, $after: String) {
    zones(orderBy: [{ field: AREA_KM2, direction: DESC }], first: $first, after: $after) {
      totalCount
      edges { cursor node { id shortName areaKm2 } }
      pageInfo { hasNextPage endCursor }
    }
  }
`) as TypedDocumentNode<ListPage, PageVariables>;

const INVESTMENT_MEASURES = parse(readReadmeOperations().find((o) => o.name === 'InvestmentMeasures')?.document ?? 'query Missing { __typename }') as TypedDocumentNode<
  ListPage,
  PageVariables
>;

interface WideTree {
  zones: { nodes: Array<{ id: string; clusters: { nodes: Array<{ id: string; industries: { nodes: Array<{ id: string; nameEn: string }> } }> } }> };
}
const WIDE_TREE = parse('{ zones(first:100) { nodes { id clusters(first:20) { nodes { id industries(first:30) { nodes { id nameEn } } } } } } }') as TypedDocumentNode<WideTree>;

interface Exchange {
  query: string;
  extensions: Record<string, unknown> | undefined;
}

function readCharged(extensions: Record<string, unknown> | undefined): unknown {
  const cost = extensions?.cost;
  return cost !== null && typeof cost === 'object' && 'charged' in cost ? cost.charged : undefined;
}

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// Apollo Client reports cache trouble (data lost when merging, missing fields) as console warnings.
let consoleSpies: MockInstance[] = [];
beforeEach(() => {
  consoleSpies = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
});
afterEach(() => {
  const messages = consoleSpies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' ')));
  for (const spy of consoleSpies) spy.mockRestore();
  expect(messages).toEqual([]);
});

/** A client as the README's "Clients" section sets it up, recording what went over the wire. */
function createClient(exchanges: Exchange[]): ApolloClient {
  const record = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        exchanges.push({ query: print(operation.query), extensions: result.extensions });
        return result;
      }),
    ),
  );
  return new ApolloClient({
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { reformMeasures: relayStylePagination(['where', 'orderBy']), zones: relayStylePagination(['where', 'orderBy']) } },
      },
    }),
    link: ApolloLink.from([record, new HttpLink({ uri: app.url })]),
  });
}

/** Pages through a list with fetchMore until hasNextPage is false; returns the merged list the cache holds. */
async function pageToEnd(client: ApolloClient, query: TypedDocumentNode<ListPage, PageVariables>, field: string, first: number): Promise<{ merged: Connection; pages: number }> {
  const observable = client.watchQuery({ query, variables: { first } });
  // The first page, as a component subscribed to the query receives it.
  const firstPage = firstValueFrom(observable.pipe(filter((r) => r.dataState === 'complete' || r.error !== undefined)));
  const subscription = observable.subscribe(() => {});
  try {
    const initial = await firstPage;
    if (initial.error) throw initial.error;
    if (initial.dataState !== 'complete') throw new Error(`incomplete first page: ${initial.dataState}`);
    let current = readList(initial.data, field);
    let pages = 1;
    while (current.pageInfo.hasNextPage) {
      if (pages > 50) throw new Error('paging did not end');
      await observable.fetchMore({ variables: { after: current.pageInfo.endCursor } });
      pages += 1;
      // What the cache now holds for the list: relayStylePagination's merge of every page so far.
      const merged = client.readQuery({ query, variables: { first } });
      if (!merged) throw new Error(`the cache cannot answer the query after page ${pages}`);
      current = readList(merged, field);
    }
    return { merged: current, pages };
  } finally {
    subscription.unsubscribe();
  }
}

/** The seed's reform measures (33 since issue 12's seventh-batch items), counted from its files. */
const MEASURE_COUNT = readSeed().measures.length;

describe('Apollo Client 4 paging with relayStylePagination', () => {
  it.each([
    ['reformMeasures', MEASURES_BY_REPLICATION, 3, MEASURE_COUNT],
    ['zones', ZONES_BY_AREA, 4, 23],
  ] as const)('fetchMore through %s to the end gives each item once, in the order of one request', async (field, query, first, total) => {
    const exchanges: Exchange[] = [];
    const { merged, pages } = await pageToEnd(createClient(exchanges), query, field, first);
    const whole = await createClient([]).query({ query, variables: { first: 100 } });
    expect(whole.error).toBeUndefined();
    const expected = readList(whole.data!, field);
    expect(expected.totalCount).toBe(total);
    expect(expected.edges).toHaveLength(total);
    const ids = merged.edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected.edges.map((e) => e.node.id));
    expect(merged.pageInfo.hasNextPage).toBe(false);
    expect(pages).toBe(Math.ceil(total / first));
    expect(exchanges).toHaveLength(pages);
    if (field === 'zones') {
      // Largest first, and the zones without an area after every zone with one.
      const areas = merged.edges.map((e) => e.node.areaKm2 ?? null);
      const known = areas.filter((a): a is number => a !== null);
      expect(areas.slice(known.length)).toEqual([null, null]);
      expect(known).toEqual([...known].sort((x, y) => y - x));
    }
  });

  it("keeps the README's InvestmentMeasures apart from the paged list (another where)", async () => {
    const client = createClient([]);
    await pageToEnd(client, MEASURES_BY_REPLICATION, 'reformMeasures', 3);
    const readme = await client.query({ query: INVESTMENT_MEASURES, variables: {} });
    expect(readme.error).toBeUndefined();
    expect(readList(readme.data!, 'reformMeasures').edges.map((e) => e.node.id)).toEqual(['measure:fi-negative-list']);
    const paged = client.readQuery({ query: MEASURES_BY_REPLICATION, variables: { first: 3 } });
    expect(paged && readList(paged, 'reformMeasures').edges).toHaveLength(MEASURE_COUNT);
  });
});

describe('Apollo Client 4 sending __typename everywhere', () => {
  it('is not refused for the wide zones → clusters → industries tree (issue 9)', async () => {
    const exchanges: Exchange[] = [];
    const result = await createClient(exchanges).query({ query: WIDE_TREE, errorPolicy: 'all' });
    expect(result.error).toBeUndefined();
    // Apollo did add __typename at every level it sent, and was charged what curl is without them.
    expect(exchanges[0]?.query.match(/__typename/g)?.length).toBeGreaterThanOrEqual(6);
    const curl = await gql(app, print(WIDE_TREE));
    expect(curl.errors).toBeUndefined();
    expect(readCharged(exchanges[0]?.extensions)).toBe(readCharged(curl.extensions));
    expect(readCharged(curl.extensions)).toBeGreaterThan(0);
    const zones = result.data?.zones.nodes ?? [];
    expect(zones).toHaveLength(23);
    const clusters = zones.flatMap((z) => z.clusters.nodes);
    expect(clusters).toHaveLength(17);
    expect(new Set(clusters.map((c) => c.id)).size).toBe(17);
    expect(clusters.flatMap((c) => c.industries.nodes)).toHaveLength(32);
  });
});
