// The `tree` strategy (one statement for an entity or root list and the connections under
// it) against the `batched` one (one statement per level), over the same Neo4j and seed:
// same answers for every shape of selection, fewer round trips, errors at the same paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { DERIVED_LINK_TYPES, RELATIONSHIP_TYPES } from '../../src/graph/model.js';
import { gql, startTestApp, type GraphQLResponse } from '../support/graphqlClient.js';

let tree: RunningApp;
let batched: RunningApp;
beforeAll(async () => {
  tree = await startTestApp({ QUERY_STRATEGY: 'tree' });
  batched = await startTestApp({ QUERY_STRATEGY: 'batched' });
});
afterAll(async () => {
  await tree.stop();
  await batched.stop();
});

/** A connection as these tests select it. */
type Conn<T = { id: string }> = { totalCount: number; nodes: T[] };
type Edges<T> = { edges: T[] };

/** Runs a query on both servers; asserts the same data and errors; returns both answers. */
async function both<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
  const [t, b] = await Promise.all([gql<T>(tree, query, variables), gql<T>(batched, query, variables)]);
  expect(t.data).toEqual(b.data);
  expect(t.errors?.map((e) => [e.path, e.extensions?.code])).toEqual(b.errors?.map((e) => [e.path, e.extensions?.code]));
  return { t, b };
}

const DASHBOARD = `query($id: ID!) {
  zone(id: $id) {
    id nameEn launchedOn
    areas { totalCount nodes { id nameEn areaKm2 establishedOn zone { id } } }
    documents { nodes { id titleEn issuers { nodes { id nameEn } } } }
    clusters { nodes { id nameEn industries { nodes { id nameEn } } } }
    measures(first: 20) { totalCount nodes { id nameEn } pageInfo { hasNextPage endCursor } }
    industries(first: 5) { totalCount nodes { id } }
  }
}`;

describe('tree strategy', () => {
  it('answers the Shanghai dashboard like the batched strategy, in 1 Neo4j query instead of 7', async () => {
    const { t, b } = await both<{ zone: { areas: Conn; clusters: Conn<{ nameEn: string }> } }>(DASHBOARD, { id: 'zone:shanghai' });
    expect(t.errors).toBeUndefined();
    const z = t.data!.zone;
    expect(z.areas.nodes).toContainEqual({
      id: 'area:shanghai-lingang',
      nameEn: 'Lin-gang Special Area',
      areaKm2: expect.any(Number),
      establishedOn: '2019-08-20',
      zone: { id: 'zone:shanghai' },
    });
    expect(z.areas.totalCount).toBe(z.areas.nodes.length);
    expect(z.clusters.nodes.map((c: { nameEn: string }) => c.nameEn)).toContain('Zhangjiang Pharma Valley');
    expect(t.extensions?.neo4j?.queries).toBe(1);
    expect(b.extensions?.neo4j?.queries).toBeGreaterThanOrEqual(7);
  });

  it('answers a list with totalCount and related counts in 1 query (page and total together)', async () => {
    const { t } = await both<{ zones: Conn<{ id: string; areas: { totalCount: number } }> }>(`{
      zones(first: 100, orderBy: [{ field: LAUNCHED_ON, direction: DESC }]) {
        totalCount
        nodes { id areas { totalCount } documents { totalCount } measures { totalCount } clusters { totalCount } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
    expect(t.data!.zones.totalCount).toBe(23);
    expect(t.data!.zones.nodes.find((z: { id: string }) => z.id === 'zone:shanghai')!.areas.totalCount).toBeGreaterThanOrEqual(5);
    expect(t.extensions?.neo4j?.queries).toBe(1);
  });

  it('follows aliases with different arguments, fragments, inline fragments, @skip and @include', async () => {
    const query = `query($skip: Boolean!, $with: Boolean!) {
      node(id: "zone:shanghai") {
        __typename
        ... on Zone {
          first2: areas(first: 2) { nodes { id } pageInfo { hasNextPage } }
          lingang: areas(where: { nameEn_contains: "Lin-gang" }) { nodes { ...Area } }
          byName: areas(orderBy: [{ field: NAME_EN, direction: DESC }], first: 3) { edges { cursor node { id } link { type direction } } }
          skipped: documents @skip(if: $skip) { totalCount }
          included: clusters @include(if: $with) { totalCount }
        }
      }
    }
    fragment Area on ZoneArea { id establishedOn establishedBy { id } }`;
    const { t } = await both<{
      node: { first2: Conn & { pageInfo: { hasNextPage: boolean } }; lingang: Conn; byName: Edges<{ link: unknown }>; included: { totalCount: number } };
    }>(query, { skip: true, with: true });
    const z = t.data!.node;
    expect(z.first2.nodes).toHaveLength(2);
    expect(z.first2.pageInfo.hasNextPage).toBe(true);
    expect(z.lingang.nodes).toEqual([
      { id: 'area:shanghai-lingang', establishedOn: '2019-08-20', establishedBy: expect.objectContaining({ id: expect.stringMatching(/^document:/) }) },
    ]);
    expect(z.byName.edges[0]!.link).toEqual({ type: 'HAS_AREA', direction: 'OUTGOING' });
    expect(z).not.toHaveProperty('skipped');
    expect(z.included.totalCount).toBeGreaterThan(0);
    expect(t.extensions?.neo4j?.queries).toBe(1);
    await both(query, { skip: false, with: false });
  });

  it('pages on with nested cursors exactly as the batched strategy', async () => {
    const first = await both<{ zone: { measures: Conn & { pageInfo: { endCursor: string } } } }>(
      '{ zone(id: "zone:shanghai") { measures(first: 3, orderBy: [{ field: NAME_EN }]) { nodes { id } pageInfo { endCursor } } } }',
    );
    const after = first.t.data!.zone.measures.pageInfo.endCursor;
    const next = await both<{ zone: { measures: Conn } }>(
      'query($a: String) { zone(id: "zone:shanghai") { measures(first: 3, after: $a, orderBy: [{ field: NAME_EN }]) { nodes { id } } } }',
      { a: after },
    );
    const seen = first.t.data!.zone.measures.nodes.map((n: { id: string }) => n.id);
    expect(next.t.data!.zone.measures.nodes.every((n: { id: string }) => !seen.includes(n.id))).toBe(true);
  });

  it('reads deeper than 3 levels through the batched loaders: one more query per extra level', async () => {
    type Measure = { zones: { totalCount: number } };
    const { t } = await both<{ zones: Conn<{ clusters: Conn<{ industries: Conn<{ measures: Conn<Measure> }> }> }> }>(`{
      zones(first: 23) { nodes { id
        clusters(first: 10) { nodes { id
          industries(first: 5) { nodes { id
            measures(first: 2) { nodes { id
              zones { totalCount } } } } } } } } } }`);
    // zones, clusters, industries and measures in one statement; then every measure's zone count.
    expect(t.errors).toBeUndefined();
    const measures = t.data!.zones.nodes.flatMap((z) => z.clusters.nodes.flatMap((c) => c.industries.nodes.flatMap((i) => i.measures.nodes)));
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) expect(m.zones.totalCount).toBeGreaterThanOrEqual(1);
    expect(t.extensions?.neo4j?.queries).toBe(2);
  });

  it('reports refused arguments at the field that has them, and still answers the rest', async () => {
    const { t } = await both<{ ok: { id: string; areas: { totalCount: number } }; big: unknown; bad: unknown }>(`{
      ok: zone(id: "zone:shanghai") { id areas { totalCount } }
      big: zone(id: "zone:shanghai") { id measures(first: 500) { totalCount } }
      bad: zone(id: "zone:shanghai") { id documents(after: "not-a-cursor") { totalCount } }
    }`);
    expect(t.data!.ok.id).toBe('zone:shanghai');
    expect(t.data!.ok.areas.totalCount).toBeGreaterThan(0);
    // The connections are non-null, so the error nulls their zone, as in the batched strategy.
    expect([t.data!.big, t.data!.bad]).toEqual([null, null]);
    const codes = Object.fromEntries(t.errors!.map((e) => [e.path!.join('.'), e.extensions?.code]));
    expect(codes).toEqual({ 'big.measures': 'LIMIT_EXCEEDED', 'bad.documents': 'BAD_USER_INPUT' });
  });

  it('filters through relationships inside a planned level, and returns null for an unknown id', async () => {
    const { t } = await both<{ zone: { measures: Conn<{ fields: Conn }> }; missing: unknown }>(`{
      zone(id: "zone:shanghai") { measures(where: { fields_some: { id: "field:investment" } }, first: 100) { totalCount nodes { id fields { nodes { id } } } } }
      missing: zone(id: "zone:does-not-exist") { id areas { totalCount } }
    }`);
    const measures = t.data!.zone.measures;
    expect(measures.totalCount).toBe(measures.nodes.length);
    for (const m of measures.nodes) expect(m.fields.nodes.map((f: { id: string }) => f.id)).toContain('field:investment');
    expect(t.data!.missing).toBeNull();
  });
});

describe('root lists filtered by a related id', () => {
  // `<relation>_some: { id }` starts the match at that node (an index lookup) instead of
  // scanning the label; `AND: [...]` around the same filter is not rewritten, so it checks the rewrite.
  const page = (where: string) => `{ reformMeasures(where: ${where}, first: 100, orderBy: [{ field: NAME_EN, direction: DESC }]) { totalCount nodes { id } } }`;

  it('answers like the unrewritten filter: measures in the investment field piloted in zones launched by 2017', async () => {
    const inner = '{ fields_some: { id: "field:investment" }, zones_some: { launchedOn_lte: "2017-12-31" } }';
    const { t } = await both<{ reformMeasures: Conn }>(page(inner));
    const { t: plain } = await both(page(`{ AND: [${inner}] }`));
    expect(t.data).toEqual(plain.data);
    expect(t.data!.reformMeasures.totalCount).toBeGreaterThan(0);
    expect(t.data!.reformMeasures.totalCount).toBe(t.data!.reformMeasures.nodes.length);
  });

  it('reads page and total in one pass when anchored, paging with cursors exactly as the batched strategy, to an empty last page', async () => {
    // Shanghai's measures with an e in their name, three at a time, by English name
    // descending, each with its fields (a planned level beneath): tree (one pass over the
    // anchor's matches) and batched (a count and a page) must agree on every page.
    const PAGE = `query P($after: String) { reformMeasures(where: { zones_some: { id: "zone:shanghai" }, nameEn_contains: "e" }, first: 3, after: $after, orderBy: [{ field: NAME_EN, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id nameEn fields { nodes { id } } } } }`;
    type Page = { reformMeasures: Conn<{ id: string; nameEn: string }> & { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const { t: all } = await both<{ reformMeasures: Conn<{ id: string }> }>(
      '{ reformMeasures(where: { zones_some: { id: "zone:shanghai" }, nameEn_contains: "e" }, first: 100, orderBy: [{ field: NAME_EN, direction: DESC }]) { totalCount nodes { id } } }',
    );
    const total = all.data!.reformMeasures.totalCount;
    expect(total).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const answer: { t: GraphQLResponse<Page> } = await both<Page>(PAGE, { after });
      const conn: Page['reformMeasures'] = answer.t.data!.reformMeasures;
      expect(conn.totalCount).toBe(total);
      seen.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.reformMeasures.nodes.map((n) => n.id));
    // After the last item: an empty page that still counts every match.
    const { t: past } = await both<Page>(PAGE, { after: (await both<Page>(PAGE.replace('first: 3', 'first: 100'), { after: null })).t.data!.reformMeasures.pageInfo.endCursor });
    expect(past.data!.reformMeasures).toMatchObject({ totalCount: total, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    // No match at all.
    const { t: none } = await both<Page>(PAGE.replace('zone:shanghai', 'zone:no-such-zone'), { after: null });
    expect(none.data!.reformMeasures).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('keeps the other conditions on the related node, and lists each node once', async () => {
    const { t } = await both<{ zones: Conn }>(
      '{ zones(where: { industries_some: { id: "industry:biomedicine", nameEn_contains: "medic" } }, first: 100) { totalCount nodes { id } } }',
    );
    const { t: plain } = await both(
      '{ zones(where: { AND: [{ industries_some: { id: "industry:biomedicine", nameEn_contains: "medic" } }] }, first: 100) { totalCount nodes { id } } }',
    );
    expect(t.data).toEqual(plain.data);
    const ids = t.data!.zones.nodes.map((z: { id: string }) => z.id);
    expect(ids).toContain('zone:shanghai');
    expect(new Set(ids).size).toBe(ids.length);
    const { t: none } = await both<{ zones: Conn }>('{ zones(where: { industries_some: { id: "industry:biomedicine", nameEn_contains: "no such name" } }) { totalCount } }');
    expect(none.data!.zones.totalCount).toBe(0);
  });
});

describe('edges and their links', () => {
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
  type Field = { name: string; type: TypeRef };
  const INTROSPECT = `{ __schema { types { kind name fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } enumValues { name } } } }`;
  const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);

  it('relationship fields return *LinkConnection, whose edges have `link: Link!`; root lists return edges without a link', async () => {
    const r = await gql<{ __schema: { types: unknown } }>(tree, INTROSPECT);
    expect(r.errors).toBeUndefined();
    const types = new Map((r.data!.__schema.types as Array<{ kind: string; name: string; fields: Field[] | null }>).map((t) => [t.name, t]));
    const fieldsOf = (name: string) => types.get(name)!.fields!;
    const entities = ['Zone', 'ZoneArea', 'PolicyDocument', 'Authority', 'Person', 'ReformField', 'ReformMeasure', 'Industry', 'IndustrialCluster', 'Source'];
    let relationFields = 0;
    for (const entity of entities)
      for (const f of fieldsOf(entity)) {
        const returns = named(f.type);
        if (!returns.endsWith('Connection') || ['ObservationConnection', 'SourceConnection'].includes(returns)) continue;
        relationFields++;
        expect(returns, `${entity}.${f.name}`).toMatch(/LinkConnection$/);
        const edge = named(fieldsOf(returns).find((e) => e.name === 'edges')!.type);
        const link = fieldsOf(edge).find((e) => e.name === 'link')!;
        expect({ field: `${entity}.${f.name}`, kind: link.type.kind, of: link.type.ofType?.name }).toEqual({ field: `${entity}.${f.name}`, kind: 'NON_NULL', of: 'Link' });
      }
    expect(relationFields).toBeGreaterThan(30);
    for (const root of ['zones', 'policyDocuments', 'reformMeasures', 'reformFields', 'industries', 'industrialClusters', 'authorities', 'people']) {
      const returns = named(fieldsOf('Query').find((f) => f.name === root)!.type);
      expect(returns).not.toMatch(/LinkConnection$/);
      const edge = named(fieldsOf(returns).find((e) => e.name === 'edges')!.type);
      expect(
        fieldsOf(edge).map((e) => e.name),
        root,
      ).toEqual(['cursor', 'node']);
    }
  });

  it('Link.type is the RelationshipType enum: every stored type and the derived CLUSTERED_IN', async () => {
    const r = await gql<{ __schema: { types: unknown } }>(tree, INTROSPECT);
    const types = r.data!.__schema.types as Array<{ name: string; fields: Field[] | null; enumValues: Array<{ name: string }> | null }>;
    const type = types.find((t) => t.name === 'Link')!.fields!.find((f) => f.name === 'type')!.type;
    expect(type).toMatchObject({ kind: 'NON_NULL', ofType: { kind: 'ENUM', name: 'RelationshipType' } });
    const values = types.find((t) => t.name === 'RelationshipType')!.enumValues!.map((v) => v.name);
    expect(values.sort()).toEqual([...RELATIONSHIP_TYPES, ...DERIVED_LINK_TYPES].sort());
  });

  it('every relationship edge has its link, derived ones included, the same in both strategies', async () => {
    type Linked = { node: { id: string }; link: { type: string } };
    const { t } = await both<{
      zone: { areas: Edges<Linked>; measures: Edges<Linked>; industries: Edges<Linked> };
      industry: { zones: Edges<Linked> };
      node: { supports: Edges<Linked> };
      zones: Edges<Linked>;
    }>(`{
      zone(id: "zone:shanghai") {
        areas { edges { node { id } link { type direction } } }
        measures(first: 2) { edges { link { type } } }
        industries(first: 3) { edges { node { id } link { type direction verified sources { id } } } }
      }
      industry(id: "industry:biomedicine") { zones(first: 3) { edges { node { id } link { type direction sources { id } } } } }
      node(id: "source:w-sh") { ... on Source { supports(first: 2) { edges { link { type direction } } } } }
      zones(first: 2) { edges { cursor node { id } } }
    }`);
    expect(t.errors).toBeUndefined();
    const zone = t.data!.zone;
    expect(zone.areas.edges.map((e: { link: unknown }) => e.link)).toContainEqual({ type: 'HAS_AREA', direction: 'OUTGOING' });
    expect(zone.areas.edges.every((e: { link: { type: string } }) => e.link.type === 'HAS_AREA')).toBe(true);
    expect(zone.measures.edges).toEqual([{ link: { type: 'PILOTED_IN' } }, { link: { type: 'PILOTED_IN' } }]);
    // Derived through clusters: an honest type of its own, no sources, industry → zone.
    expect(zone.industries.edges.length).toBe(3);
    for (const e of zone.industries.edges) expect(e.link).toEqual({ type: 'CLUSTERED_IN', direction: 'INCOMING', verified: true, sources: [] });
    const industryZones = t.data!.industry.zones.edges as Array<{ node: { id: string }; link: unknown }>;
    expect(industryZones.length).toBeGreaterThan(0);
    for (const e of industryZones) expect(e.link).toEqual({ type: 'CLUSTERED_IN', direction: 'OUTGOING', sources: [] });
    expect(t.data!.node.supports.edges).toEqual([{ link: { type: 'SOURCED_FROM', direction: 'INCOMING' } }, { link: { type: 'SOURCED_FROM', direction: 'INCOMING' } }]);
    expect(t.data!.zones.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['zone:anhui', 'zone:beijing']);
  });
  it("reads links' sources with their links (the graph view's expand) in 1 query: the same sources, in the order of the link's ids, as the batched strategy", async () => {
    type Sourced = { node: { id: string }; link: { sources: Array<{ id: string; publishedOn: string | null }> } };
    const EXPAND = `query($id: ID!) {
      zone(id: $id) {
        measures(first: 100) { totalCount edges { node { id } link { type from sources { __typename id code title url publisher publishedOn note } } } }
        documents { edges { link { sources { id } } } }
      }
    }`;
    const zones = ['zone:shanghai', 'zone:hainan-ftp', 'zone:guangdong', 'zone:fujian'];
    const answers = await Promise.all(zones.map((id) => both<{ zone: { measures: Edges<Sourced>; documents: Edges<Sourced> } }>(EXPAND, { id })));
    const edges = answers.flatMap(({ t }) => [...t.data!.zone.measures.edges, ...t.data!.zone.documents.edges]);
    for (const { t, b } of answers) {
      expect(t.extensions?.neo4j?.queries).toBe(1);
      expect(b.extensions?.neo4j?.queries).toBeGreaterThan(1);
    }
    const sources = edges.flatMap((e) => e.link.sources);
    expect(sources.length).toBeGreaterThan(20);
    // Dates at their stored precision, as the entity loader's records give them.
    expect(sources.filter((s) => s.publishedOn).every((s) => /^\d{4}(-\d{2}){0,2}$/.test(s.publishedOn!))).toBe(true);
    // Links with several sources: their order is the ids' (compared with batched above).
    expect(edges.some((e) => e.link.sources.length > 1)).toBe(true);
    // More than properties of the sources: the entity loader reads them, one more query.
    const deeper = await both(`{ zone(id: "zone:shanghai") { measures(first: 3) { edges { link { sources { id supports(first: 1) { totalCount } } } } } } }`);
    expect(deeper.t.extensions?.neo4j?.queries).toBeGreaterThan(1);
  });
});
