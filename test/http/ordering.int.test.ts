// Ordering with missing values: items without a value come last in both directions, and
// keyset cursors stay exact through them (every page, any page size, several keys), in the
// tree strategy and the batched one alike. Also `after: ""`, which some clients send before
// the first page.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

type Value = string | number | null;
type Row = { id: string } & Record<string, Value>;
type Page = { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type Order = { field: string; direction: 'ASC' | 'DESC' };

let tree: RunningApp;
let batched: RunningApp;
beforeAll(async () => {
  [tree, batched] = await Promise.all([startTestApp({ QUERY_STRATEGY: 'tree' }), startTestApp({ QUERY_STRATEGY: 'batched' })]);
});
afterAll(async () => {
  await tree?.stop();
  await batched?.stop();
});
const STRATEGIES = [
  ['tree', () => tree],
  ['batched', () => batched],
] as const;

/** `AREA_KM2` → `areaKm2`; count keys are read from the connection's totalCount. */
const propertyOf = (field: string) => field.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Where a list lives: a root list, or a relationship field under one entity. */
interface ListShape {
  name: string;
  /** The connection selected with `args` and the node's `fields`. */
  select: (args: string, fields: string) => string;
  /** The connection in the answer. */
  pick: (data: Record<string, unknown>) => Page;
}
const ZONES: ListShape = { name: 'zones', select: (a, f) => `zones(${a}) { nodes { id ${f} } pageInfo { hasNextPage endCursor } }`, pick: (d) => d.zones as Page };
const MEASURES: ListShape = {
  name: 'reformMeasures',
  select: (a, f) => `reformMeasures(${a}) { nodes { id ${f} } pageInfo { hasNextPage endCursor } }`,
  pick: (d) => d.reformMeasures as Page,
};
const DOCUMENTS: ListShape = {
  name: 'policyDocuments',
  select: (a, f) => `policyDocuments(${a}) { nodes { id ${f} } pageInfo { hasNextPage endCursor } }`,
  pick: (d) => d.policyDocuments as Page,
};
const SHANGHAI_DOCUMENTS: ListShape = {
  name: 'Zone.documents',
  select: (a, f) => `zone(id: "zone:shanghai") { documents(${a}) { nodes { id ${f} } pageInfo { hasNextPage endCursor } } }`,
  pick: (d) => (d.zone as { documents: Page }).documents,
};
const SHANGHAI_MEASURES: ListShape = {
  name: 'Zone.measures',
  select: (a, f) => `zone(id: "zone:shanghai") { measures(${a}) { nodes { id ${f} } pageInfo { hasNextPage endCursor } } }`,
  pick: (d) => (d.zone as { measures: Page }).measures,
};

/** The fields a row needs for `order`: properties as they are, counts through totalCount. */
function fieldsFor(order: Order[]): string {
  return order.map(({ field }) => (field.endsWith('_COUNT') ? `${propertyOf(field.replace(/_COUNT$/, ''))} { totalCount }` : propertyOf(field))).join(' ');
}
function readValue(row: Row, field: string): Value {
  const value = row[propertyOf(field)] ?? null;
  // A date is stored as its period's first day: "2023-11" sorts as 2023-11-01.
  if (field.endsWith('_ON') && typeof value === 'string') return `${value}-01-01`.slice(0, 10);
  if (!field.endsWith('_COUNT')) return value;
  return (row[propertyOf(field.replace(/_COUNT$/, ''))] as unknown as { totalCount: number }).totalCount;
}

const orderArg = (order: Order[]) => `orderBy: [${order.map((o) => `{ field: ${o.field}, direction: ${o.direction} }`).join(', ')}]`;

async function readPage(app: RunningApp, shape: ListShape, order: Order[], first: number, after: string | null): Promise<Page> {
  const r = await gql<Record<string, unknown>>(app, `query($after: String) { ${shape.select(`first: ${first}, after: $after, ${orderArg(order)}`, fieldsFor(order))} }`, { after });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return shape.pick(r.data!);
}

/** Every page of `first` items, followed through endCursor. */
async function readAllPages(app: RunningApp, shape: ListShape, order: Order[], first: number): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const page = await readPage(app, shape, order, first, after);
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return rows;
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 200 pages');
}

/** The order the API promises, computed here: each key with missing values last, then id. */
function compareRows(order: Order[]) {
  return (a: Row, b: Row): number => {
    for (const { field, direction } of order) {
      const x = readValue(a, field);
      const y = readValue(b, field);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = x < y ? -1 : 1;
      return direction === 'ASC' ? c : -c;
    }
    // Cypher compares strings by code point, as `<` does here.
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

describe.each(STRATEGIES)('ordering with missing values (%s strategy)', (_name, app) => {
  it('zones by area, descending: the largest first, the Hainan zones (no area) last', async () => {
    const top = await readPage(app(), ZONES, [{ field: 'AREA_KM2', direction: 'DESC' }], 4, null);
    const all = await readPage(app(), ZONES, [{ field: 'AREA_KM2', direction: 'DESC' }], 100, null);
    const areas = all.nodes.map((z) => z.areaKm2).filter((a): a is number => a !== null);
    expect(top.nodes.map((z) => z.areaKm2)).toEqual([...areas].sort((a, b) => b - a).slice(0, 4));
    expect(top.nodes.every((z) => z.areaKm2 !== null)).toBe(true);
    const missing = all.nodes.filter((z) => z.areaKm2 === null).map((z) => z.id);
    expect(missing).toEqual(expect.arrayContaining(['zone:hainan', 'zone:hainan-ftp']));
    expect(all.nodes.slice(-missing.length).map((z) => z.id)).toEqual([...missing].sort());
  });

  it('zones by area, ascending: the smallest first, the zones without an area last', async () => {
    const all = await readPage(app(), ZONES, [{ field: 'AREA_KM2', direction: 'ASC' }], 100, null);
    expect(all.nodes).toHaveLength(23);
    const areas = all.nodes.map((z) => z.areaKm2);
    const known = areas.filter((a): a is number => a !== null);
    expect(areas).toEqual([...[...known].sort((a, b) => a - b), ...Array<null>(areas.length - known.length).fill(null)]);
    expect(all.nodes.slice(known.length).map((z) => z.id)).toEqual(expect.arrayContaining(['zone:hainan', 'zone:hainan-ftp']));
  });

  // [list, ordering, whether the seed has values for any of its property keys]: no measure
  // has a nationwide replication date yet, so those keys page through missing values only.
  const CASES: Array<[ListShape, Order[], boolean]> = [
    [ZONES, [{ field: 'AREA_KM2', direction: 'DESC' }], true],
    [ZONES, [{ field: 'AREA_KM2', direction: 'ASC' }], true],
    [
      ZONES,
      [
        { field: 'LAUNCHED_ON', direction: 'DESC' },
        { field: 'AREA_KM2', direction: 'ASC' },
      ],
      true,
    ],
    [
      ZONES,
      [
        { field: 'MEASURES_COUNT', direction: 'DESC' },
        { field: 'AREA_KM2', direction: 'DESC' },
      ],
      true,
    ],
    [DOCUMENTS, [{ field: 'EFFECTIVE_ON', direction: 'DESC' }], true],
    [DOCUMENTS, [{ field: 'EFFECTIVE_ON', direction: 'ASC' }], true],
    [
      DOCUMENTS,
      [
        { field: 'ISSUED_ON', direction: 'DESC' },
        { field: 'EFFECTIVE_ON', direction: 'ASC' },
        { field: 'ZONES_COUNT', direction: 'DESC' },
      ],
      true,
    ],
    [SHANGHAI_DOCUMENTS, [{ field: 'ISSUED_ON', direction: 'DESC' }], true],
    [
      SHANGHAI_DOCUMENTS,
      [
        { field: 'PUBLISHED_ON', direction: 'ASC' },
        { field: 'ISSUED_ON', direction: 'DESC' },
      ],
      true,
    ],
    // Since issue 12 the seventh batch's measures carry their replication date: values and gaps.
    [MEASURES, [{ field: 'REPLICATED_NATIONWIDE_ON', direction: 'DESC' }], true],
    [MEASURES, [{ field: 'REPLICATED_NATIONWIDE_ON', direction: 'ASC' }], true],
    [
      MEASURES,
      [
        { field: 'REPLICATED_NATIONWIDE_ON', direction: 'DESC' },
        { field: 'ZONES_COUNT', direction: 'ASC' },
      ],
      true,
    ],
    [SHANGHAI_MEASURES, [{ field: 'REPLICATED_NATIONWIDE_ON', direction: 'DESC' }], false],
    [
      SHANGHAI_MEASURES,
      [
        { field: 'REPLICATED_NATIONWIDE_ON', direction: 'ASC' },
        { field: 'NAME_EN', direction: 'DESC' },
      ],
      true,
    ],
  ];
  it.each(CASES.map(([shape, order, hasValues]) => [shape.name, orderArg(order), shape, order, hasValues] as const))(
    'pages through %s(%s) with first 2 and 3 exactly as one page reads it',
    async (_shape, _order, shape, order, hasValues) => {
      const one = await readPage(app(), shape, order, 100, null);
      expect(one.pageInfo.hasNextPage).toBe(false);
      const whole = one.nodes;
      // The one-page answer is the promised order, and the case has gaps (and values) to page through.
      expect(whole).toEqual([...whole].sort(compareRows(order)));
      const nullable = order.filter((o) => !o.field.endsWith('_COUNT')).map((o) => o.field);
      expect(whole.some((r) => nullable.some((f) => readValue(r, f) === null))).toBe(true);
      expect(whole.some((r) => nullable.some((f) => readValue(r, f) !== null))).toBe(hasValues);
      for (const first of [2, 3]) expect(await readAllPages(app(), shape, order, first)).toEqual(whole);
    },
  );

  it('pages exactly for random orderings and page sizes (property)', async () => {
    const field = fc.constantFrom('AREA_KM2', 'LAUNCHED_ON', 'APPROVED_ON', 'BATCH', 'MEASURES_COUNT', 'SHORT_NAME');
    const order = fc.uniqueArray(fc.record({ field, direction: fc.constantFrom<'ASC' | 'DESC'>('ASC', 'DESC') }), { minLength: 1, maxLength: 3, selector: (o) => o.field });
    await fc.assert(
      fc.asyncProperty(order, fc.integer({ min: 2, max: 7 }), async (o, first) => {
        const whole = (await readPage(app(), ZONES, o, 100, null)).nodes;
        expect(whole).toEqual([...whole].sort(compareRows(o)));
        expect(await readAllPages(app(), ZONES, o, first)).toEqual(whole);
      }),
      { numRuns: 5, seed: 9 },
    );
  });

  it('reads `after: ""` as the first page, on a root list and on a relationship field', async () => {
    for (const shape of [ZONES, SHANGHAI_MEASURES]) {
      const order: Order[] = [{ field: 'NAME_EN', direction: 'ASC' }];
      const fresh = await readPage(app(), shape, order, 3, null);
      expect(fresh.nodes).toHaveLength(3);
      expect(await readPage(app(), shape, order, 3, '')).toEqual(fresh);
    }
    const r = await gql<{ zones: { totalCount: number; nodes: Row[] } }>(app(), '{ zones(first: 2, after: "") { totalCount nodes { id } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.zones.totalCount).toBe(23);
    expect(r.data!.zones.nodes.map((z) => z.id)).toEqual(['zone:anhui', 'zone:beijing']);
  });
});
