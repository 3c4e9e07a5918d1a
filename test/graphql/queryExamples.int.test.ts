// The query IDE's examples gallery (explorer/src/query/queryExamples.ts): every README example
// is in it verbatim (document and variables), every example validates against the schema and
// runs against the real server and seed without errors and with data, and each has an English
// and a Chinese title and description. The gallery covers each kind of root field.
import { Kind, buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_EXAMPLES } from '../../explorer/src/query/queryExamples.js';
import type { RunningApp } from '../../src/app.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';
import { listRequiredVariables, readReadmeOperations } from '../clients/support/readmeOperations.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

const schema = buildSchema(loadTypeDefs());

function readOperation(query: string): OperationDefinitionNode {
  const definitions = parse(query).definitions;
  expect(definitions).toHaveLength(1);
  const operation = definitions[0]!;
  if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  return operation;
}

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('query examples gallery', () => {
  it('has at least 12 examples, each slug and operation name once, titles and descriptions in both languages', () => {
    expect(QUERY_EXAMPLES.length).toBeGreaterThanOrEqual(12);
    const slugs = QUERY_EXAMPLES.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
    const names = QUERY_EXAMPLES.map((e) => readOperation(e.query).name?.value);
    expect(names.filter((n) => n === undefined)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    for (const e of QUERY_EXAMPLES) {
      for (const text of [e.title.en, e.title.zh, e.description.en, e.description.zh]) expect(text.trim().length, e.slug).toBeGreaterThan(0);
      // The Chinese texts are Chinese, not a copy of the English.
      expect(e.title.zh, e.slug).toMatch(/[\u4e00-\u9fff]/);
      expect(e.description.zh, e.slug).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('holds every README example verbatim, with its variables, marked as a README example', () => {
    const readme = readReadmeOperations();
    expect(readme.map((o) => o.name)).toEqual(['BeijingDocuments', 'ZonesDashboard', 'BulkCommodityChain', 'InvestmentMeasures', 'DashboardCharts', 'FullTextSearch']);
    for (const o of readme) {
      const example = QUERY_EXAMPLES.find((e) => readOperation(e.query).name?.value === o.name);
      expect(example, o.name).toBeDefined();
      expect(example?.query).toBe(o.document);
      expect(example?.variables).toEqual(o.variables);
      expect(example?.readme).toBe(true);
    }
    expect(QUERY_EXAMPLES.filter((e) => e.readme).length).toBe(readme.length);
  });

  it('covers every kind of root field the brief names', () => {
    const roots = new Set(QUERY_EXAMPLES.flatMap((e) => readOperation(e.query).selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))));
    for (const field of [
      'node',
      'search',
      'zones',
      'industryChain',
      'paths',
      'neighborhood',
      'reformMeasureCounts',
      'industrialClusterCounts',
      'indicatorSeries',
      'distinctValues',
      'graphStats',
      'observations',
      'reformMeasure',
    ])
      expect(roots, field).toContain(field);
    // The tags list exactly the root fields each example selects.
    for (const e of QUERY_EXAMPLES) {
      const own = readOperation(e.query).selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
      expect(e.fields, e.slug).toEqual(own);
    }
  });

  it.each(QUERY_EXAMPLES.map((e) => [e.slug, e] as const))('%s validates against the schema and gives every required variable', (_slug, e) => {
    expect(validate(schema, parse(e.query)).map((err) => err.message)).toEqual([]);
    const missing = listRequiredVariables(readOperation(e.query)).filter((v) => e.variables?.[v] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(QUERY_EXAMPLES.map((e) => [e.slug, e] as const))('%s runs on the curated graph without errors and with data in every root field', async (_slug, e) => {
    const r = await gql(app, e.query, e.variables);
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    const values = Object.values(r.data ?? {});
    expect(values.length).toBe(e.fields.length);
    for (const v of values) expect(Array.isArray(v) ? v.length : v).toBeTruthy();
  });

  it('answers with the facts the examples describe', async () => {
    const node = await gql<{ node: { __typename: string; id: string; batch: number } }>(app, QUERY_EXAMPLES.find((e) => e.slug === 'node-by-id')!.query, { id: 'zone:shanghai' });
    expect(node.data?.node).toMatchObject({ __typename: 'Zone', id: 'zone:shanghai', batch: 1, launchedOn: '2013-09-29' });
    const later = await gql<{ zones: { nodes: Array<{ batch: number; launchedOn: string | null }> } }>(
      app,
      QUERY_EXAMPLES.find((e) => e.slug === 'zones-filtered-ordered')!.query,
      { batch: 4 },
    );
    const zones = later.data?.zones.nodes ?? [];
    expect(zones.every((z) => z.batch >= 4)).toBe(true);
    // Newest launch first; zones not yet launched (no date) come last.
    const dates = zones.map((z) => z.launchedOn);
    const known = dates.filter((d): d is string => d !== null);
    expect(dates).toEqual([...[...known].sort().reverse(), ...dates.filter((d) => d === null)]);
    expect(known.length).toBeGreaterThanOrEqual(5);
    const disputed = await gql<{ observations: { nodes: Array<{ subject: { id: string } | null }> } }>(app, QUERY_EXAMPLES.find((e) => e.slug === 'disputed-figures')!.query);
    expect(disputed.data?.observations.nodes.length).toBeGreaterThanOrEqual(2);
    // A zone's news: the Xinjiang launch item, with its term and evidence; newest first.
    type ZoneNews = {
      zone: {
        news: {
          totalCount: number;
          edges: Array<{ node: { id: string; broadcastOn: string; url: string }; link: { type: string; term: string | null; evidence: string | null } }>;
        };
      };
    };
    const news = await gql<ZoneNews>(app, QUERY_EXAMPLES.find((e) => e.slug === 'zone-news')!.query, { id: 'zone:xinjiang' });
    const edges = news.data?.zone.news.edges ?? [];
    expect(edges.find((e) => e.node.id === 'news:2023-11-01-7')).toMatchObject({
      node: { broadcastOn: '2023-11-01' },
      link: { type: 'MENTIONS', term: '新疆自贸试验区', evidence: '新疆自贸试验区挂牌成立' },
    });
    expect(edges.map((e) => e.node.broadcastOn)).toEqual(
      edges
        .map((e) => e.node.broadcastOn)
        .sort()
        .reverse(),
    );
    expect(edges.every((e) => e.node.url.startsWith('https://tv.cctv.com/'))).toBe(true);
    // The timeline: the items over all years add up to the items the API lists.
    type Timeline = { byZone: Array<{ period: string; count: number; zone: { id: string } }>; all: Array<{ period: string; count: number }> };
    const timeline = await gql<Timeline>(app, QUERY_EXAMPLES.find((e) => e.slug === 'news-timeline')!.query);
    const total = await gql<{ newsItems: { totalCount: number } }>(app, '{ newsItems { totalCount } }');
    expect(timeline.data?.all.reduce((sum, p) => sum + p.count, 0)).toBe(total.data?.newsItems.totalCount);
    expect(timeline.data?.byZone.find((p) => p.zone.id === 'zone:xinjiang' && p.period === '2023')?.count).toBeGreaterThanOrEqual(1);
  });
});
