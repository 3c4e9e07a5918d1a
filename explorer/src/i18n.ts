// Interface strings in English and 中文. Data stays as the graph has it (nameEn / nameZh).
import type { Lang } from './route';

const STRINGS = {
  appTitle: { en: 'FTZ knowledge graph explorer', zh: '自贸试验区知识图谱浏览器' },
  search: { en: 'Search', zh: '搜索' },
  searchLabel: { en: 'Search zones, documents, measures, industries… (English or 中文)', zh: '搜索自贸试验区、政策文件、改革措施、产业……（中文或英文）' },
  searchHint: { en: 'Enter opens the best hit; Escape clears.', zh: '回车打开最佳结果；Esc 清空。' },
  types: { en: 'Types', zh: '类型' },
  noHits: { en: 'No hits.', zh: '没有结果。' },
  hit: { en: 'hit', zh: '条结果' },
  hits: { en: 'hits', zh: '条结果' },
  score: { en: 'score', zh: '得分' },
  loading: { en: 'Loading…', zh: '加载中……' },
  notFound: { en: 'No entity has this id.', zh: '没有这个编号的实体。' },
  facts: { en: 'Facts', zh: '基本信息' },
  sources: { en: 'Sources', zh: '来源' },
  relationships: { en: 'Relationships', zh: '关系' },
  observations: { en: 'Figures', zh: '数据' },
  disputed: { en: 'Disputed values', zh: '有争议的数值' },
  disputedNote: { en: 'Sources disagree; each value is shown with its sources.', zh: '来源说法不一；每个数值与其来源并列显示。' },
  unverified: { en: 'unverified', zh: '未核实' },
  showMore: { en: 'Show 20 more', zh: '再显示 20 条' },
  shown: { en: 'shown', zh: '已显示' },
  of: { en: 'of', zh: '共' },
  publisher: { en: 'Publisher', zh: '发布者' },
  published: { en: 'Published', zh: '发布日期' },
  link: { en: 'Link', zh: '链接' },
  cite: { en: 'Cite this', zh: '引用' },
  dataVersion: { en: 'Data version', zh: '数据版本' },
  accessed: { en: 'Accessed', zh: '访问日期' },
  exportCsv: { en: 'CSV', zh: 'CSV' },
  exportJson: { en: 'JSON', zh: 'JSON' },
  language: { en: '中文', zh: 'English' },
  languageLabel: { en: 'Switch the interface to Chinese', zh: '切换到英文界面' },
  back: { en: 'Back to search', zh: '返回搜索' },
  error: { en: 'The API answered with an error', zh: 'API 返回错误' },
  none: { en: 'None.', zh: '无。' },
  navSearch: { en: 'Search', zh: '搜索' },
  navGraph: { en: 'Graph', zh: '关系图' },
  navChain: { en: 'Industrial chains', zh: '产业链' },
  navDashboard: { en: 'Dashboard', zh: '仪表盘' },
  navQuery: { en: 'Query', zh: '查询' },
  openAsQuery: { en: 'Open as a query', zh: '作为查询打开' },
  openInGraph: { en: 'Open in graph', zh: '在关系图中打开' },
  term: { en: 'Term', zh: '用语' },
  broadcastWords: { en: "In the broadcast's words:", zh: '播出原文：' },
  original: { en: 'Original broadcast', zh: '原始报道' },
} as const satisfies StringTable;

export type StringKey = keyof typeof STRINGS;

/** A view's own interface strings, in both languages. */
export type StringTable = Record<string, Record<Lang, string>>;

export function translate(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** A translate function over a view's own table (each view keeps its strings beside it). */
export function makeTranslator<T extends StringTable>(table: T): (lang: Lang, key: keyof T) => string {
  return (lang, key) => table[key]![lang];
}

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  Zone: { en: 'Zones', zh: '自贸试验区' },
  ZoneArea: { en: 'Sub-areas', zh: '片区' },
  PolicyDocument: { en: 'Policy documents', zh: '政策文件' },
  Authority: { en: 'Authorities', zh: '机构' },
  Person: { en: 'People', zh: '人物' },
  ReformField: { en: 'Reform fields', zh: '改革领域' },
  ReformMeasure: { en: 'Reform measures', zh: '改革措施' },
  Industry: { en: 'Industries', zh: '产业' },
  IndustrialCluster: { en: 'Industrial clusters', zh: '产业集群' },
  Observation: { en: 'Figures', zh: '数据' },
  Source: { en: 'Sources', zh: '来源' },
  NewsItem: { en: 'News items', zh: '新闻' },
};

export function translateTypeName(lang: Lang, typename: string): string {
  return TYPE_NAMES[typename]?.[lang] ?? typename;
}

/** EntityType enum value (search filter) for a __typename: ZoneArea → ZONE_AREA. */
export function toEntityType(typename: string): string {
  return typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export const SEARCHABLE_TYPENAMES = ['Zone', 'ZoneArea', 'PolicyDocument', 'Authority', 'Person', 'ReformMeasure', 'ReformField', 'Industry', 'IndustrialCluster', 'NewsItem'];

const FIELD_NAMES: Record<string, Record<Lang, string>> = {
  id: { en: 'Id', zh: '编号' },
  nameEn: { en: 'English name', zh: '英文名称' },
  nameZh: { en: 'Chinese name', zh: '中文名称' },
  titleEn: { en: 'English title', zh: '英文标题' },
  titleZh: { en: 'Chinese title', zh: '中文标题' },
  shortName: { en: 'Short name', zh: '简称' },
  province: { en: 'Province', zh: '省份' },
  batch: { en: 'Batch', zh: '批次' },
  zoneKind: { en: 'Kind', zh: '类别' },
  docKind: { en: 'Kind', zh: '类别' },
  approvedOn: { en: 'Approved', zh: '批复日期' },
  planIssuedOn: { en: 'Plan issued', zh: '总体方案印发' },
  publishedOn: { en: 'Published', zh: '公布日期' },
  launchedOn: { en: 'Launched', zh: '挂牌日期' },
  areaKm2: { en: 'Area (km²)', zh: '面积（平方公里）' },
  bondedAreaKm2: { en: 'Bonded area (km²)', zh: '保税面积（平方公里）' },
  establishedOn: { en: 'Established', zh: '设立日期' },
  issuedOn: { en: 'Issued', zh: '印发日期' },
  effectiveOn: { en: 'Effective', zh: '生效日期' },
  docNumber: { en: 'Document number', zh: '文号' },
  description: { en: 'Description', zh: '简介' },
  verified: { en: 'Verified', zh: '已核实' },
  note: { en: 'Note', zh: '备注' },
  areas: { en: 'Sub-areas', zh: '片区' },
  documents: { en: 'Policy documents', zh: '政策文件' },
  measures: { en: 'Reform measures', zh: '改革措施' },
  clusters: { en: 'Industrial clusters', zh: '产业集群' },
  industries: { en: 'Industries', zh: '产业' },
  zones: { en: 'Zones', zh: '自贸试验区' },
  issuers: { en: 'Issued by', zh: '发文机构' },
  relatedDocuments: { en: 'Related documents', zh: '相关文件' },
  establishedAreas: { en: 'Sub-areas established', zh: '设立的片区' },
  units: { en: 'Units', zh: '下属单位' },
  people: { en: 'People', zh: '人物' },
  authorities: { en: 'Authorities', zh: '机构' },
  fields: { en: 'Reform fields', zh: '改革领域' },
  subIndustries: { en: 'Sub-industries', zh: '子产业' },
  upstream: { en: 'Upstream', zh: '上游' },
  downstream: { en: 'Downstream', zh: '下游' },
  supports: { en: 'Backs', zh: '支撑的实体' },
  zone: { en: 'Zone', zh: '所属自贸试验区' },
  area: { en: 'Sub-area', zh: '所在片区' },
  establishedBy: { en: 'Established by', zh: '设立文件' },
  partOf: { en: 'Part of', zh: '上级机构' },
  parent: { en: 'Parent industry', zh: '上级产业' },
  subject: { en: 'About', zh: '对象' },
  metric: { en: 'Metric', zh: '指标' },
  value: { en: 'Value', zh: '数值' },
  valueText: { en: 'Value as stated', zh: '原文数值' },
  unit: { en: 'Unit', zh: '单位' },
  asOf: { en: 'As of', zh: '截至' },
  disputed: { en: 'Disputed', zh: '有争议' },
  code: { en: 'Code', zh: '代码' },
  title: { en: 'Title', zh: '标题' },
  url: { en: 'Link', zh: '链接' },
  publisher: { en: 'Publisher', zh: '发布者' },
  foundedOn: { en: 'Founded', zh: '成立日期' },
  abbreviation: { en: 'Abbreviation', zh: '缩写' },
  itemCount: { en: 'Items', zh: '条目数' },
  replicatedNationwideOn: { en: 'Replicated nationwide', zh: '全国复制推广' },
  news: { en: 'News', zh: '新闻' },
  focusIndustries: { en: 'Focus industries', zh: '重点产业' },
  focusAreas: { en: 'Focus of sub-areas', zh: '重点发展该产业的片区' },
  positioningEn: { en: 'Positioning (English)', zh: '功能定位（英文）' },
  positioningZh: { en: 'Positioning (中文)', zh: '功能定位（中文）' },
  broadcastOn: { en: 'Broadcast', zh: '播出日期' },
  programme: { en: 'Programme', zh: '节目' },
  headline: { en: 'Headline', zh: '标题' },
  subHeadline: { en: 'Sub-headline', zh: '副标题' },
};

export function translateFieldName(lang: Lang, field: string): string {
  return FIELD_NAMES[field]?.[lang] ?? field;
}

/** Relationship types (Link.type) as the interface names them; the type itself stays in exports. */
const RELATIONSHIP_NAMES: Record<string, Record<Lang, string>> = {
  HAS_AREA: { en: 'has sub-area', zh: '下辖片区' },
  ESTABLISHES: { en: 'establishes', zh: '设立' },
  ISSUED_BY: { en: 'issued by', zh: '发文机构' },
  APPLIES_TO: { en: 'applies to', zh: '适用于' },
  SETS_OUT: { en: 'sets out', zh: '提出' },
  IMPLEMENTS: { en: 'implements', zh: '落实' },
  SUPERSEDES: { en: 'supersedes', zh: '取代' },
  AMENDS: { en: 'amends', zh: '修订' },
  PART_OF: { en: 'part of', zh: '隶属于' },
  WORKS_FOR: { en: 'works for', zh: '任职于' },
  IN_FIELD: { en: 'in field', zh: '所属领域' },
  PILOTED_IN: { en: 'piloted in', zh: '试点于' },
  SUPPORTS: { en: 'supports', zh: '支持' },
  SUB_INDUSTRY_OF: { en: 'sub-industry of', zh: '子产业' },
  SUPPLIES: { en: 'supplies', zh: '供给' },
  IN_INDUSTRY: { en: 'in industry', zh: '所属产业' },
  LOCATED_IN: { en: 'located in', zh: '位于' },
  FOCUSES_ON: { en: 'focus industry', zh: '重点发展' },
  MENTIONS: { en: 'news mention', zh: '新闻提及' },
  ABOUT: { en: 'about', zh: '关于' },
  SOURCED_FROM: { en: 'sourced from', zh: '来源' },
  CLUSTERED_IN: { en: 'has clusters in', zh: '集群分布于' },
};

/** Document relations read from the other end (LinkDirection INCOMING). */
const INCOMING_NAMES: Record<string, Record<Lang, string>> = {
  IMPLEMENTS: { en: 'implemented by', zh: '被其落实' },
  SUPERSEDES: { en: 'superseded by', zh: '被其取代' },
  AMENDS: { en: 'amended by', zh: '被其修订' },
};

export function translateRelationship(lang: Lang, type: string, direction?: string | null): string {
  const names = direction === 'INCOMING' ? (INCOMING_NAMES[type] ?? RELATIONSHIP_NAMES[type]) : RELATIONSHIP_NAMES[type];
  return names?.[lang] ?? type;
}

const LINK_DETAIL_WORDS = {
  from: { en: 'from', zh: '起' },
  to: { en: 'to', zh: '止' },
  asOf: { en: 'as of', zh: '截至' },
  first: { en: 'first', zh: '首创' },
} satisfies StringTable;

/** A link's details (dates, title, first, flow) in the interface language; its direction is in its name (translateRelationship). */
export function formatLinkDetails(
  lang: Lang,
  link: { title?: string | null; from?: string | null; to?: string | null; asOf?: string | null; first?: boolean | null; flow?: string | null },
): string {
  const word = (key: keyof typeof LINK_DETAIL_WORDS) => LINK_DETAIL_WORDS[key][lang];
  return [
    link.title,
    link.from && `${word('from')} ${link.from}`,
    link.to && `${word('to')} ${link.to}`,
    link.asOf && `${word('asOf')} ${link.asOf}`,
    link.first && word('first'),
    link.flow,
  ]
    .filter(Boolean)
    .join(' · ');
}
