// The query IDE's examples gallery, like the Wikidata Query Service's: named, described,
// runnable operations over the curated graph. The README's examples are copied here verbatim
// (test/graphql/queryExamples.int.test.ts fails when one drifts) and every example is run
// against the real server by that test. Plain data, no React: the tests import it too.

/** The interface languages (route.ts's Lang, spelled out so this file imports nothing). */
type Lang = 'en' | 'zh';

export interface QueryExample {
  /** URL key: `/query?example=<slug>`. */
  slug: string;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  /** The operation, one named operation per example. */
  query: string;
  variables?: Record<string, unknown>;
  /** Root fields it shows, for the gallery's tags. */
  fields: string[];
  /** True for the README's own examples (kept verbatim). */
  readme?: boolean;
}

export const QUERY_EXAMPLES: QueryExample[] = [
  {
    slug: 'beijing-documents',
    readme: true,
    fields: ['zone'],
    title: { en: 'Documents that apply to the Beijing FTZ', zh: '适用于北京自贸试验区的政策文件' },
    description: {
      en: 'A researcher: which documents apply to the Beijing FTZ, who issued them, and on what sources the claim rests.',
      zh: '研究者：哪些文件适用于北京自贸试验区、由谁印发、依据哪些来源。',
    },
    query: `query BeijingDocuments {
  zone(id: "zone:beijing") {
    id nameEn nameZh batch launchedOn
    documents {
      nodes {
        id titleEn docNumber issuedOn
        issuers { nodes { id nameEn nameZh } }
        sources { nodes { id title url publishedOn } }
      }
    }
  }
}
`,
  },
  {
    slug: 'zones-dashboard',
    readme: true,
    fields: ['zones'],
    title: { en: 'Every zone with its sub-areas and clusters', zh: '所有自贸试验区及其片区和产业集群' },
    description: {
      en: 'A dashboard: every zone with its sub-areas, clusters and their industries, in one request (one Neo4j query).',
      zh: '仪表盘：一次请求取回每个自贸试验区的片区、产业集群及其产业（一次 Neo4j 查询）。',
    },
    query: `query ZonesDashboard {
  zones(first: 23) {
    totalCount
    nodes {
      id shortName batch launchedOn areaKm2
      areas { totalCount nodes { id nameEn areaKm2 } }
      clusters { nodes { id nameEn industries { nodes { id nameEn } } } }
    }
  }
}
`,
  },
  {
    slug: 'bulk-commodity-chain',
    readme: true,
    fields: ['industryChain', 'paths'],
    title: { en: 'The bulk-commodity chain, and paths from a zone to an industry', zh: '大宗商品产业链，以及从自贸试验区到产业的路径' },
    description: {
      en: 'A planner: the bulk-commodity chain three hops downstream, what flows along each link, sourced or editorial, the zones and clusters at each step; and the shortest paths from Zhejiang to biomedicine.',
      zh: '规划者：大宗商品产业链向下游三跳，每条链接流动的内容、有来源还是编辑判断、每一环的自贸试验区和产业集群；以及从浙江到生物医药的最短路径。',
    },
    query: `query BulkCommodityChain {
  industryChain(id: "industry:bulk-commodities", direction: DOWNSTREAM, maxHops: 3) {
    nodes { depth side industry { id nameEn nameZh } zones { id shortName } clusters { id nameEn } }
    links { from { id nameEn } to { id nameEn } link { type flow editorial sources { id title url } } }
  }
  paths(from: "zone:zhejiang", to: "industry:biomedicine", maxHops: 4, limit: 3) {
    length
    nodes { __typename id }
    links { from { __typename id } to { __typename id } link { type } }
  }
}
`,
  },
  {
    slug: 'investment-measures',
    readme: true,
    fields: ['reformMeasures'],
    title: { en: 'Investment measures piloted before 2018, page by page', zh: '2018 年前试点的投资领域改革措施（分页）' },
    description: {
      en: 'Investment-field measures piloted in zones launched before 2018, newest nationwide replication first, with a total and cursor paging (set `after` to the last `endCursor`).',
      zh: '在 2018 年前挂牌的自贸试验区试点的投资领域措施，按全国复制推广日期由新到旧，带总数与游标分页（把 `after` 设为上一页的 `endCursor`）。',
    },
    query: `query InvestmentMeasures($first: Int = 10, $after: String) {
  reformMeasures(
    where: { fields_some: { id: "field:investment" }, zones_some: { launchedOn_lt: "2018-01-01" } }
    orderBy: [{ field: REPLICATED_NATIONWIDE_ON, direction: DESC }]
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      node { id nameEn nameZh zones { edges { node { id shortName } link { from first sources { id title } } } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: { first: 10, after: null },
  },
  {
    slug: 'dashboard-charts',
    readme: true,
    fields: ['reformMeasureCounts', 'zoneCounts', 'indicatorSeries'],
    title: { en: "A dashboard's charts in one request", zh: '一次请求取回仪表盘的全部图表数据' },
    description: {
      en: 'Measures per zone and field, zones per batch, and the nationwide replication count over time.',
      zh: '按自贸试验区和领域统计的改革措施、按批次统计的自贸试验区，以及全国复制推广数量随时间的变化。',
    },
    query: `query DashboardCharts {
  reformMeasureCounts(by: [ZONE, FIELD]) {
    keys { dimension node { __typename id ... on Zone { shortName } ... on ReformField { nameEn } } }
    count
  }
  zoneCounts(by: [BATCH]) { keys { dimension number } count }
  indicatorSeries(metrics: ["reforms-replicated-nationwide"]) {
    metric
    points { id asOf value valueText sources { id title } }
  }
}
`,
  },
  {
    slug: 'full-text-search',
    readme: true,
    fields: ['search'],
    title: { en: 'Full-text search, English or Chinese', zh: '全文搜索（中文或英文）' },
    description: {
      en: 'Bilingual full-text search with scores: 生物医药 finds biomedicine.',
      zh: '中英文全文搜索，带得分：“生物医药”找到生物医药产业。',
    },
    query: `query FullTextSearch($text: String!, $first: Int = 5) {
  search(text: $text, first: $first) { score node { __typename id ... on Industry { nameEn } } }
}
`,
    variables: { text: '生物医药' },
  },
  {
    slug: 'node-by-id',
    fields: ['node'],
    title: { en: 'Any entity by its id', zh: '按编号取任意实体' },
    description: {
      en: '`node(id:)` fetches any entity; inline fragments pick the fields of each type.',
      zh: '`node(id:)` 可取任意实体；用内联片段选择各类型的字段。',
    },
    query: `query NodeById($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Zone { nameEn nameZh province batch launchedOn areaKm2 }
    ... on Industry { nameEn nameZh }
    ... on PolicyDocument { titleEn titleZh docNumber issuedOn }
  }
}
`,
    variables: { id: 'zone:shanghai' },
  },
  {
    slug: 'zones-filtered-ordered',
    fields: ['zones'],
    title: { en: 'Zones of later batches, newest first', zh: '后续批次的自贸试验区（按挂牌日期由新到旧）' },
    description: {
      en: 'Zones from batch 4 on, filtered with `where` and ordered by launch date with `orderBy`.',
      zh: '第四批及以后的自贸试验区：用 `where` 过滤，用 `orderBy` 按挂牌日期排序。',
    },
    query: `query LaterZones($batch: Int = 4) {
  zones(where: { batch_gte: $batch }, orderBy: [{ field: LAUNCHED_ON, direction: DESC }], first: 20) {
    totalCount
    nodes { id shortName nameZh province batch launchedOn }
  }
}
`,
    variables: { batch: 4 },
  },
  {
    slug: 'biomedicine-chain',
    fields: ['industryChain'],
    title: { en: 'The biomedicine chain, both ways', zh: '生物医药产业链（上下游）' },
    description: {
      en: 'The industries up- and downstream of biomedicine, two hops each way, with what flows along each link.',
      zh: '生物医药上下游各两跳以内的产业，以及每条链接流动的内容。',
    },
    query: `query BiomedicineChain {
  industryChain(id: "industry:biomedicine", direction: BOTH, maxHops: 2) {
    nodes { depth side industry { id nameEn nameZh } }
    links { from { id nameEn } to { id nameEn } link { type flow editorial } }
  }
}
`,
  },
  {
    slug: 'paths-between',
    fields: ['paths'],
    title: { en: 'Shortest paths between two entities', zh: '两个实体之间的最短路径' },
    description: {
      en: 'How Shanghai connects to the marine economy: each hop with its relationship type and sources.',
      zh: '上海自贸试验区如何与海洋经济相连：每一跳的关系类型和来源。',
    },
    query: `query PathsBetween($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, limit: 5) {
    length
    nodes { __typename id }
    links { from { __typename id } to { __typename id } link { type sources { id title } } }
  }
}
`,
    variables: { from: 'zone:shanghai', to: 'industry:marine-economy' },
  },
  {
    slug: 'neighborhood',
    fields: ['neighborhood'],
    title: { en: "An entity's neighborhood", zh: '实体的邻域' },
    description: {
      en: 'Everything one hop from the Shanghai FTZ (at most 30 entities) and every relationship among them.',
      zh: '上海自贸试验区一跳以内的实体（最多 30 个）及其间的全部关系。',
    },
    query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, hops: 1, limit: 30) {
    center { __typename id }
    nodes { __typename id }
    links { from { __typename id } to { __typename id } link { type } }
    truncated
  }
}
`,
    variables: { id: 'zone:shanghai' },
  },
  {
    slug: 'clusters-per-industry',
    fields: ['industrialClusterCounts'],
    title: { en: 'Clusters per industry and zone', zh: '按产业和自贸试验区统计的产业集群' },
    description: {
      en: 'Grouped counts: industrial clusters by industry and zone, largest groups first.',
      zh: '分组计数：按产业和自贸试验区统计产业集群，数量多的在前。',
    },
    query: `query ClustersPerIndustry {
  industrialClusterCounts(by: [INDUSTRY, ZONE]) {
    keys { dimension node { __typename id ... on Industry { nameEn nameZh } ... on Zone { shortName } } }
    count
  }
}
`,
  },
  {
    slug: 'documents-per-year',
    fields: ['policyDocumentCounts'],
    title: { en: 'Policy documents per year and kind', zh: '按年份和类别统计的政策文件' },
    description: {
      en: 'Grouped counts with number and text keys: documents by year issued and kind.',
      zh: '数字键和文本键的分组计数：按印发年份和类别统计政策文件。',
    },
    query: `query DocumentsPerYear {
  policyDocumentCounts(by: [ISSUE_YEAR, KIND]) {
    keys { dimension number text }
    count
  }
}
`,
  },
  {
    slug: 'shanghai-area-series',
    fields: ['indicatorSeries'],
    title: { en: 'Area of the Shanghai FTZ over time', zh: '上海自贸试验区面积的变化' },
    description: {
      en: 'A dated series about one subject: each figure with its date, value as stated and sources.',
      zh: '关于一个对象的时间序列：每个数值的日期、原文数值和来源。',
    },
    query: `query ShanghaiArea($subject: ID = "zone:shanghai") {
  indicatorSeries(metrics: ["area-km2"], subject: $subject) {
    metric
    subject { __typename id }
    points { id asOf value valueText unit disputed sources { id title publisher } }
  }
}
`,
  },
  {
    slug: 'distinct-provinces',
    fields: ['distinctValues'],
    title: { en: 'Provinces with a zone', zh: '设有自贸试验区的省份' },
    description: {
      en: 'Distinct values of a property with their counts: the province of every zone.',
      zh: '属性的不同取值及其计数：各自贸试验区所在省份。',
    },
    query: `query DistinctProvinces {
  distinctValues(field: ZONE_PROVINCE) { value count }
}
`,
  },
  {
    slug: 'graph-stats',
    fields: ['graphStats'],
    title: { en: 'What the graph holds', zh: '图谱的规模' },
    description: {
      en: 'Counts of nodes and relationships, and nodes per label.',
      zh: '节点数、关系数，以及各标签的节点数。',
    },
    query: `query GraphStats {
  graphStats { nodeCount relationshipCount labels { label count } }
}
`,
  },
  {
    slug: 'measure-with-link-sources',
    fields: ['reformMeasure'],
    title: { en: 'A measure, where it was piloted, and the sources of each link', zh: '一项改革措施的试点地及每条关系的来源' },
    description: {
      en: 'A relationship with its own sources: the zones that piloted the foreign-investment negative list, when, and who says so.',
      zh: '关系本身的来源：哪些自贸试验区试点了外商投资负面清单、何时开始、依据是什么。',
    },
    query: `query MeasureLinkSources($id: ID!) {
  reformMeasure(id: $id) {
    id nameEn nameZh replicatedNationwideOn
    zones {
      edges {
        node { id shortName }
        link { type from first verified sources { id title publisher publishedOn url } }
      }
    }
  }
}
`,
    variables: { id: 'measure:fi-negative-list' },
  },
  {
    slug: 'disputed-figures',
    fields: ['observations'],
    title: { en: 'Disputed figures, side by side', zh: '有争议的数值（并列显示）' },
    description: {
      en: 'Figures whose sources disagree, each value with its subject and sources.',
      zh: '来源说法不一的数值，每个数值附其对象和来源。',
    },
    query: `query DisputedFigures {
  observations(where: { disputed: true }, orderBy: [{ field: METRIC }], first: 20) {
    totalCount
    nodes { id metric value unit asOf subject { __typename id } sources { id title publisher } }
  }
}
`,
  },
  {
    slug: 'zone-news',
    fields: ['zone'],
    title: { en: "A zone's news, with the sentence that names it", zh: '一个自贸试验区的新闻，附提及它的原句' },
    description: {
      en: "Xinwen Lianbo items naming the Xinjiang FTZ, newest first: date, headline, the original on tv.cctv.com, and each mention's term and evidence sentence (a mention, not a fact).",
      zh: '提及新疆自贸试验区的《新闻联播》报道，按日期从新到旧：日期、标题、央视网原文链接，以及每次提及的用语和原句（提及不等于事实）。',
    },
    query: `query ZoneNews($id: ID!) {
  zone(id: $id) {
    id shortName nameZh
    news(orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }], first: 20) {
      totalCount
      edges {
        node { id broadcastOn headline subHeadline url }
        link { type term evidence sources { id title } }
      }
    }
  }
}
`,
    variables: { id: 'zone:xinjiang' },
  },
  {
    slug: 'news-timeline',
    fields: ['newsTimeline', 'newsTimeline'],
    title: { en: 'The news timeline: items per year and zone', zh: '新闻时间线：各年、各自贸试验区的新闻条数' },
    description: {
      en: 'How many Xinwen Lianbo items name each zone (or one of its sub-areas) per year, and all items per year, each counted once.',
      zh: '每年提及各自贸试验区（或其片区）的《新闻联播》报道条数，以及每年的全部报道条数（每条只计一次）。',
    },
    query: `query NewsTimeline {
  byZone: newsTimeline(period: YEAR) { period count zone { id shortName } }
  all: newsTimeline(period: YEAR, byZone: false) { period count }
}
`,
  },
];

export function findExample(slug: string | undefined): QueryExample | undefined {
  return slug === undefined ? undefined : QUERY_EXAMPLES.find((e) => e.slug === slug);
}
