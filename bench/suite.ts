// The benchmark's fixed suite: twelve operations, each asked three ways of the same Neo4j
// and data: this project's GraphQL API (queries in bench/queries/ours/*.graphql), the
// @neo4j/graphql server (bench/neo4j-graphql) and the floor (bench/floor: one hand-written
// Cypher statement per operation). Each operation also says how to summarise an answer
// (`signature`), so the run can check that the three servers answered the same question.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DashboardNewsTimelineDocument, EntityZoneDocument } from '../explorer/src/__generated__/graphql.js';
import { SYNTHETIC_IDS } from './generate.js';

export type ServerName = 'ours' | 'neo4jGraphql' | 'floor';
export const SERVERS: ServerName[] = ['ours', 'neo4jGraphql', 'floor'];
export const SERVER_TITLES: Record<ServerName, string> = { ours: 'this API', neo4jGraphql: '@neo4j/graphql 7', floor: 'floor (driver + Cypher)' };

/** Ids and values the operations ask about; all exist at every scale of the generator. */
export const SUITE_PARAMS = {
  zoneId: SYNTHETIC_IDS.zone(1),
  chainIndustryId: SYNTHETIC_IDS.industry(1),
  pathFrom: SYNTHETIC_IDS.zone(2),
  pathTo: SYNTHETIC_IDS.industry(100),
  searchText: '生物医药 biomedicine',
  field: 'field:investment',
  launchedBefore: '2017-12-31',
  pageSize: 20,
  overviewPageSize: 100,
  deepPage: 50,
  groups: 1000,
  /** The news filter's first day: about a third of the synthetic items (2020–2026) are on or after it. */
  newsSince: '2024-01-01',
};

/** Values found once before loading (cursors for the deep page). */
export interface SetupValues {
  /** Our API's endCursor after 49 pages, walked with real cursors. */
  oursDeepCursor?: string;
  /** @neo4j/graphql's cursor for offset 979 (its cursors encode offsets). */
  neo4jGraphqlDeepCursor: string;
  /** The id of the 980th measure by id: the floor's keyset. */
  floorDeepAfter: string;
}

export interface Operation {
  name: string;
  title: string;
  /** A paginated or filtered list: its latency should stay roughly flat across scales. */
  list: boolean;
  ours: { document: string; variables: (s: SetupValues) => Record<string, unknown> };
  neo4jGraphql: { document: string; variables: (s: SetupValues) => Record<string, unknown> };
  floor: { operation: string; params: (s: SetupValues) => Record<string, unknown> };
  /** A short summary of an answer's data (sizes, first ids), comparable across servers. */
  signature: (server: ServerName, data: any) => string;
}

const oursDocument = (name: string) => readFileSync(new URL(`./queries/ours/${name}.graphql`, import.meta.url), 'utf8');
const p = SUITE_PARAMS;
const len = (x: unknown) => (Array.isArray(x) ? x.length : 0);
const sum = (xs: unknown[], f: (x: any) => number) => xs.reduce<number>((a, x) => a + f(x), 0);
const PRECISION_LENGTH: Record<string, number> = { YEAR: 4, MONTH: 7, DAY: 10 };
/** Every row, in order, hashed: the same sizes could hide different rows. */
const digest = (rows: string[]) => createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 8);

export const SUITE: Operation[] = [
  {
    name: 'dashboard',
    title: 'Zone dashboard (areas, documents + issuers, clusters + industries, 20 measures)',
    list: false,
    ours: { document: oursDocument('dashboard'), variables: () => ({ id: p.zoneId }) },
    neo4jGraphql: {
      document: `query Dashboard($id: ID!) {
  zones(where: { id: { eq: $id } }) {
    id nameEn nameZh shortName launchedOn
    areas(limit: 20, sort: [{ id: ASC }]) { id nameEn areaKm2 }
    documents(limit: 20, sort: [{ id: ASC }]) { id titleEn issuers(limit: 20, sort: [{ id: ASC }]) { id nameEn } }
    clusters(limit: 20, sort: [{ id: ASC }]) { id nameEn industries(limit: 20, sort: [{ id: ASC }]) { id nameEn } }
    measures(limit: 20, sort: [{ id: ASC }]) { id nameEn }
  }
}`,
      variables: () => ({ id: p.zoneId }),
    },
    floor: { operation: 'dashboard', params: () => ({ id: p.zoneId }) },
    signature: (server, data) => {
      const z = server === 'ours' ? data?.zone : server === 'neo4jGraphql' ? data?.zones?.[0] : data;
      if (!z) return 'no zone';
      const list = (x: any) => (server === 'ours' ? (x?.nodes ?? []) : (x ?? []));
      const docs = list(z.documents);
      const clusters = list(z.clusters);
      const measures = list(z.measures);
      return `areas ${len(list(z.areas))}, documents ${len(docs)} (issuers ${sum(docs, (d) => len(list(d.issuers)))}), clusters ${len(clusters)} (industries ${sum(clusters, (c) => len(list(c.industries)))}), measures ${len(measures)} from ${measures[0]?.id}`;
    },
  },
  {
    name: 'zonesOverview',
    title: 'All-zones overview (100 zones, 4 related counts each, total)',
    list: true,
    ours: { document: oursDocument('zonesOverview'), variables: () => ({ first: p.overviewPageSize }) },
    neo4jGraphql: {
      document: `query ZonesOverview($first: Int!) {
  zonesConnection(first: $first, sort: [{ id: ASC }]) {
    totalCount
    edges { node {
      id nameEn
      areasConnection { totalCount }
      documentsConnection { totalCount }
      measuresConnection { totalCount }
      clustersConnection { totalCount }
    } }
  }
}`,
      variables: () => ({ first: p.overviewPageSize }),
    },
    floor: { operation: 'zonesOverview', params: () => ({ first: p.overviewPageSize }) },
    signature: (server, data) => {
      if (server === 'ours') {
        const c = data?.zones;
        return `total ${c?.totalCount}, zones ${len(c?.nodes)}, measures ${sum(c?.nodes ?? [], (z) => z.measures?.totalCount ?? 0)}`;
      }
      if (server === 'neo4jGraphql') {
        const c = data?.zonesConnection;
        return `total ${c?.totalCount}, zones ${len(c?.edges)}, measures ${sum(c?.edges ?? [], (e) => e.node.measuresConnection?.totalCount ?? 0)}`;
      }
      return `total ${data?.totalCount}, zones ${len(data?.nodes)}, measures ${sum(data?.nodes ?? [], (z) => z.measures ?? 0)}`;
    },
  },
  {
    name: 'researcherFilter',
    title: 'Researcher filter (field + zone launch date, sort by name desc, page 1 of 20, totalCount)',
    list: true,
    ours: { document: oursDocument('researcherFilter'), variables: () => ({ field: p.field, launchedBefore: p.launchedBefore, first: p.pageSize }) },
    neo4jGraphql: {
      document: `query ResearcherFilter($field: ID!, $launchedBefore: Date!, $first: Int!) {
  reformMeasuresConnection(
    where: { fields: { some: { id: { eq: $field } } }, zones: { some: { launchedOn: { lte: $launchedBefore } } } }
    sort: [{ nameEn: DESC }, { id: DESC }]
    first: $first
  ) {
    totalCount
    edges { node { id nameEn } }
    pageInfo { endCursor }
  }
}`,
      variables: () => ({ field: p.field, launchedBefore: p.launchedBefore, first: p.pageSize }),
    },
    floor: { operation: 'researcherFilter', params: () => ({ field: p.field, launchedBefore: p.launchedBefore, first: p.pageSize }) },
    signature: (server, data) => {
      const c = server === 'ours' ? data?.reformMeasures : server === 'neo4jGraphql' ? data?.reformMeasuresConnection : data;
      const nodes = server === 'neo4jGraphql' ? (c?.edges ?? []).map((e: any) => e.node) : (c?.nodes ?? []);
      return `total ${c?.totalCount}, page ${len(nodes)} from ${nodes[0]?.id}`;
    },
  },
  {
    name: 'chain',
    title: 'Industrial chain, 3 hops downstream',
    list: false,
    ours: { document: oursDocument('chain'), variables: () => ({ id: p.chainIndustryId }) },
    neo4jGraphql: {
      document: `query Chain($id: ID!) {
  industryChainDownstream(id: $id) {
    nodes { depth industry { id nameEn } }
    links { from to flow }
  }
}`,
      variables: () => ({ id: p.chainIndustryId }),
    },
    floor: { operation: 'chain', params: () => ({ id: p.chainIndustryId }) },
    signature: (server, data) => {
      const c = server === 'ours' ? data?.industryChain : server === 'neo4jGraphql' ? data?.industryChainDownstream : data;
      // Our API also lists the root itself (depth 0); the others list what is downstream.
      const nodes = (c?.nodes ?? []).filter((n: any) => n.depth > 0);
      return `industries ${len(nodes)} (depth 3: ${nodes.filter((n: any) => n.depth === 3).length}), links ${len(c?.links)}`;
    },
  },
  {
    name: 'path',
    title: 'Shortest path zone → industry (≤ 4 hops)',
    list: false,
    ours: { document: oursDocument('path'), variables: () => ({ from: p.pathFrom, to: p.pathTo }) },
    neo4jGraphql: {
      document: `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { length nodes links { from to type } }
}`,
      variables: () => ({ from: p.pathFrom, to: p.pathTo }),
    },
    floor: { operation: 'path', params: () => ({ from: p.pathFrom, to: p.pathTo }) },
    signature: (server, data) => {
      const path = server === 'ours' ? data?.paths?.[0] : server === 'neo4jGraphql' ? data?.shortestPath : data;
      return path ? `length ${path.length}` : 'no path';
    },
  },
  {
    name: 'search',
    title: 'Bilingual full-text search (生物医药 biomedicine), top 10',
    list: false,
    ours: { document: oursDocument('search'), variables: () => ({ text: p.searchText, first: 10 }) },
    neo4jGraphql: {
      document: `query Search($text: String!, $first: Int!) {
  entitySearch(text: $text, first: $first) { score id label name }
}`,
      variables: () => ({ text: p.searchText, first: 10 }),
    },
    floor: { operation: 'search', params: () => ({ text: p.searchText, first: 10 }) },
    signature: (server, data) => {
      const hits = server === 'ours' ? data?.search : server === 'neo4jGraphql' ? data?.entitySearch : data;
      return `hits ${len(hits)}`;
    },
  },
  {
    name: 'deepPage',
    title: 'Deep page: measures page 50 (items 981-1000 by id)',
    list: true,
    ours: { document: oursDocument('deepPage'), variables: (s) => ({ first: p.pageSize, after: s.oursDeepCursor }) },
    neo4jGraphql: {
      document: `query DeepPage($first: Int!, $after: String) {
  reformMeasuresConnection(first: $first, after: $after, sort: [{ id: ASC }]) {
    edges { node { id nameEn } }
    pageInfo { endCursor hasNextPage }
  }
}`,
      variables: (s) => ({ first: p.pageSize, after: s.neo4jGraphqlDeepCursor }),
    },
    floor: { operation: 'deepPage', params: (s) => ({ first: p.pageSize, after: s.floorDeepAfter }) },
    signature: (server, data) => {
      const nodes = server === 'ours' ? data?.reformMeasures?.nodes : server === 'neo4jGraphql' ? data?.reformMeasuresConnection?.edges?.map((e: any) => e.node) : data?.nodes;
      return `page ${len(nodes)} from ${nodes?.[0]?.id}`;
    },
  },
  {
    // A measure with no zone (or no field) counts in a 'none' group on that dimension, as our API
    // documents (GroupKey: all null for the 'none' group); the other two ask the same question
    // (OPTIONAL MATCH), so all three return the same groups. Until 2026-12-02 they matched
    // measures with both only: 524 groups at the small scale against our 530, the 6 being
    // (none, field) groups of the curated seed's 19 measures piloted in no zone (the 7th
    // replication batch's, replicated nationwide, and one more).
    name: 'groupedCount',
    title: "Grouped count: measures by zone × field, 'none' groups included (largest 1,000 groups)",
    list: false,
    ours: { document: oursDocument('groupedCount'), variables: () => ({ first: p.groups }) },
    neo4jGraphql: {
      document: `query GroupedCount($first: Int!) {
  reformMeasureCountsByZoneAndField(first: $first) { zone field count }
}`,
      variables: () => ({ first: p.groups }),
    },
    floor: { operation: 'groupedCount', params: () => ({ first: p.groups }) },
    signature: (server, data) => {
      const list = (x: unknown): any[] => (Array.isArray(x) ? x : []);
      const groups: Array<{ zone: string | null; field: string | null; count: number }> =
        server === 'ours'
          ? list(data?.reformMeasureCounts).map((g) => ({ zone: g.keys?.[0]?.node?.id ?? null, field: g.keys?.[1]?.node?.id ?? null, count: g.count }))
          : list(server === 'neo4jGraphql' ? data?.reformMeasureCountsByZoneAndField : data);
      // Every group, in order, hashed: the same sizes could hide different groups.
      const digest = createHash('sha256')
        .update(groups.map((g) => `${g.zone ?? '-'} ${g.field ?? '-'} ${g.count}`).join('\n'))
        .digest('hex')
        .slice(0, 8);
      const none = groups.filter((g) => g.zone === null || g.field === null).length;
      return `groups ${groups.length} (${none} 'none'), largest ${groups[0]?.count}, all ${digest}`;
    },
  },
  {
    // The explorer's graph view expanding a zone's measures: what fetchKindPage sends (the zone
    // page's whole document, every list's flag false but `measures`). @neo4j/graphql answers the
    // link's `sources` as the ids stored on the relationship (it cannot join a list property to
    // Source nodes); ours and the floor read the Source nodes. The signature compares the ids.
    name: 'neighbourhoodExpand',
    title: "Graph-view expand: one zone's measures, page of 20 with totalCount, links and their sources",
    list: true,
    ours: {
      // The explorer's own document (its generated operation), so the benchmark measures what the graph view sends.
      document: String(EntityZoneDocument),
      variables: () => ({ id: p.zoneId, first: p.pageSize, areas: false, documents: false, clusters: false, industries: false, news: false, observations: false, sources: false }),
    },
    neo4jGraphql: {
      document: `query NeighbourhoodExpand($id: ID!, $first: Int!) {
  zones(where: { id: { eq: $id } }) {
    id nameEn nameZh kind shortName province batch approvedOn launchedOn areaKm2 verified
    measuresConnection(first: $first, sort: [{ node: { id: ASC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id nameEn nameZh } properties { sources verified from fromPrecision first } }
    }
  }
}`,
      variables: () => ({ id: p.zoneId, first: p.pageSize }),
    },
    floor: { operation: 'neighbourhoodExpand', params: () => ({ id: p.zoneId, first: p.pageSize }) },
    signature: (server, data) => {
      const z = server === 'ours' ? data?.node : server === 'neo4jGraphql' ? data?.zones?.[0] : data;
      const c = server === 'neo4jGraphql' ? z?.measuresConnection : z?.measures;
      const edges: any[] = c?.edges ?? [];
      const rows = edges.map((e) => {
        const link = server === 'neo4jGraphql' ? e.properties : e.link;
        const sources: string[] = (link?.sources ?? []).map((x: any) => (typeof x === 'string' ? x : x.id)).sort();
        // Our API (and the floor) write a partial date by its precision (`2020-07`); the library
        // answers the stored day (`2020-07-01`) and the precision beside it.
        const from = server === 'neo4jGraphql' && link?.from ? String(link.from).slice(0, PRECISION_LENGTH[link.fromPrecision] ?? 10) : link?.from;
        return `${e.node?.id} ${e.node?.nameEn} ${e.node?.nameZh} ${link?.verified} ${from ?? '-'} ${link?.first} ${sources.join(',')}`;
      });
      return `zone ${z?.id}, total ${c?.totalCount}, page ${len(edges)} from ${edges[0]?.node?.id}, all ${digest(rows)}`;
    },
  },
  {
    // The dashboard's chart 4. Like our API (src/graph/aggregates.ts): 'none' groups counted
    // (OPTIONAL MATCH), largest first, ties by industry id then zone id, nulls last.
    name: 'dashboardChart',
    title: 'Dashboard chart 4: clusters by industry × zone with label fields (largest 1,000 groups)',
    list: false,
    ours: { document: oursDocument('dashboardChart'), variables: () => ({ first: p.groups }) },
    neo4jGraphql: {
      document: `query DashboardClustersByIndustry($first: Int!) {
  industrialClusterCountsByIndustryAndZone(first: $first) { count industry { id nameEn nameZh } zone { id nameEn nameZh shortName } }
}`,
      variables: () => ({ first: p.groups }),
    },
    floor: { operation: 'dashboardChart', params: () => ({ first: p.groups }) },
    signature: (server, data) => {
      const list = (x: unknown): any[] => (Array.isArray(x) ? x : []);
      const groups: Array<{ industry: any; zone: any; count: number }> =
        server === 'ours'
          ? list(data?.industrialClusterCounts).map((g) => ({ industry: g.keys?.[0]?.node ?? null, zone: g.keys?.[1]?.node ?? null, count: g.count }))
          : list(server === 'neo4jGraphql' ? data?.industrialClusterCountsByIndustryAndZone : data);
      const rows = groups.map(
        (g) => `${g.industry?.id ?? '-'} ${g.industry?.nameEn} ${g.industry?.nameZh} ${g.zone?.id ?? '-'} ${g.zone?.nameEn} ${g.zone?.nameZh} ${g.zone?.shortName} ${g.count}`,
      );
      const none = groups.filter((g) => !g.industry || !g.zone).length;
      return `groups ${groups.length} (${none} 'none'), largest ${groups[0]?.count}, all ${digest(rows)}`;
    },
  },
  {
    // The dashboard's chart 5, as src/graph/newsTimeline.ts answers it: a zone counts the items
    // naming it or one of its sub-areas, each once; periods without items left out; by period, then zone id.
    name: 'newsTimeline',
    title: 'Dashboard chart 5: news items per year, per zone (sub-areas count for their zone) and over all',
    list: false,
    ours: { document: String(DashboardNewsTimelineDocument), variables: () => ({ period: 'YEAR' }) },
    neo4jGraphql: {
      document: `query DashboardNewsTimeline {
  byZone: newsTimelineByZone { period start count zone { id nameEn nameZh shortName } }
  all: newsTimelineAll { period start count }
}`,
      variables: () => ({}),
    },
    floor: { operation: 'newsTimeline', params: () => ({}) },
    signature: (_server, data) => {
      const byZone: any[] = data?.byZone ?? [];
      const all: any[] = data?.all ?? [];
      const zoneRows = byZone.map((t) => `${t.period} ${t.start} ${t.zone?.id} ${t.zone?.nameEn} ${t.zone?.nameZh} ${t.zone?.shortName} ${t.count}`);
      const allRows = all.map((t) => `${t.period} ${t.start} ${t.count}`);
      return `byZone ${byZone.length} points (${sum(byZone, (t) => t.count)} mentions), all ${all.length} periods (${sum(all, (t) => t.count)} items), hash ${digest([...zoneRows, '', ...allRows])}`;
    },
  },
  {
    // Our API breaks date ties by id (src/graph/paging.ts: n.id last); the others sort so too.
    name: 'newsFilter',
    title: 'News filter (broadcast since 2024, mentions one zone, newest first, page 1 of 20, totalCount)',
    list: true,
    ours: { document: oursDocument('newsFilter'), variables: () => ({ since: p.newsSince, zone: p.zoneId, first: p.pageSize }) },
    neo4jGraphql: {
      document: `query NewsFilter($since: Date!, $zone: ID!, $first: Int!) {
  newsItemsConnection(
    where: { broadcastOn: { gte: $since }, mentionsZones: { some: { id: { eq: $zone } } } }
    sort: [{ broadcastOn: DESC }, { id: ASC }]
    first: $first
  ) {
    totalCount
    edges { node { id broadcastOn headline } }
    pageInfo { endCursor }
  }
}`,
      variables: () => ({ since: p.newsSince, zone: p.zoneId, first: p.pageSize }),
    },
    floor: { operation: 'newsFilter', params: () => ({ since: p.newsSince, zone: p.zoneId, first: p.pageSize }) },
    signature: (server, data) => {
      const c = server === 'ours' ? data?.newsItems : server === 'neo4jGraphql' ? data?.newsItemsConnection : data;
      const nodes: any[] = server === 'neo4jGraphql' ? (c?.edges ?? []).map((e: any) => e.node) : (c?.nodes ?? []);
      return `total ${c?.totalCount}, page ${len(nodes)} from ${nodes[0]?.id}, all ${digest(nodes.map((n) => `${n.id} ${n.broadcastOn} ${n.headline}`))}`;
    },
  },
];

/** graphql-relay's offset cursor, which @neo4j/graphql uses: base64("arrayconnection:<offset>"). */
export function offsetCursor(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`).toString('base64');
}
