// The cost model on the real schema, without a database: exact charges by page size and by
// a fixed set of degree statistics, the caps on filters, and what variables change.
import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphQLErrorWithCode } from '../../src/errors.js';
import type { DegreeStatsRecord } from '../../src/graph/degreeStats.js';
import { ENTITY_LABELS, type EntityLabel } from '../../src/graph/model.js';
import { DEFAULT_LIMITS } from '../../src/graphql/limits.js';
import { FILTER_LIMITS, PLANNING_COST } from '../../src/graphql/plugins/cost/chargeArguments.js';
import { computeCost } from '../../src/graphql/plugins/cost/computeCost.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';

const schema = buildSchema(loadTypeDefs());
const cost = (query: string, variables?: Record<string, unknown>, stats?: DegreeStatsRecord) => {
  const document = parse(query);
  // Only valid operations reach the cost check.
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  return computeCost(schema, document, variables, undefined, stats ?? null);
};
const ceiling = (query: string, variables?: Record<string, unknown>) => cost(query, variables).ceiling;

/** Every label with 23 nodes, every field with at most 3 related nodes per parent. */
const STATS: DegreeStatsRecord = {
  nodes: Object.fromEntries(ENTITY_LABELS.map((l) => [l, 23])) as Record<EntityLabel, number>,
  maxDegree: {
    'Zone.clusters': 3,
    'IndustrialCluster.industries': 4,
    'IndustrialCluster.zone': 1,
    'Zone.documents': 8,
    'PolicyDocument.zones': 22,
    'Industry.zones': 6,
    'Industry.clusters': 6,
  },
  chainLinks: 24,
  clusterIndustryLinks: 46,
  maxChainLinkSources: 2,
  observationsByMetric: { m: 23, rare: 4 },
  traversedLinks: 400,
  maxTraversedDegree: 35,
  dataVersion: 'test',
};

/** The LimitExceededError's extensions a thunk throws, or undefined. */
const refusal = (fn: () => unknown): Record<string, unknown> | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof GraphQLErrorWithCode) return e.extensions;
    throw e;
  }
  return undefined;
};

const withTypename = (query: string) => query.replace(/\{/g, '{ __typename ');

describe('cost: meta fields and abstract types', () => {
  const tree = '{ zones(first:100) { nodes { id clusters(first:20) { nodes { id industries(first:30) { nodes { id nameEn } } } } } } }';

  it('charges __typename nothing: the issue query costs 186,301 with and without it everywhere (310,501 before)', () => {
    expect(ceiling(tree)).toBe(186_301);
    expect(ceiling(withTypename(tree))).toBe(186_301);
    expect(cost(withTypename(tree), {}, STATS).charged).toBe(cost(tree, {}, STATS).charged);
  });

  it('charges fragments on an abstract field their maximum over the possible types, not their sum', () => {
    const zone = '... on Zone { clusters(first: 10) { nodes { id } } }';
    const industry = '... on Industry { clusters(first: 5) { nodes { id nameEn } } }';
    // node: 1 + (id 1 + the dearer branch): Zone 1 + 10 × (1 + 1) = 21, Industry 1 + 5 × (1 + 2) = 16.
    expect(ceiling(`{ node(id: "zone:shanghai") { id ${zone} ${industry} } }`)).toBe(1 + 1 + 21);
    expect(ceiling(`{ node(id: "zone:shanghai") { id ${zone} } }`)).toBe(1 + 1 + 21);
    // The same through named fragments.
    expect(
      ceiling(
        `{ node(id: "zone:shanghai") { id ...Z ...I } } fragment Z on Zone { clusters(first: 10) { nodes { id } } } fragment I on Industry { clusters(first: 5) { nodes { id nameEn } } }`,
      ),
    ).toBe(23);
  });

  it('charges introspection by the size of the schema, and lets the standard introspection query through', () => {
    const full = ceiling(getIntrospectionQuery());
    const types = Object.keys(schema.getTypeMap()).length;
    expect(ceiling('{ __schema { types { name } } }')).toBe(1 + 1 + types);
    expect(full).toBeGreaterThan(types * 10);
    expect(full).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('charges nothing for a field skipped by @skip or @include', () => {
    expect(ceiling('query($no: Boolean!) { zones(first: 10) @include(if: $no) { nodes { id } } graphStats { nodeCount } }', { no: false })).toBe(2);
  });
});

describe('cost: page sizes as the resolvers use them', () => {
  const nested = (first: string) =>
    `{ zones(first:${first}) { nodes { documents(first:${first}) { nodes { zones(first:${first}) { nodes { documents(first:${first}) { nodes { id } } } } } } } } }`;

  it('charges first: null as the default page of 20 (the issue query was charged 9)', () => {
    expect(ceiling(nested('null'))).toBe(ceiling(nested('20')));
    expect(ceiling(nested('null'))).toBeGreaterThan(20 ** 4);
  });

  it('charges a missing variable as the default page, and a variable as the same literal', () => {
    const q = 'query($n: Int) { zones(first: $n) { nodes { id } } }';
    expect(ceiling(q)).toBe(ceiling('{ zones { nodes { id } } }'));
    expect(ceiling(q, { n: null })).toBe(ceiling('{ zones(first: 20) { nodes { id } } }'));
    expect(ceiling(q, { n: 7 })).toBe(ceiling('{ zones(first: 7) { nodes { id } } }'));
  });

  it.each([
    ['search', '{ search(text: "x", first: null) { score } }', '{ search(text: "x", first: 10) { score } }'],
    ['grouped counts', '{ zoneCounts(by: [BATCH], first: null) { count } }', '{ zoneCounts(by: [BATCH], first: 100) { count } }'],
    ['distinct values', '{ distinctValues(field: ZONE_PROVINCE, first: null) { value } }', '{ distinctValues(field: ZONE_PROVINCE, first: 100) { value } }'],
  ])('charges %s with first: null by the resolver default', (_name, withNull, withDefault) => {
    expect(ceiling(withNull)).toBe(ceiling(withDefault));
    expect(ceiling(withNull)).toBeGreaterThan(10);
  });

  it('charges grouped counts up to their own maximum of 1000', () => {
    expect(ceiling('{ zoneCounts(by: [BATCH], first: 1000) { count } }')).toBe(1 + 1000);
  });
});

describe('cost: by what the graph holds', () => {
  it('charges each list min(first, the most the graph has there)', () => {
    // zones: min(50, 23); clusters per zone: min(50, 3); industries per cluster: min(50, 4).
    const q = '{ zones(first: 50) { nodes { clusters(first: 50) { nodes { industries(first: 50) { nodes { id } } } } } } }';
    expect(cost(q, {}, STATS)).toEqual({ charged: 1 + 23 * (1 + (1 + 3 * (1 + (1 + 4 * (1 + 1))))), ceiling: 1 + 50 * (1 + (1 + 50 * (1 + (1 + 50 * 2)))), basis: 'statistics' });
  });

  it('charges an industry chain by the industries and SUPPLIES links there are, not by maxHops', () => {
    const q = '{ industryChain(id: "industry:x", maxHops: 6, direction: BOTH) { nodes { depth zones { id } } links { flow: link { type } } } }';
    // chain 1 + (nodes 1 + 23 × (depth 1 + zones 1 + 2 × 1) + links 1 + 24 × (link 1 + 1 × type 1)).
    expect(cost(q, {}, STATS).charged).toBe(1 + (1 + 23 * (1 + 1 + 2) + (1 + 24 * (1 + 1))));
  });

  it("charges a chain's zones and clusters by what all its industries hold together, not the busiest industry's count for each", () => {
    const q = '{ industryChain(id: "industry:x", maxHops: 3, direction: BOTH) { nodes { zones { id } clusters { id } } } }';
    // 46 IN_INDUSTRY links over 23 industries: 2 clusters each (the busiest has 6); each
    // cluster in at most 1 zone: 2 zones each.
    expect(cost(q, {}, STATS).charged).toBe(1 + (1 + 23 * (1 + 2 + 1 + 2)));
    // Never more than the busiest industry has.
    const dense = { ...STATS, clusterIndustryLinks: 23 * 50 };
    expect(cost(q, {}, dense).charged).toBe(1 + (1 + 23 * (1 + 6 + 1 + 6)));
  });

  it('charges indicator series by the observations there are in all series, not per series', () => {
    // Each observation is a point of one series: 23 series (at most one per observation) ×
    // 1 point each, not 23 series × 23 points (the README's charts query was refused at 326,301).
    const q = '{ indicatorSeries(metrics: ["m"]) { metric points { id sources { id } } } }';
    const stats = { ...STATS, maxDegree: { ...STATS.maxDegree, 'Observation.sources': 3 } };
    expect(cost(q, {}, stats).charged).toBe(1 + 23 * (1 + (1 + 1 * (1 + (1 + 3 * 1)))));
  });

  it('charges the news timeline by the periods the broadcasts span times the zones, not by items times zones', () => {
    // The dashboard's chart 5 at the benchmark's small scale (2,000 items, 63 zones, 2020-2026)
    // was charged 1,207,676 as if every item made a point for every zone, and refused.
    const q =
      'query($p: NewsPeriod, $from: Date) { byZone: newsTimeline(period: $p, from: $from) { period start count zone { id nameEn } } all: newsTimeline(period: $p, byZone: false) { period count } }';
    const at = (items: number, newsYears: DegreeStatsRecord['newsYears']) => ({ ...STATS, nodes: { ...STATS.nodes, NewsItem: items, Zone: 63 }, newsYears });
    const years = { first: 2020, last: 2026 };
    // 7 periods: the same charge as if there were only 7 items.
    expect(cost(q, { p: 'YEAR' }, at(2000, years)).charged).toBe(cost(q, { p: 'YEAR' }, at(7, years)).charged);
    expect(cost(q, { p: 'YEAR' }, at(2000, years)).charged).toBeLessThan(DEFAULT_LIMITS.maxCost);
    // Months: 84 periods; from 2025: 2 years.
    expect(cost(q, { p: 'MONTH' }, at(2000, years)).charged).toBe(cost(q, { p: 'MONTH' }, at(84, years)).charged);
    expect(cost(q, { p: 'YEAR', from: '2025-01-01' }, at(2000, years)).charged).toBeLessThan(cost(q, { p: 'YEAR' }, at(2000, years)).charged);
    // Fewer items than periods: the items bound.
    expect(cost(q, { p: 'MONTH' }, at(10, years)).charged).toBe(cost(q, { p: 'MONTH' }, at(10, { first: 2000, last: 2100 })).charged);
  });

  it('charges indicator series by the observations of the metrics asked for, not by every observation', () => {
    // 4 observations of "rare": at most 4 series of 1 point (at 100k nodes the dashboard's
    // three metrics were charged 423,486 as if every observation were theirs, and refused).
    const q = 'query($m: [String!]!) { indicatorSeries(metrics: $m) { metric points { id } } }';
    expect(cost(q, { m: ['rare'] }, STATS).charged).toBe(1 + 4 * (1 + (1 + 1 * 1)));
    expect(cost(q, { m: ['rare', 'm'] }, STATS).charged).toBe(1 + 27 * (1 + (1 + 1 * 1)));
    // A slug with no observations: one empty series at most.
    expect(cost(q, { m: ['none'] }, STATS).charged).toBe(1 + 1 * (1 + (1 + 1 * 1)));
  });

  it("charges a chain's link sources by the most sources one SUPPLIES link cites", () => {
    const q = '{ industryChain(id: "industry:x") { links { link { sources { id } } } } }';
    const busySources = { ...STATS, maxDegree: { ...STATS.maxDegree, 'Zone.sources': 40 } };
    // links 1 + 24 × (link 1 + (sources 1 + 2 × id 1)), whatever the busiest entity's sources.
    expect(cost(q, {}, busySources).charged).toBe(1 + (1 + 24 * (1 + (1 + 2 * 1))));
  });
});

describe('cost: filters', () => {
  const ors = (n: number, key = 'nameEn_contains') => `{ OR: [${Array.from({ length: n }, (_, i) => `{ ${key}: "x${i}" }`).join(', ')}] }`;

  it(`refuses more than ${FILTER_LIMITS.conditions} conditions in one filter, as a literal or a variable`, () => {
    const max = FILTER_LIMITS.conditions;
    expect(refusal(() => cost(`{ zones(where: ${ors(max + 1)}) { totalCount } }`))).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'filterConditions', max, requested: max + 1 });
    const where = { OR: Array.from({ length: max + 1 }, (_, i) => ({ nameEn_contains: `x${i}` })) };
    expect(refusal(() => cost('query($w: ZoneWhere) { zones(where: $w) { totalCount } }', { w: where }))).toMatchObject({ limit: 'filterConditions', requested: max + 1 });
    expect(refusal(() => cost(`{ zones(where: ${ors(max)}) { totalCount } }`))).toBeUndefined();
  });

  it('counts leaves across AND, OR, NOT and through _some/_none, and caps the subqueries', () => {
    const deep = `{ NOT: { OR: [{ nameEn: "a" }, { AND: [{ batch: 1 }, { clusters_some: { OR: ${ors(FILTER_LIMITS.conditions - 1)
      .replace(/^\{ OR: /, '')
      .replace(/\}$/, '')} } }] }] } }`;
    expect(refusal(() => cost(`{ zones(where: ${deep}) { totalCount } }`))).toMatchObject({ limit: 'filterConditions', requested: FILTER_LIMITS.conditions + 1 });
    const subqueries = `{ OR: [${Array.from({ length: FILTER_LIMITS.subqueries + 1 }, () => '{ clusters_none: { nameEn: "x" } }').join(', ')}] }`;
    expect(refusal(() => cost(`{ zones(where: ${subqueries}) { totalCount } }`))).toMatchObject({ limit: 'filterSubqueries', max: FILTER_LIMITS.subqueries });
    // Under a nested list too.
    expect(refusal(() => cost(`{ zone(id: "zone:shanghai") { clusters(where: ${ors(FILTER_LIMITS.conditions + 1)}) { totalCount } } }`))).toMatchObject({
      limit: 'filterConditions',
    });
  });

  it(`refuses an _in list longer than ${FILTER_LIMITS.inValues}, and more orderBy keys than the data layer allows`, () => {
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `zone:z${i}`));
    expect(refusal(() => cost(`{ zones(where: { id_in: ${ids(FILTER_LIMITS.inValues + 1)} }) { totalCount } }`))).toMatchObject({
      limit: 'filterValues',
      max: FILTER_LIMITS.inValues,
    });
    expect(refusal(() => cost('query($ids: [ID!]) { zones(where: { id_in: $ids }) { totalCount } }', { ids: JSON.parse(ids(FILTER_LIMITS.inValues + 1)) }))).toMatchObject({
      limit: 'filterValues',
    });
    expect(refusal(() => cost(`{ zones(where: { id_in: ${ids(FILTER_LIMITS.inValues)} }) { totalCount } }`))).toBeUndefined();
    const order = Array.from({ length: 6 }, () => '{ field: AREA_KM2 }').join(', ');
    expect(refusal(() => cost(`{ zones(orderBy: [${order}]) { totalCount } }`))).toMatchObject({ limit: 'orderBy', max: 5, requested: 6 });
  });

  it('charges conditions and sort keys once per statement, not per parent', () => {
    const plain = ceiling('{ zones(first: 10) { nodes { clusters(first: 10) { totalCount } } } }');
    const filtered = ceiling(`{ zones(first: 10) { nodes { clusters(first: 10, where: ${ors(3)}) { totalCount } } } }`);
    expect(filtered - plain).toBe(3 * PLANNING_COST.condition);
    const withSub = ceiling('{ zones(where: { clusters_some: { nameEn: "x" } }, orderBy: [{ field: AREA_KM2 }]) { totalCount } }');
    expect(withSub - ceiling('{ zones { totalCount } }')).toBe(PLANNING_COST.subquery + PLANNING_COST.condition + PLANNING_COST.orderKey);
    const byCount = ceiling('{ zones(orderBy: [{ field: MEASURES_COUNT, direction: DESC }, { field: ID }]) { totalCount } }');
    expect(byCount - ceiling('{ zones { totalCount } }')).toBe(PLANNING_COST.countOrderKey + PLANNING_COST.orderKey);
  });

  it('refuses 30 aliases of a filter at the cap by cost (each is planned on its own)', () => {
    const q = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: zones(where: ${ors(FILTER_LIMITS.conditions)}) { totalCount }`).join(' ')} }`;
    expect(ceiling(q)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});
