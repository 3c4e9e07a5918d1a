// Root fields, search and the round-trip bound, over HTTP against the real server and seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const ids = (conn: { nodes: Array<{ id: string }> }) => conn.nodes.map((n) => n.id);

/** A connection as these tests select it. */
type Conn<T = { id: string }> = { totalCount: number; nodes: T[] };

describe('root fields', () => {
  it('zones: 22 pilot FTZs and one free trade port, with filters and totalCount', async () => {
    const r = await gql<Record<'all' | 'pilot' | 'port' | 'batch1' | 'batch3' | 'batch6' | 'launched2020', Conn>>(
      app,
      `{
      all: zones(first: 100) { totalCount nodes { id kind batch } }
      pilot: zones(where: { kind: PILOT_FREE_TRADE_ZONE }) { totalCount }
      port: zones(where: { kind: FREE_TRADE_PORT }) { nodes { id nameZh batch } }
      batch1: zones(where: { batch: 1 }) { nodes { id } }
      batch3: zones(where: { batch: 3 }, first: 100) { totalCount }
      batch6: zones(where: { batch_in: [6] }) { nodes { id } }
      launched2020: zones(where: { launchedOn_gte: "2020-01-01", kind: PILOT_FREE_TRADE_ZONE }, first: 100) { nodes { id } }
    }`,
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(d.all.totalCount).toBe(23);
    expect(d.pilot.totalCount).toBe(22);
    expect(d.port.nodes).toEqual([{ id: 'zone:hainan-ftp', nameZh: expect.stringContaining('海南自由贸易港'), batch: null }]);
    expect(ids(d.batch1)).toEqual(['zone:shanghai']);
    expect(d.batch3.totalCount).toBe(7);
    expect(ids(d.batch6)).toEqual(['zone:anhui', 'zone:beijing', 'zone:hunan']);
    expect(ids(d.launched2020)).toEqual(['zone:anhui', 'zone:beijing', 'zone:hunan', 'zone:xinjiang']);
  });

  it('zone(id): Shanghai with its names, batch and dates from the fact sheet', async () => {
    const r = await gql<{ zone: { areas: Conn; sources: Conn } }>(
      app,
      `{ zone(id: "zone:shanghai") {
      id kind nameEn nameZh batch launchedOn approvedOn areaKm2
      areas(first: 100) { nodes { id nameEn establishedOn } }
      sources { totalCount nodes { id url } }
    } }`,
    );
    expect(r.errors).toBeUndefined();
    const z = r.data!.zone;
    expect(z).toMatchObject({
      id: 'zone:shanghai',
      kind: 'PILOT_FREE_TRADE_ZONE',
      nameZh: '中国(上海)自由贸易试验区',
      batch: 1,
      launchedOn: '2013-09-29',
      approvedOn: '2013-08-22',
    });
    expect(z.areas.nodes).toContainEqual(expect.objectContaining({ id: 'area:shanghai-lingang', establishedOn: '2019-08-20' }));
    expect(z.sources.totalCount).toBeGreaterThan(0);
  });

  it('keyset pagination walks every zone exactly once, in id order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: { data?: { zones: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await gql(
        app,
        'query($after: String) { zones(first: 5, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const conn = r.data!.zones;
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(23);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(23);
  });

  it('policyDocument(s): 国发〔2020〕10号 applies to Beijing, Hunan, Anhui and Zhejiang, issued by the State Council', async () => {
    const r = await gql<{ policyDocument: { docNumber: string; zones: Conn; issuers: Conn }; negativeLists: Conn<{ itemCount: number | null }> }>(
      app,
      `{
      policyDocument(id: "document:guofa-2020-10") { docNumber issuedOn zones(first: 50) { nodes { id } } issuers { nodes { id nameEn } } }
      negativeLists: policyDocuments(where: { kind: NEGATIVE_LIST }, first: 100) { totalCount nodes { id itemCount } }
    }`,
    );
    expect(r.errors).toBeUndefined();
    const doc = r.data!.policyDocument;
    expect(doc.docNumber).toBe('国发〔2020〕10号');
    expect(ids(doc.zones)).toEqual(expect.arrayContaining(['zone:beijing', 'zone:hunan', 'zone:anhui', 'zone:zhejiang']));
    expect(ids(doc.issuers)).toEqual(['authority:state-council']);
    const counts = r.data!.negativeLists.nodes.map((n: { itemCount: number | null }) => n.itemCount);
    expect(counts).toEqual(expect.arrayContaining([190, 139, 122, 95, 45, 37, 30, 27]));
  });

  it('authority(ies): MOFCOM, with people who work for it', async () => {
    const r = await gql<{ authority: { nameZh: string; people: { edges: Array<{ link: { type: string } }> } }; authorities: Conn }>(
      app,
      `{
      authority(id: "authority:mofcom") { nameEn nameZh people(first: 50) { nodes { id } edges { link { type title } } } }
      authorities(first: 100) { totalCount }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.authority.nameZh).toBe('商务部');
    expect(r.data!.authority.people.edges.every((e: { link: { type: string } }) => e.link.type === 'WORKS_FOR')).toBe(true);
    expect(r.data!.authorities.totalCount).toBeGreaterThanOrEqual(6);
  });

  it('industry(ies) and industrialCluster(s): the three focus industries, their chains and clusters', async () => {
    const r = await gql<{ top: Conn; bulk: { nameZh: string }; zhoushan: { zone: { id: string } }; clusters: Conn }>(
      app,
      `{
      top: industries(where: { topLevel: true }, first: 100) { nodes { id } }
      bulk: industry(id: "industry:bulk-commodities") { nameZh clusters(first: 50) { nodes { id zone { id } } } }
      zhoushan: industrialCluster(id: "cluster:zhoushan-oil-gas-hub") { zone { id } industries { nodes { id } } observations(first: 50) { nodes { metric value unit asOf } } }
      clusters: industrialClusters(first: 100) { totalCount }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.top)).toEqual(expect.arrayContaining(['industry:biomedicine', 'industry:bulk-commodities', 'industry:marine-economy']));
    expect(r.data!.bulk.nameZh).toBe('大宗商品');
    expect(r.data!.zhoushan.zone.id).toBe('zone:zhejiang');
    expect(r.data!.clusters.totalCount).toBeGreaterThanOrEqual(6);
  });

  it('reformMeasure(s) and reformFields', async () => {
    const r = await gql<{ reformMeasures: Conn<{ zones: { edges: Array<{ link: { type: string; sources: unknown[] } }> } }>; reformFields: Conn }>(
      app,
      `{
      reformMeasures(first: 100) { totalCount nodes { id zones(first: 50) { edges { node { id } link { type first from sources { id } } } } } }
      reformFields(first: 100) { nodes { id } }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.reformFields)).toEqual(expect.arrayContaining(['field:trade', 'field:investment', 'field:finance']));
    const pilots = r.data!.reformMeasures.nodes.flatMap((m: { zones: { edges: Array<{ link: { type: string; sources: unknown[] } }> } }) => m.zones.edges);
    expect(pilots.length).toBeGreaterThan(0);
    for (const edge of pilots) {
      expect(edge.link.type).toBe('PILOTED_IN');
      expect(edge.link.sources.length).toBeGreaterThan(0);
    }
  });

  it('node(id) resolves any entity type by its id', async () => {
    const r = await gql(
      app,
      `{
      a: node(id: "zone:beijing") { __typename id }
      b: node(id: "area:shanghai-lingang") { __typename id }
      c: node(id: "industry:biomedicine") { __typename }
      d: node(id: "authority:state-council") { __typename }
      e: node(id: "source:w-sh") { __typename ... on Source { code } }
    }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      a: { __typename: 'Zone', id: 'zone:beijing' },
      b: { __typename: 'ZoneArea', id: 'area:shanghai-lingang' },
      c: { __typename: 'Industry' },
      d: { __typename: 'Authority' },
      e: { __typename: 'Source', code: 'W-SH' },
    });
  });

  it('observations: the nationwide replication count over time, oldest first', async () => {
    const r = await gql<{ observations: Conn<{ value: number }> }>(
      app,
      `{ observations(where: { metric: "reforms-replicated-nationwide" }, first: 50) { nodes { value asOf sources { id } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const values = r.data!.observations.nodes.map((n: { value: number }) => n.value);
    expect(values).toEqual(expect.arrayContaining([260, 278, 302, 349, 485]));
    // 173 was replicated during 2016–2020, not a running total: it has its own metric.
    expect(values).not.toContain(173);
  });
});

describe('search', () => {
  it.each([
    ['English', 'Shanghai', 'zone:shanghai'],
    ['Chinese', '上海', 'zone:shanghai'],
    ['Chinese industry', '生物医药', 'industry:biomedicine'],
    ['a document number', '国发〔2020〕10号', 'document:guofa-2020-10'],
    ['English, lowercase', 'biomedicine', 'industry:biomedicine'],
  ])('finds %s text (%s) with a score', async (_lang, text, expectedId) => {
    const r = await gql(app, 'query($text: String!) { search(text: $text, first: 10) { score node { id } } }', { text });
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search as Array<{ score: number; node: { id: string } }>;
    expect(hits.map((h) => h.node.id)).toContain(expectedId);
    expect(hits.every((h) => h.score > 0)).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('filters by type', async () => {
    const r = await gql<{ search: Array<{ node: { __typename: string } }> }>(app, '{ search(text: "Hainan", types: [POLICY_DOCUMENT]) { node { __typename } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.search.length).toBeGreaterThan(0);
    expect(new Set(r.data!.search.map((h: { node: { __typename: string } }) => h.node.__typename))).toEqual(new Set(['PolicyDocument']));
  });

  it('treats Lucene and Cypher syntax as plain text', async () => {
    for (const text of ['Shanghai") RETURN 1 //', 'a:b AND NOT c*', "'; MATCH (n) DETACH DELETE n; //", '`x`']) {
      const r = await gql(app, 'query($text: String!) { search(text: $text) { score } }', { text });
      expect(r.errors, text).toBeUndefined();
    }
  });
});

describe('round trips to Neo4j', () => {
  const dashboard = (args: string) => `{
    zones(${args}) { nodes { id
      clusters(first: 20) { nodes { id
        industries(first: 10) { nodes { id
          measures(first: 10) { totalCount nodes { id } } } } } } } } }`;

  it('a four-level dashboard query costs the same number of queries for 1 zone or all 23', async () => {
    const small = await gql(app, dashboard('first: 1, where: { id: "zone:zhejiang" }'));
    const large = await gql<{ zones: Conn<{ clusters: { nodes: unknown[] } }> }>(app, dashboard('first: 23'));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    // One statement: the zones page with clusters, industries and measures (page and count) beneath.
    expect(large.extensions?.neo4j?.queries).toBe(1);
    expect(small.extensions?.neo4j?.queries).toBe(1);
    expect(large.extensions?.neo4j?.timeMs).toBeGreaterThan(0);
    const clusters = large.data!.zones.nodes.flatMap((z: { clusters: { nodes: unknown[] } }) => z.clusters.nodes);
    expect(clusters.length).toBeGreaterThan(5);
  });

  it('sources on links are read with the links; asked for more than properties, they are batched across the whole level', async () => {
    const r = await gql(app, '{ industries(first: 100) { nodes { downstream(first: 20) { edges { link { flow editorial sources { id title } } } } } } }');
    expect(r.errors).toBeUndefined();
    // The industries page, their downstream pages and the links' sources: one statement.
    expect(r.extensions?.neo4j?.queries).toBe(1);
    const deeper = await gql(app, '{ industries(first: 100) { nodes { downstream(first: 20) { edges { link { sources { id supports(first: 1) { totalCount } } } } } } } }');
    expect(deeper.errors).toBeUndefined();
    // Then one batch of sources (entity loader) and one of their supports, whatever the number of links.
    expect(deeper.extensions?.neo4j?.queries).toBe(3);
  });
});
