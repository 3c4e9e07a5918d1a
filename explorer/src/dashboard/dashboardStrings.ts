// The dashboard's interface strings, in English and 中文.
import { makeTranslator } from '../i18n';

export const translateDashboard = makeTranslator({
  title: { en: 'Dashboard', zh: '仪表盘' },
  intro: {
    en: 'Each chart is drawn from one GraphQL request; open "Query" to see it, or open it in the query IDE.',
    zh: '每张图表来自一次 GraphQL 请求；展开“查询”可查看请求，也可在查询编辑器中打开。',
  },
  allCharts: { en: 'All charts', zh: '全部图表' },
  openAlone: { en: 'Permalink to this chart', zh: '本图表的永久链接' },
  query: { en: 'Query', zh: '查询' },
  variables: { en: 'Variables', zh: '变量' },
  showTable: { en: 'Show data table', zh: '显示数据表' },
  hideTable: { en: 'Hide data table', zh: '隐藏数据表' },
  png: { en: 'PNG', zh: 'PNG' },
  unknownChart: { en: 'No chart has this name; showing all charts.', zh: '没有这个名称的图表；显示全部图表。' },
  rows: { en: 'rows', zh: '行' },
  tableCapped: { en: 'The first {shown} of {total} rows; CSV and JSON have them all.', zh: '显示前 {shown} 行（共 {total} 行）；CSV 和 JSON 含全部。' },
  none: { en: '(none)', zh: '（无）' },
  others: { en: 'Others', zh: '其他' },
  count: { en: 'Count', zh: '数量' },
  // Chart 1
  zonesTitle: { en: 'Zones by batch over the launch timeline', zh: '各批次自贸试验区挂牌时间线' },
  zonesNote: {
    en: 'Placed at the launch date, or at the approval or plan date where no launch date is recorded (hollow marks: date known only to the month or year, placed mid-period).',
    zh: '按挂牌日期标注；未记录挂牌日期的按批复或总体方案印发日期标注（空心标记：日期仅精确到月或年，标在该时段中点）。',
  },
  zonesCapped: {
    en: 'Showing the {shown} earliest of {total} zones (the API pages 100 at a time).',
    zh: '显示最早的 {shown} 个（共 {total} 个自贸试验区；API 每页最多 100 个）。',
  },
  batch: { en: 'Batch {n}', zh: '第{n}批' },
  freeTradePort: { en: 'Free trade port', zh: '自由贸易港' },
  launchDate: { en: 'Date', zh: '日期' },
  placedBy_launchedOn: { en: 'launched', zh: '挂牌' },
  placedBy_approvedOn: { en: 'approved (no launch date recorded)', zh: '批复（未记录挂牌日期）' },
  placedBy_planIssuedOn: { en: 'plan issued (no launch date recorded)', zh: '总体方案印发（未记录挂牌日期）' },
  // Chart 2
  measuresTitle: { en: 'Reform measures by field × zone', zh: '各领域 × 自贸试验区的改革措施数' },
  measuresNote: {
    en: 'A measure piloted in several zones or filed under several fields counts once in each cell.',
    zh: '在多个自贸试验区试点或属于多个领域的措施，在每个格中各计一次。',
  },
  // Chart 3
  indicatorsTitle: { en: 'Replication and other indicators over time', zh: '复制推广等指标随时间变化' },
  indicatorsNote: {
    en: 'Each point at its as-of date (month- or year-precision dates placed mid-period). ▲ red: disputed (sources disagree); ◯ hollow: unverified.',
    zh: '每个点标在其截至日期（仅精确到月或年的日期标在该时段中点）。▲ 红色：有争议（来源说法不一）；◯ 空心：未核实。',
  },
  metricsPicker: { en: 'Metrics', zh: '指标' },
  metricsPicked: { en: '{n} picked (at most 20)', zh: '已选 {n} 个（最多 20 个）' },
  noMetrics: { en: 'Pick at least one metric.', zh: '请至少选择一个指标。' },
  ftzWide: { en: 'FTZ-wide', zh: '自贸试验区整体' },
  seriesCapped: {
    en: '{metric}: {shown} of {total} series drawn (most points first); the table has all.',
    zh: '{metric}：绘制 {shown} 条（共 {total} 条，按点数排序）；数据表含全部。',
  },
  logScale: { en: '{metric}: logarithmic scale (the figures span two orders of magnitude or more).', zh: '{metric}：对数坐标（数值相差两个数量级以上）。' },
  disputed: { en: 'disputed', zh: '有争议' },
  unverified: { en: 'unverified', zh: '未核实' },
  // Chart 4
  clustersTitle: { en: 'Industrial clusters per industry and zone', zh: '各产业、各自贸试验区的产业集群数' },
  clustersNote: {
    en: 'A cluster in several industries counts once in each.',
    zh: '属于多个产业的集群，在每个产业中各计一次。',
  },
  // Chart 5
  newsTitle: { en: 'Xinwen Lianbo news items per year, by zone', zh: '《新闻联播》各年提及各自贸试验区的新闻条数' },
  newsNote: {
    en: 'Bars: items naming the zone or one of its sub-areas (an item naming two zones counts in each); dashed line: all items, each counted once. No broadcasts before 2020, none from August to December 2020; a mention is not a fact about the zone.',
    zh: '柱：提及该自贸试验区或其片区的新闻条数（提及两个自贸试验区的新闻在两处各计一次）；虚线：全部新闻，每条只计一次。2020 年以前无播出稿，2020 年 8 月至 12 月亦无；提及不等于关于该区的事实。',
  },
  newsAll: { en: 'All items', zh: '全部新闻' },
  newsAxis: { en: 'Items', zh: '条数' },
  summaryNews: { en: '{n} news items from {from} to {to}; the zones with most: {top}.', zh: '{from} 至 {to} 共 {n} 条新闻；提及最多的自贸试验区：{top}。' },
  // Caps on large graphs
  groupsCapped: { en: 'The API returns the largest {n} groups; smaller ones are not counted.', zh: 'API 返回最大的 {n} 组；更小的组未计入。' },
  categoriesSummed: {
    en: 'Top {shown} of {total} {what} by count drawn; the other {rest} ({count} in all) are summed as "Others" (the table has every row).',
    zh: '按数量绘制前 {shown} 个{what}（共 {total} 个）；其余 {rest} 个（合计 {count}）合并为“其他”（数据表含全部行）。',
  },
  categoriesOmitted: {
    en: 'Top {shown} of {total} {what} by count drawn; the other {rest} ({count} in all) are not drawn (the table has every row).',
    zh: '按数量绘制前 {shown} 个{what}（共 {total} 个）；其余 {rest} 个（合计 {count}）未绘制（数据表含全部行）。',
  },
  zonesWord: { en: 'zones', zh: '自贸试验区' },
  fieldsWord: { en: 'fields', zh: '领域' },
  industriesWord: { en: 'industries', zh: '产业' },
  zoneAxis: { en: 'Zone', zh: '自贸试验区' },
  fieldAxis: { en: 'Reform field', zh: '改革领域' },
  summaryZones: { en: '{n} zones on a timeline from {from} to {to}, coloured by batch.', zh: '{n} 个自贸试验区，时间从 {from} 到 {to}，按批次着色。' },
  summaryGroups: { en: '{n} groups, {total} in all; the largest: {top}.', zh: '{n} 组，合计 {total}；最大的：{top}。' },
  summaryIndicators: { en: '{n} series of {m} metrics, {p} points.', zh: '{m} 个指标的 {n} 条序列，共 {p} 个点。' },
});

/** Fills `{name}` placeholders. */
export function fillTemplate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
