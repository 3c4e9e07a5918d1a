// Filters, ordering, keyset cursors, aggregates and as-of queries over HTTP against the
// real server and seed, with facts from the fact sheet and the round trips each costs.
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const ids = (conn: { nodes: Array<{ id: string }> }) => conn.nodes.map((n) => n.id);

/** A connection as these tests select it. */
type Conn<T = { id: string }> = { totalCount: number; nodes: T[] };
type Page = Conn & { pageInfo: { endCursor: string; hasNextPage: boolean } };

describe('filters', () => {
  it('a researcher question: investment-field measures piloted in zones launched before 2018', async () => {
    const r = await gql<{ reformMeasures: Conn<{ id: string; zones: Conn<{ launchedOn: string | null }> }> }>(
      app,
      `{ reformMeasures(
        where: { fields_some: { id: "field:investment" }, zones_some: { launchedOn_lt: "2018-01-01" } },
        orderBy: [{ field: NAME_EN, direction: DESC }]) {
      totalCount nodes { id zones { nodes { id launchedOn } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.reformMeasures)).toContain('measure:fi-negative-list');
    for (const m of r.data!.reformMeasures.nodes) expect(m.zones.nodes.some((z: { launchedOn: string | null }) => z.launchedOn !== null && z.launchedOn < '2018')).toBe(true);
  });

  it('zones that have a cluster in bulk commodities or one of its sub-industries', async () => {
    const r = await gql<{ zones: Conn }>(
      app,
      `{ zones(first: 100, where: { clusters_some: { industries_some: {
        OR: [{ id: "industry:bulk-commodities" }, { parent_some: { id: "industry:bulk-commodities" } }] } } }) { nodes { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.zones)).toEqual(expect.arrayContaining(['zone:zhejiang', 'zone:shanghai', 'zone:hebei', 'zone:henan']));
    expect(ids(r.data!.zones)).not.toContain('zone:xinjiang');
  });

  it('measures piloted in a batch-1 zone, and NOT / OR combinations', async () => {
    const r = await gql<Record<'batch1' | 'notBatch1' | 'all' | 'either', Conn>>(
      app,
      `{
      batch1: reformMeasures(first: 100, where: { zones_some: { batch: 1 } }) { nodes { id } }
      notBatch1: reformMeasures(first: 100, where: { NOT: { zones_some: { batch: 1 } } }) { nodes { id } }
      all: reformMeasures(first: 100) { totalCount }
      either: zones(first: 100, where: { OR: [{ batch: 1 }, { kind: FREE_TRADE_PORT }] }) { nodes { id } }
    }`,
    );
    expect(r.errors).toBeUndefined();
    const batch1 = ids(r.data!.batch1);
    expect(batch1).toEqual(expect.arrayContaining(['measure:single-window', 'measure:ft-accounts', 'measure:fi-negative-list']));
    expect(batch1).not.toContain('measure:iron-ore-futures-foreign-traders');
    expect(batch1.length + r.data!.notBatch1.nodes.length).toBe(r.data!.all.totalCount);
    expect(ids(r.data!.either)).toEqual(['zone:hainan-ftp', 'zone:shanghai']);
  });

  it('text filters work in both languages, case-insensitively', async () => {
    const r = await gql<Record<'zh' | 'en' | 'either' | 'prefix', Conn>>(
      app,
      `{
      zh: zones(where: { nameZh_contains: "上海" }) { nodes { id } }
      en: zones(where: { nameEn_contains: "sHaNgHaI" }) { nodes { id } }
      either: zones(where: { name_contains: "新疆" }) { nodes { id } }
      prefix: policyDocuments(first: 100, where: { docNumber_startsWith: "国发〔2018〕" }) { totalCount }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.zh)).toEqual(['zone:shanghai']);
    expect(ids(r.data!.en)).toEqual(['zone:shanghai']);
    expect(ids(r.data!.either)).toEqual(['zone:xinjiang']);
    expect(r.data!.prefix.totalCount).toBe(4);
  });

  it('nested lists take filters too: Shanghai documents of one kind', async () => {
    const r = await gql<{ zone: { documents: Conn<{ kind: string }> } }>(
      app,
      `{ zone(id: "zone:shanghai") { documents(first: 100, where: { kind: OVERALL_PLAN }) { totalCount nodes { kind } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const docs = r.data!.zone.documents;
    expect(docs.totalCount).toBeGreaterThan(0);
    expect(docs.nodes.every((d: { kind: string }) => d.kind === 'OVERALL_PLAN')).toBe(true);
  });
});

describe('ordering and keyset pagination', () => {
  it('orders zones by how many measures they pilot: Shanghai first', async () => {
    const r = await gql<{ zones: Conn<{ id: string; measures: { totalCount: number } }> }>(
      app,
      '{ zones(first: 3, orderBy: [{ field: MEASURES_COUNT, direction: DESC }]) { nodes { id measures { totalCount } } } }',
    );
    expect(r.errors).toBeUndefined();
    const counts = r.data!.zones.nodes.map((z: { measures: { totalCount: number } }) => z.measures.totalCount);
    expect(r.data!.zones.nodes[0]!.id).toBe('zone:shanghai');
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('walks every zone once by launch date (newest first), page by page', async () => {
    const seen: Array<{ id: string; launchedOn: string | null }> = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: { data?: { zones: Conn<{ id: string; launchedOn: string | null }> & { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown } =
        await gql(
          app,
          'query($after: String) { zones(first: 4, after: $after, orderBy: [{ field: LAUNCHED_ON, direction: DESC }]) { nodes { id launchedOn } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.zones.nodes);
      if (!r.data!.zones.pageInfo.hasNextPage) break;
      after = r.data!.zones.pageInfo.endCursor;
    }
    expect(seen.map((z) => z.id).sort()).toHaveLength(23);
    expect(new Set(seen.map((z) => z.id)).size).toBe(23);
    // Newest first, then the zones without a launch date (missing values come last either way).
    const undated = seen.findIndex((z) => z.launchedOn === null);
    expect(undated).toBeGreaterThan(0);
    expect(seen.slice(undated).every((z) => z.launchedOn === null)).toBe(true);
    const dated = seen.slice(0, undated).map((z) => z.launchedOn!);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(seen[undated - 1]!.id).toBe('zone:shanghai');
  });

  it('keeps its place when items are inserted between pages (a cursor is a position, not an offset)', async () => {
    const driver = createDriver({ uri: inject('neo4jUri') });
    const q = 'query($after: String) { zones(first: 5, after: $after) { nodes { id } pageInfo { endCursor } } }';
    try {
      const page1 = await gql<{ zones: Page }>(app, q, { after: null });
      // Another writer inserts zones that sort before and inside the page just read.
      await driver.executeQuery(
        "UNWIND ['zone:aaa-concurrent', 'zone:anhui-concurrent', 'zone:beijing-concurrent'] AS id CREATE (:Entity:Zone {id: id, kind: 'PILOT_FREE_TRADE_ZONE', nameEn: id, shortName: id, province: 'x'})",
      );
      const page2 = await gql<{ zones: Page }>(app, q, { after: page1.data!.zones.pageInfo.endCursor });
      const before = ids(page1.data!.zones);
      const next = ids(page2.data!.zones);
      expect(next.filter((id) => before.includes(id))).toEqual([]);
      expect(next[0]! > before[before.length - 1]!).toBe(true);
      expect(next).not.toContain('zone:aaa-concurrent');
    } finally {
      await driver.executeQuery('MATCH (z:Zone) WHERE z.id ENDS WITH "-concurrent" DETACH DELETE z');
      await driver.close();
    }
  });

  it('counts without fetching: totalCount alone is one query', async () => {
    const r = await gql(app, '{ reformMeasures(where: { zones_some: { batch: 1 } }) { totalCount } }');
    expect(r.errors).toBeUndefined();
    expect(r.extensions?.neo4j?.queries).toBe(1);
  });

  it('refuses an unknown ordering and a cursor issued for another ordering', async () => {
    const first = await gql<{ zones: Page }>(app, '{ zones(first: 2, orderBy: [{ field: BATCH }]) { pageInfo { endCursor } } }');
    const r = await gql(app, 'query($a: String) { zones(after: $a) { totalCount } }', { a: first.data!.zones.pageInfo.endCursor });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('aggregates', () => {
  it('groups measures by zone and field in one query, consistent with the per-zone counts', async () => {
    type Group = { keys: Array<{ node: { id: string } | null }>; count: number };
    const r = await gql<{ byZone: Group[]; byZoneField: unknown; shanghai: { measures: { totalCount: number } } }>(
      app,
      `{
      byZone: reformMeasureCounts(by: [ZONE]) { keys { dimension node { id ... on Zone { shortName } } number text } count }
      byZoneField: reformMeasureCounts(by: [ZONE, FIELD]) { keys { node { __typename id } } count }
      shanghai: zone(id: "zone:shanghai") { measures { totalCount } }
    }`,
    );
    expect(r.errors).toBeUndefined();
    const shanghai = r.data!.byZone.find((g: { keys: Array<{ node: { id: string } | null }> }) => g.keys[0]!.node?.id === 'zone:shanghai')!;
    expect(shanghai.count).toBe(r.data!.shanghai.measures.totalCount);
    expect(shanghai.keys[0]).toEqual({ dimension: 'ZONE', node: { id: 'zone:shanghai', shortName: 'Shanghai' }, number: null, text: null });
    expect(r.data!.byZone[0]!.count).toBeGreaterThanOrEqual(r.data!.byZone.at(-1)!.count);
    for (const g of r.data!.byZoneField as Array<{ keys: Array<{ node: { __typename: string } | null }> }>) {
      expect(g.keys).toHaveLength(2);
      // Null only for the 'none' group (a measure not piloted in any zone, or in no field).
      expect(['Zone', null]).toContain(g.keys[0]!.node?.__typename ?? null);
      expect(['ReformField', null]).toContain(g.keys[1]!.node?.__typename ?? null);
    }
  });

  it("keys are answered by the grouped count's one statement, their selected properties (fragments on other types left out) read with the groups, and the groups are the same", async () => {
    type Group = { keys: Array<{ node: { __typename: string; id: string; nameEn?: string } | null }>; count: number };
    const ONLY_ID = '{ reformMeasureCounts(by: [ZONE, FIELD, DOCUMENT], first: 1000) { keys { node { __typename id } } count } }';
    const bare = await gql<{ reformMeasureCounts: Group[] }>(app, ONLY_ID);
    const named = await gql<{ reformMeasureCounts: Group[] }>(
      app,
      '{ reformMeasureCounts(by: [ZONE, FIELD, DOCUMENT], first: 1000) { keys { node { __typename id ...Named } } count } } fragment Named on Node { ... on Zone { nameEn } ... on ReformField { nameEn } }',
    );
    expect([bare.errors, named.errors]).toEqual([undefined, undefined]);
    // Until 2026-12-02 the names took a second statement (the entities loaded whole by id).
    expect([bare.extensions?.neo4j?.queries, named.extensions?.neo4j?.queries]).toEqual([1, 1]);
    const groups = bare.data!.reformMeasureCounts;
    expect(named.data!.reformMeasureCounts.map((g) => ({ ...g, keys: g.keys.map((k) => (k.node ? { node: { __typename: k.node.__typename, id: k.node.id } } : k)) }))).toEqual(
      groups,
    );
    // Not vacuous: all three labels appear, and the 'none' groups (measures piloted in no zone) too.
    expect(new Set(groups.flatMap((g) => g.keys.map((k) => k.node?.__typename ?? null)))).toEqual(new Set(['Zone', 'ReformField', 'PolicyDocument', null]));
    // The names are the entities' own: Shanghai's, read by id in another request.
    const shanghai = named.data!.reformMeasureCounts.flatMap((g) => g.keys).find((k) => k.node?.id === 'zone:shanghai')!;
    const byId = await gql<{ zone: { nameEn: string } }>(app, '{ zone(id: "zone:shanghai") { nameEn } }');
    expect(shanghai.node).toEqual({ __typename: 'Zone', id: 'zone:shanghai', nameEn: byId.data!.zone.nameEn });
    // A document key selects nothing beyond its id here: no nameEn key on it (PolicyDocument has titleEn).
    expect(named.data!.reformMeasureCounts.flatMap((g) => g.keys).find((k) => k.node?.__typename === 'PolicyDocument')!.node).not.toHaveProperty('nameEn');
  });

  it('counts zones by batch: 1+3+7+1+6+3+1 and one port without a batch', async () => {
    const r = await gql<{ zoneCounts: Array<{ keys: Array<{ number: number | null }>; count: number }>; distinctValues: Array<{ value: string }> }>(
      app,
      '{ zoneCounts(by: [BATCH]) { keys { number } count } distinctValues(field: ZONE_BATCH) { value count } }',
    );
    expect(r.errors).toBeUndefined();
    const byBatch = Object.fromEntries(r.data!.zoneCounts.map((g: { keys: Array<{ number: number | null }>; count: number }) => [g.keys[0]!.number ?? 'none', g.count]));
    expect(byBatch).toEqual({ '1': 1, '2': 3, '3': 7, '4': 1, '5': 6, '6': 3, '7': 1, none: 1 });
    expect(r.data!.distinctValues.map((v: { value: string }) => v.value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(r.extensions?.neo4j?.queries).toBe(2);
  });

  it('group keys carry no id (Relay would take them for the entity) and type their values: numbers, nodes, text', async () => {
    const intro = await gql<{ __type: { fields: unknown } }>(app, '{ __type(name: "GroupKey") { fields { name type { kind name ofType { name } } } } }');
    const fields = Object.fromEntries(
      (intro.data!.__type.fields as Array<{ name: string; type: { kind: string; name: string | null; ofType: { name: string } | null } }>).map((f) => [
        f.name,
        f.type.name ?? `${f.type.ofType!.name}!`,
      ]),
    );
    expect(fields).toEqual({ dimension: 'GroupDimension!', node: 'Node', number: 'Int', text: 'String' });

    const r = await gql<Record<'batches' | 'kinds' | 'zones' | 'years' | 'zone', unknown>>(
      app,
      `{
      batches: zoneCounts(by: [BATCH]) { keys { dimension node { id } number text } count }
      kinds: zoneCounts(by: [KIND]) { keys { dimension node { id } number text } count }
      zones: reformMeasureCounts(by: [ZONE]) { keys { dimension node { __typename id } number text } }
      years: policyDocumentCounts(by: [ISSUE_YEAR]) { keys { number text } }
      zone(id: "zone:shanghai") { id shortName }
    }`,
    );
    expect(r.errors).toBeUndefined();
    type Key = { dimension: string; node: { __typename?: string; id: string } | null; number: number | null; text: string | null };
    const batches = (r.data!.batches as Array<{ keys: Key[]; count: number }>).map((g) => g.keys[0]!);
    expect(
      batches
        .map((k) => k.number)
        .filter((n) => n !== null)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The free trade port has no batch: the 'none' group, every value null.
    expect(batches.filter((k) => k.number === null)).toEqual([{ dimension: 'BATCH', node: null, number: null, text: null }]);
    expect(batches.every((k) => k.dimension === 'BATCH' && k.node === null && k.text === null)).toBe(true);

    const kinds = Object.fromEntries((r.data!.kinds as Array<{ keys: Key[]; count: number }>).map((g) => [g.keys[0]!.text, g.count]));
    expect(kinds).toEqual({ PILOT_FREE_TRADE_ZONE: 22, FREE_TRADE_PORT: 1 });

    const zones = (r.data!.zones as Array<{ keys: Key[] }>).map((g) => g.keys[0]!);
    expect(zones.length).toBeGreaterThan(5);
    for (const k of zones) {
      expect(k).toMatchObject({ dimension: 'ZONE', number: null, text: null });
      expect(['Zone', undefined]).toContain(k.node?.__typename);
    }
    expect(zones.filter((k) => k.node !== null).length).toBeGreaterThanOrEqual(zones.length - 1);
    expect(zones.map((k) => k.node?.id)).toContain('zone:shanghai');

    const years = (r.data!.years as Array<{ keys: Array<{ number: number | null; text: string | null }> }>).map((g) => g.keys[0]!);
    expect(years.every((k) => k.text === null && (k.number === null || (Number.isInteger(k.number) && k.number >= 2013 && k.number <= 2030)))).toBe(true);
    expect(years.map((k) => k.number)).toContain(2013);
    // The Zone record keeps its own fields next to the grouped counts.
    expect(r.data!.zone).toEqual({ id: 'zone:shanghai', shortName: 'Shanghai' });
  });

  it('draws an indicator series in one request: reforms replicated nationwide, oldest first', async () => {
    const r = await gql<{ indicatorSeries: Array<{ points: unknown }> }>(
      app,
      '{ indicatorSeries(metrics: ["reforms-replicated-nationwide"]) { metric subject { id } points { asOf value sources { id } } } }',
    );
    expect(r.errors).toBeUndefined();
    const series = r.data!.indicatorSeries;
    expect(series).toHaveLength(1);
    const points = series[0]!.points as Array<{ asOf: string; value: number; sources: unknown[] }>;
    expect(points.map((p) => p.asOf)).toEqual([...points.map((p) => p.asOf)].sort());
    // Issue 12: 173 (2016–20 only) moved to its own metric; MOFCOM's 485 (2025) is the latest point.
    expect(points.map((p) => p.value)).toEqual(expect.arrayContaining([260, 278, 302, 349, 485]));
    expect(points[points.length - 1]!.value).toBe(485);
    expect(points.every((p) => p.sources.length > 0)).toBe(true);
  });

  it('refuses bad groupings', async () => {
    const r1 = await gql(app, '{ zoneCounts(by: []) { count } }');
    const r2 = await gql(app, '{ zoneCounts(by: [BATCH, BATCH]) { count } }');
    const r3 = await gql(app, '{ zoneCounts(by: [BATCH], first: 5000) { count } }');
    expect([r1, r2, r3].map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'LIMIT_EXCEEDED']);
  });
});

describe('as of a date', () => {
  it('zones that existed on 1 Jan 2016: Shanghai and the three 2015 zones', async () => {
    const r = await gql<{ zones: Conn }>(app, '{ zones(where: { existedOn: "2016-01-01" }) { nodes { id } } }');
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.zones)).toEqual(['zone:fujian', 'zone:guangdong', 'zone:shanghai', 'zone:tianjin']);
  });

  it('Shanghai sub-areas before and after Lin-gang (2019)', async () => {
    const r = await gql<{ zone: Record<'in2018' | 'in2020', Conn> }>(
      app,
      `{ zone(id: "zone:shanghai") {
      in2018: areas(first: 50, where: { existedOn: "2018-01-01" }) { nodes { id } }
      in2020: areas(first: 50, where: { existedOn: "2020-01-01" }) { nodes { id } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.zone.in2018)).not.toContain('area:shanghai-lingang');
    expect(ids(r.data!.zone.in2020)).toContain('area:shanghai-lingang');
  });

  it('the FTZ foreign-investment negative list in force on 1 Jan 2019 was the 2018 edition (45 items)', async () => {
    const r = await gql<{ policyDocuments: Conn }>(
      app,
      `{ policyDocuments(where: { kind: NEGATIVE_LIST, inForceOn: "2019-01-01", id_in: [
      "document:ftz-fi-negative-list-2013", "document:ftz-fi-negative-list-2014", "document:ftz-fi-negative-list-2015",
      "document:ftz-fi-negative-list-2017", "document:ftz-fi-negative-list-2018", "document:ftz-fi-negative-list-2019",
      "document:ftz-fi-negative-list-2020", "document:ftz-fi-negative-list-2021"] }) { nodes { id itemCount } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.policyDocuments.nodes).toEqual([{ id: 'document:ftz-fi-negative-list-2018', itemCount: 45 }]);
  });
});

describe('provenance', () => {
  it('stamps every response with the data version of the load that answered', async () => {
    const r = await gql(app, '{ zones { totalCount } }');
    expect(r.extensions?.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});
