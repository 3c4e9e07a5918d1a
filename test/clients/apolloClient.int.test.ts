// Apollo Client 4, as an app uses it: InMemoryCache with relayStylePagination on the root
// list it pages, HttpLink to the real server. Apollo merges the pages into one list in the
// cache and adds `__typename` to every selection set before sending (issue 9: the wide query
// below is refused from Apollo Client, LIMIT_EXCEEDED, though it passes from curl).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { parse, print } from 'graphql';
import { filter, firstValueFrom, map } from 'rxjs';
import type { RunningApp } from '../../src/app.js';
import { startTestApp } from '../support/graphqlClient.js';
import { readReadmeOperations } from './support/readmeOperations.js';

interface MeasurePage {
  reformMeasures: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; nameEn: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface PageVariables {
  first?: number;
  after?: string | null;
}

const MEASURES_BY_REPLICATION = parse(`
  query MeasuresByReplication($first: Int!, $after: String) {
    reformMeasures(orderBy: [{ field: REPLICATED_NATIONWIDE_ON, direction: DESC }], first: $first, after: $after) {
      totalCount
      edges { cursor node { id nameEn replicatedNationwideOn } }
      pageInfo { hasNextPage endCursor }
    }
  }
`) as TypedDocumentNode<MeasurePage, PageVariables>;

const INVESTMENT_MEASURES = parse(readReadmeOperations().find((o) => o.name === 'InvestmentMeasures')?.document ?? 'query Missing { __typename }') as TypedDocumentNode<MeasurePage, PageVariables>;

interface WideTree {
  zones: { nodes: Array<{ id: string; clusters: { nodes: Array<{ id: string; industries: { nodes: Array<{ id: string; nameEn: string }> } }> } }> };
}
const WIDE_TREE = parse(
  '{ zones(first:100) { nodes { id clusters(first:20) { nodes { id industries(first:30) { nodes { id nameEn } } } } } } }',
) as TypedDocumentNode<WideTree>;

interface Exchange {
  query: string;
  extensions: Record<string, unknown> | undefined;
}

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

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
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { reformMeasures: relayStylePagination(['where', 'orderBy']) } } } }),
    link: ApolloLink.from([record, new HttpLink({ uri: app.url })]),
  });
}

/** Pages through a list with fetchMore until hasNextPage is false; returns the merged list the cache holds. */
async function pageToEnd(client: ApolloClient, query: TypedDocumentNode<MeasurePage, PageVariables>, first: number): Promise<{ merged: MeasurePage; pages: number }> {
  const observable = client.watchQuery({ query, variables: { first } });
  // The first page, as a component subscribed to the query receives it.
  const firstPage = firstValueFrom(observable.pipe(filter((r) => r.dataState === 'complete' || r.error !== undefined)));
  const subscription = observable.subscribe(() => {});
  try {
    const initial = await firstPage;
    if (initial.error) throw initial.error;
    if (initial.dataState !== 'complete') throw new Error(`incomplete first page: ${initial.dataState}`);
    let current: MeasurePage = initial.data;
    let pages = 1;
    while (current.reformMeasures.pageInfo.hasNextPage) {
      if (pages > 50) throw new Error('paging did not end');
      await observable.fetchMore({ variables: { after: current.reformMeasures.pageInfo.endCursor } });
      pages += 1;
      // What the cache now holds for the list: relayStylePagination's merge of every page so far.
      const merged = client.readQuery({ query, variables: { first } });
      if (!merged) throw new Error(`the cache cannot answer the query after page ${pages}`);
      current = merged;
    }
    return { merged: current, pages };
  } finally {
    subscription.unsubscribe();
  }
}

describe('Apollo Client 4 paging with relayStylePagination', () => {
  it('fetchMore to the end gives each measure once, in the order of one request', async () => {
    const exchanges: Exchange[] = [];
    const client = createClient(exchanges);
    const { merged, pages } = await pageToEnd(client, MEASURES_BY_REPLICATION, 3);
    const whole = await createClient([]).query({ query: MEASURES_BY_REPLICATION, variables: { first: 100 } });
    expect(whole.error).toBeUndefined();
    const expected = whole.data!.reformMeasures;
    expect(expected.totalCount).toBe(15);
    expect(expected.edges).toHaveLength(15);
    const ids = merged.reformMeasures.edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected.edges.map((e) => e.node.id));
    expect(merged.reformMeasures.pageInfo.hasNextPage).toBe(false);
    expect(pages).toBe(5);
    expect(exchanges).toHaveLength(5);

    // The README's InvestmentMeasures in the same cache: another `where`, so another list.
    const readme = await client.query({ query: INVESTMENT_MEASURES, variables: {} });
    expect(readme.error).toBeUndefined();
    expect(readme.data?.reformMeasures.edges.map((e) => e.node.id)).toEqual(['measure:fi-negative-list']);
    expect(client.readQuery({ query: MEASURES_BY_REPLICATION, variables: { first: 3 } })?.reformMeasures.edges).toHaveLength(15);
  });
});

describe('Apollo Client 4 sending __typename everywhere', () => {
  it('is not refused for the wide zones → clusters → industries tree (issue 9)', async () => {
    const exchanges: Exchange[] = [];
    const result = await createClient(exchanges).query({ query: WIDE_TREE, errorPolicy: 'all' });
    expect(result.error).toBeUndefined();
    // Apollo did add __typename at every level it sent.
    expect(exchanges[0]?.query.match(/__typename/g)?.length).toBeGreaterThanOrEqual(6);
    const zones = result.data?.zones.nodes ?? [];
    expect(zones).toHaveLength(23);
    const clusters = zones.flatMap((z) => z.clusters.nodes);
    expect(clusters).toHaveLength(17);
    expect(new Set(clusters.map((c) => c.id)).size).toBe(17);
    expect(clusters.flatMap((c) => c.industries.nodes)).toHaveLength(32);
  });
});
