// The read mix the load run sends, round robin on every connection: what researchers,
// dashboards and planners ask (README examples), each answerable from the seed graph.
export interface LoadQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const WORKLOAD: LoadQuery[] = [
  {
    name: 'zoneLookup',
    query: 'query($id: ID!) { zone(id: $id) { id nameEn nameZh launchedOn areaKm2 areas { nodes { id nameEn } } } }',
    variables: { id: 'zone:shanghai' },
  },
  {
    name: 'dashboard',
    query: '{ zones(first: 23) { totalCount nodes { id shortName batch areas { totalCount } clusters { nodes { nameEn industries { nodes { nameEn } } } } } } }',
  },
  {
    name: 'search',
    query: 'query($t: String!) { search(text: $t, first: 5) { score node { __typename id } } }',
    variables: { t: '生物医药 biomedicine' },
  },
  {
    name: 'filteredPage',
    query: `{ reformMeasures(where: { fields_some: { id: "field:investment" }, zones_some: { launchedOn_lt: "2018-01-01" } },
        orderBy: [{ field: REPLICATED_NATIONWIDE_ON, direction: DESC }], first: 10) {
      totalCount edges { cursor node { id nameEn zones { nodes { shortName } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'groupedCounts',
    query: '{ reformMeasureCounts(by: [ZONE, FIELD]) { keys { dimension node { id } } count } zoneCounts(by: [BATCH]) { keys { number } count } }',
  },
  {
    name: 'industryChain',
    query:
      '{ industryChain(id: "industry:bulk-commodities", direction: DOWNSTREAM, maxHops: 3) { nodes { depth side industry { nameEn } } links { from { id } to { id } link { flow } } } }',
  },
  {
    name: 'paths',
    query: '{ paths(from: "zone:zhejiang", to: "industry:biomedicine", maxHops: 4, limit: 3) { length nodes { id } } }',
  },
  {
    name: 'neighborhood',
    query: '{ neighborhood(id: "zone:shanghai", hops: 2, limit: 50) { nodes { id } links { from { id } to { id } } truncated } }',
  },
  {
    name: 'document',
    query: '{ node(id: "document:guofa-2020-10") { id ... on PolicyDocument { titleEn docNumber issuers { nodes { nameEn } } sources { nodes { title } } } } }',
  },
  {
    name: 'indicatorSeries',
    query: '{ indicatorSeries(metrics: ["reforms-replicated-nationwide"]) { metric points { asOf value } } }',
  },
];
