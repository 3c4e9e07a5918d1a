// What each chart draws, built from its one answer: the rows (the API's rows, as the data
// table, CSV and JSON show them), the ECharts option, the notes that say what was capped, and
// a text summary for screen readers. Pure functions: no fetching, no DOM.
import type {
  DashboardClustersByIndustryQuery,
  DashboardIndicatorsQuery,
  DashboardKeyFragment,
  DashboardMeasuresByFieldQuery,
  DashboardNewsTimelineQuery,
  DashboardZonesTimelineQuery,
} from '../__generated__/graphql';
import type { ExportRow } from '../exportList';
import type { Lang } from '../route';
import { fillTemplate, translateDashboard as t } from './dashboardStrings';
import { CHART_FONT, type EChartsCoreOption } from './echartsSetup';
import { readMetricName } from './metricNames';

export interface ChartModel {
  rows: ExportRow[];
  option: EChartsCoreOption;
  /** Canvas height in pixels (grows with the categories drawn). */
  height: number;
  notes: string[];
  summary: string;
  /** The category and series labels drawn, in order: the text alternative's list (and what 中文 mode switches). */
  labels: string[];
}

/** Categories drawn per axis (keeps a 200-zone graph readable and fast); the rest are left out and counted in a note. */
export const MAX_CATEGORIES = 30;
/** Industries stacked per bar before the rest are summed as "Others". */
export const MAX_STACKED = 12;
/** Series drawn per metric. */
export const MAX_SERIES_PER_METRIC = 10;
export const GROUPS_REQUESTED = 1000;

const BATCH_COLOURS = ['#0b5cad', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#e67700', '#1098ad', '#5c940d'];
const PALETTE = ['#0b5cad', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#e67700', '#1098ad', '#5c940d', '#364fc7', '#a61e4d', '#087f5b', '#5f3dc4', '#868e96'];

const BASE = { animation: false, textStyle: { fontFamily: CHART_FONT }, color: PALETTE };
const TOOLTIP = { renderMode: 'richText', confine: true, textStyle: { fontFamily: CHART_FONT } };

type KeyNode = NonNullable<DashboardKeyFragment['node']>;

/** A zone's short name: Shanghai / 上海 (from 中国(上海)自由贸易试验区), else its full name. */
export function readZoneShortLabel(zone: { shortName: string; nameZh: string | null }, lang: Lang): string {
  if (lang === 'en' || !zone.nameZh) return zone.shortName;
  return /^中国[（(]([^)）]+)[)）]/.exec(zone.nameZh)?.[1] ?? zone.nameZh;
}

function readNodeLabel(node: KeyNode | null, lang: Lang): string {
  if (!node) return t(lang, 'none');
  if (node.__typename === 'Zone') return readZoneShortLabel(node, lang);
  if ('nameEn' in node) return (lang === 'zh' ? node.nameZh || node.nameEn : node.nameEn) ?? node.id;
  return node.id;
}

function readNodeNames(node: KeyNode | null): { id: string | null; nameEn: string | null; nameZh: string | null } {
  if (!node) return { id: null, nameEn: null, nameZh: null };
  if (node.__typename === 'Zone') return { id: node.id, nameEn: node.shortName, nameZh: node.nameZh };
  if ('nameEn' in node) return { id: node.id, nameEn: node.nameEn, nameZh: node.nameZh };
  return { id: node.id, nameEn: null, nameZh: null };
}

/** A Date at its precision ("2013-09-29", "2023-11", "2019") as a time-axis value: mid-period when coarser than a day. */
export function placeDate(date: string): { time: number; precise: boolean } {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return { time: NaN, precise: false };
  if (m === undefined) return { time: Date.UTC(y, 6, 2), precise: false };
  if (d === undefined) return { time: Date.UTC(y, m - 1, 15), precise: false };
  return { time: Date.UTC(y, m - 1, d), precise: true };
}

// --- Chart 1: zones by batch over the launch timeline ---

type TimelineZone = DashboardZonesTimelineQuery['zones']['nodes'][number];
const PLACED_BY = ['launchedOn', 'approvedOn', 'planIssuedOn'] as const;

function readPlacedBy(zone: TimelineZone): (typeof PLACED_BY)[number] | null {
  return PLACED_BY.find((field) => zone[field]) ?? null;
}

function readBatchLabel(batch: number | null, lang: Lang): string {
  return batch === null ? t(lang, 'freeTradePort') : fillTemplate(t(lang, 'batch'), { n: batch });
}

export function buildZonesTimeline(data: DashboardZonesTimelineQuery, lang: Lang): ChartModel {
  const zones = data.zones.nodes;
  const rows: ExportRow[] = zones.map((z) => ({
    id: z.id,
    nameEn: z.nameEn,
    nameZh: z.nameZh,
    shortName: z.shortName,
    kind: z.kind,
    batch: z.batch,
    launchedOn: z.launchedOn,
    approvedOn: z.approvedOn,
    planIssuedOn: z.planIssuedOn,
    placedBy: readPlacedBy(z),
  }));
  const placed = zones.flatMap((z) => {
    const by = readPlacedBy(z);
    return by ? [{ zone: z, by, date: z[by]!, ...placeDate(z[by]!) }] : [];
  });
  placed.sort((a, b) => a.time - b.time || (a.zone.batch ?? 99) - (b.zone.batch ?? 99) || a.zone.id.localeCompare(b.zone.id));
  const categories = placed.map((p) => readZoneShortLabel(p.zone, lang));
  const batches = [...new Set(placed.map((p) => p.zone.batch))].sort((a, b) => (a ?? 99) - (b ?? 99));
  const series = batches.map((batch, i) => ({
    type: 'scatter',
    name: readBatchLabel(batch, lang),
    itemStyle: { color: BATCH_COLOURS[(batch ?? 8) - 1] ?? BATCH_COLOURS[i % BATCH_COLOURS.length] },
    label: { show: true, position: 'right', formatter: '{@[2]}', fontFamily: CHART_FONT, color: '#5d6573', fontSize: 11 },
    data: placed
      .map((p, row) => ({ p, row }))
      .filter(({ p }) => p.zone.batch === batch)
      .map(({ p, row }) => ({
        name: p.zone.id,
        value: [p.time, row, `${p.date} · ${t(lang, `placedBy_${p.by}`)}`],
        symbol: p.precise ? 'circle' : 'emptyCircle',
        symbolSize: p.precise ? 11 : 14,
      })),
  }));
  const first = placed[0]?.date ?? '—';
  const last = placed[placed.length - 1]?.date ?? '—';
  const notes = [t(lang, 'zonesNote')];
  if (data.zones.totalCount > zones.length) notes.push(fillTemplate(t(lang, 'zonesCapped'), { shown: zones.length, total: data.zones.totalCount }));
  return {
    rows,
    height: Math.max(320, categories.length * 24 + 110),
    notes,
    summary: fillTemplate(t(lang, 'summaryZones'), { n: zones.length, from: first, to: last }),
    labels: [...series.map((s) => s.name), ...categories],
    option: {
      ...BASE,
      tooltip: {
        ...TOOLTIP,
        trigger: 'item',
        formatter: (p: { seriesName: string; value: [number, number, string] }) => `${categories[p.value[1]]}\n${p.seriesName}\n${p.value[2]}`,
      },
      legend: { top: 0, textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 10, right: 210, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'time', axisLabel: { fontFamily: CHART_FONT }, splitLine: { show: true } },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { fontFamily: CHART_FONT, interval: 0 }, axisTick: { show: false } },
      series,
    },
  };
}

// --- Grouped counts: a two-key matrix with the largest categories drawn and the rest as "Others" ---

type GroupRow = { count: number; keys: DashboardKeyFragment[] };

interface Category {
  key: string;
  label: string;
  total: number;
}

const OTHERS = '__others__';

/**
 * The categories of one key position, largest total first, at most `cap` of them. Beyond the
 * cap the rest are either summed as one "Others" category (`sum`: a stack segment) or left
 * out (`omit`: an "Others" bar or column would dwarf the drawn ones and flatten the scale).
 */
interface RankedCategories {
  drawn: Category[];
  total: number;
  /** Categories beyond the cap, and their summed count. */
  rest: number;
  restCount: number;
  mode: 'sum' | 'omit';
  /** Index among `drawn`, or null for a left-out category. */
  indexOf: (key: string) => number | null;
}

function rankCategories(groups: GroupRow[], position: number, cap: number, mode: 'sum' | 'omit', lang: Lang): RankedCategories {
  const totals = new Map<string, Category>();
  for (const g of groups) {
    const node = g.keys[position]?.node ?? null;
    const key = node?.id ?? '';
    const category = totals.get(key) ?? { key, label: readNodeLabel(node, lang), total: 0 };
    category.total += g.count;
    totals.set(key, category);
  }
  const ranked = [...totals.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const drawn = ranked.slice(0, cap);
  const rest = ranked.slice(cap);
  const restCount = rest.reduce((sum, c) => sum + c.total, 0);
  const index = new Map(drawn.map((c, i) => [c.key, i]));
  if (rest.length && mode === 'sum') drawn.push({ key: OTHERS, label: t(lang, 'others'), total: restCount });
  const othersIndex = rest.length && mode === 'sum' ? drawn.length - 1 : null;
  return { drawn, total: ranked.length, rest: rest.length, restCount, mode, indexOf: (key) => index.get(key) ?? othersIndex };
}

function toGroupRows(groups: GroupRow[], names: [string, string]): ExportRow[] {
  return groups.map((g) => {
    const [a, b] = g.keys.map((k) => readNodeNames(k.node ?? null));
    return {
      [`${names[0]}Id`]: a?.id ?? null,
      [`${names[0]}En`]: a?.nameEn ?? null,
      [`${names[0]}Zh`]: a?.nameZh ?? null,
      [`${names[1]}Id`]: b?.id ?? null,
      [`${names[1]}En`]: b?.nameEn ?? null,
      [`${names[1]}Zh`]: b?.nameZh ?? null,
      count: g.count,
    };
  });
}

function noteCaps(lang: Lang, groups: GroupRow[], axes: Array<{ ranked: RankedCategories; what: string }>): string[] {
  const notes: string[] = [];
  if (groups.length >= GROUPS_REQUESTED) notes.push(fillTemplate(t(lang, 'groupsCapped'), { n: GROUPS_REQUESTED }));
  for (const { ranked, what } of axes)
    if (ranked.rest)
      notes.push(
        fillTemplate(t(lang, ranked.mode === 'sum' ? 'categoriesSummed' : 'categoriesOmitted'), {
          shown: ranked.total - ranked.rest,
          total: ranked.total,
          what,
          rest: ranked.rest,
          count: ranked.restCount,
        }),
      );
  return notes;
}

function summarizeGroups(lang: Lang, groups: GroupRow[]): string {
  const top = groups
    .slice(0, 3)
    .map((g) => `${g.keys.map((k) => readNodeLabel(k.node ?? null, lang)).join(' × ')}: ${g.count}`)
    .join('; ');
  return fillTemplate(t(lang, 'summaryGroups'), { n: groups.length, total: groups.reduce((s, g) => s + g.count, 0), top: top || '—' });
}

// --- Chart 2: reform measures by field × zone (heatmap) ---

export function buildMeasuresByField(data: DashboardMeasuresByFieldQuery, lang: Lang): ChartModel {
  const groups = data.reformMeasureCounts;
  const fields = rankCategories(groups, 0, MAX_CATEGORIES, 'omit', lang);
  const zones = rankCategories(groups, 1, MAX_CATEGORIES, 'omit', lang);
  const cells = new Map<string, number>();
  for (const g of groups) {
    const y = fields.indexOf(g.keys[0]?.node?.id ?? '');
    const x = zones.indexOf(g.keys[1]?.node?.id ?? '');
    if (x === null || y === null) continue;
    cells.set(`${x},${y}`, (cells.get(`${x},${y}`) ?? 0) + g.count);
  }
  const values = [...cells].map(([xy, count]) => [...xy.split(',').map(Number), count] as [number, number, number]);
  const max = Math.max(1, ...values.map((v) => v[2]));
  return {
    rows: toGroupRows(groups, ['field', 'zone']),
    height: Math.max(340, fields.drawn.length * 34 + 190),
    notes: [
      t(lang, 'measuresNote'),
      ...noteCaps(lang, groups, [
        { ranked: fields, what: t(lang, 'fieldsWord') },
        { ranked: zones, what: t(lang, 'zonesWord') },
      ]),
    ],
    summary: summarizeGroups(lang, groups),
    labels: [...fields.drawn.map((c) => c.label), ...zones.drawn.map((c) => c.label)],
    option: {
      ...BASE,
      tooltip: {
        ...TOOLTIP,
        formatter: (p: { value: [number, number, number] }) => `${fields.drawn[p.value[1]]?.label} × ${zones.drawn[p.value[0]]?.label}\n${t(lang, 'count')}: ${p.value[2]}`,
      },
      grid: { left: 10, right: 20, top: 10, bottom: 70, containLabel: true },
      xAxis: {
        type: 'category',
        data: zones.drawn.map((c) => c.label),
        name: t(lang, 'zoneAxis'),
        nameLocation: 'middle',
        nameGap: 62,
        axisLabel: { interval: 0, rotate: 45, fontFamily: CHART_FONT },
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: fields.drawn.map((c) => c.label),
        inverse: true,
        axisLabel: { fontFamily: CHART_FONT, width: 220, overflow: 'truncate' },
        splitArea: { show: true },
      },
      visualMap: {
        min: 0,
        max,
        text: [String(max), '0'],
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        textStyle: { fontFamily: CHART_FONT },
        inRange: { color: ['#eef3fb', '#0b5cad'] },
      },
      series: [{ type: 'heatmap', name: t(lang, 'count'), data: values, label: { show: true, fontFamily: CHART_FONT, fontSize: 11 } }],
    },
  };
}

/** How many rows the legend wraps to at about 1100 px (the grid starts below it). */
function estimateLegendRows(labels: string[], lang: Lang): number {
  const perChar = lang === 'zh' ? 12 : 7;
  const width = labels.reduce((sum, label) => sum + label.length * perChar + 45, 0);
  return Math.max(1, Math.ceil(width / 1100));
}

// --- Chart 4: clusters per industry and zone (stacked bars) ---

export function buildClustersByIndustry(data: DashboardClustersByIndustryQuery, lang: Lang): ChartModel {
  const groups = data.industrialClusterCounts;
  const industries = rankCategories(groups, 0, MAX_STACKED, 'sum', lang);
  const zones = rankCategories(groups, 1, MAX_CATEGORIES, 'omit', lang);
  const stacks = industries.drawn.map(() => zones.drawn.map(() => 0));
  for (const g of groups) {
    const stack = industries.indexOf(g.keys[0]?.node?.id ?? '');
    const bar = zones.indexOf(g.keys[1]?.node?.id ?? '');
    if (stack !== null && bar !== null) stacks[stack]![bar]! += g.count;
  }
  const legendRows = estimateLegendRows(
    industries.drawn.map((c) => c.label),
    lang,
  );
  return {
    rows: toGroupRows(groups, ['industry', 'zone']),
    height: Math.max(340, zones.drawn.length * 26 + 150),
    notes: [
      t(lang, 'clustersNote'),
      ...noteCaps(lang, groups, [
        { ranked: industries, what: t(lang, 'industriesWord') },
        { ranked: zones, what: t(lang, 'zonesWord') },
      ]),
    ],
    summary: summarizeGroups(lang, groups),
    labels: [...industries.drawn.map((c) => c.label), ...zones.drawn.map((c) => c.label)],
    option: {
      ...BASE,
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p: { seriesName: string; name: string; value: number }) => `${p.name}\n${p.seriesName}: ${p.value}` },
      legend: { top: 0, type: 'plain', textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 10, right: 30, top: 16 + 24 * legendRows, bottom: 20, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: CHART_FONT } },
      yAxis: { type: 'category', data: zones.drawn.map((c) => c.label), inverse: true, axisLabel: { interval: 0, fontFamily: CHART_FONT } },
      series: industries.drawn.map((industry, i) => ({
        type: 'bar',
        stack: 'clusters',
        name: industry.label,
        data: stacks[i]!.map((v) => (v === 0 ? null : v)),
        barMaxWidth: 22,
      })),
    },
  };
}

// --- Chart 3: indicator series over time (one grid per metric) ---

type Series = DashboardIndicatorsQuery['indicatorSeries'][number];

function readSubjectLabel(subject: Series['subject'], lang: Lang): string {
  if (!subject) return t(lang, 'ftzWide');
  if (subject.__typename === 'Zone') return readZoneShortLabel(subject, lang);
  if ('nameEn' in subject) return (lang === 'zh' ? subject.nameZh || subject.nameEn : subject.nameEn) ?? subject.id;
  if ('titleEn' in subject) return (lang === 'zh' ? subject.titleZh || subject.titleEn : subject.titleEn) ?? subject.id;
  return subject.id;
}

const GRID_HEIGHT = 170;
const GRID_GAP = 70;

export function buildIndicators(data: DashboardIndicatorsQuery, metrics: string[], lang: Lang): ChartModel {
  const all = data.indicatorSeries;
  const rows: ExportRow[] = all.flatMap((s) =>
    s.points.map((p) => ({
      metric: s.metric,
      subjectId: s.subject?.id ?? null,
      subject: readSubjectLabel(s.subject, lang),
      pointId: p.id,
      asOf: p.asOf,
      value: p.value,
      valueText: p.valueText,
      unit: p.unit,
      disputed: p.disputed,
      verified: p.verified,
    })),
  );
  const shownMetrics = metrics.filter((m) => all.some((s) => s.metric === m));
  const notes = [t(lang, 'indicatorsNote')];
  const grids: object[] = [];
  const xAxes: object[] = [];
  const yAxes: object[] = [];
  const titles: object[] = [];
  const series: object[] = [];
  const labels: string[] = [];
  shownMetrics.forEach((metric, gridIndex) => {
    const ofMetric = all.filter((s) => s.metric === metric).sort((a, b) => b.points.length - a.points.length);
    const drawn = ofMetric.slice(0, MAX_SERIES_PER_METRIC);
    if (ofMetric.length > drawn.length) notes.push(fillTemplate(t(lang, 'seriesCapped'), { metric, shown: drawn.length, total: ofMetric.length }));
    const units = [...new Set(ofMetric.flatMap((s) => s.points.map((p) => p.unit).filter(Boolean)))].join(', ');
    const top = 30 + gridIndex * (GRID_HEIGHT + GRID_GAP);
    const metricName = readMetricName(metric, lang);
    const heading = metricName === metric ? metric : `${metricName} · ${metric}`;
    titles.push({ text: units ? `${heading} (${units})` : heading, top: top - 28, left: 0, textStyle: { fontFamily: CHART_FONT, fontSize: 14, fontWeight: 'normal' } });
    grids.push({ left: 70, right: 190, top, height: GRID_HEIGHT });
    xAxes.push({ type: 'time', gridIndex, axisLabel: { fontFamily: CHART_FONT } });
    // Figures spanning two orders of magnitude (a zone's 120 km² beside Hainan Island's 33,920) get a log axis.
    const values = drawn.flatMap((x) => x.points.flatMap((p) => (p.value === null ? [] : [p.value])));
    const logScale = values.length > 1 && Math.min(...values) > 0 && Math.max(...values) / Math.min(...values) >= 100;
    if (logScale) notes.push(fillTemplate(t(lang, 'logScale'), { metric: metricName }));
    yAxes.push({ type: logScale ? 'log' : 'value', gridIndex, scale: true, axisLabel: { fontFamily: CHART_FONT } });
    for (const s of drawn) {
      const name = readSubjectLabel(s.subject, lang);
      labels.push(`${metricName} · ${name}`);
      series.push({
        type: 'line',
        name: `${metricName} · ${name}`,
        xAxisIndex: gridIndex,
        yAxisIndex: gridIndex,
        endLabel: { show: true, formatter: name, fontFamily: CHART_FONT, width: 170, overflow: 'truncate' },
        labelLayout: { moveOverlap: 'shiftY' },
        connectNulls: true,
        data: s.points
          .filter((p) => p.value !== null)
          .map((p) => {
            const { time } = placeDate(p.asOf);
            const marks = [p.disputed ? t(lang, 'disputed') : '', p.verified ? '' : t(lang, 'unverified')].filter(Boolean).join(', ');
            return {
              name: p.id,
              value: [time, p.value, `${p.asOf}: ${p.valueText ?? p.value}${p.unit ? ` ${p.unit}` : ''}${marks ? ` (${marks})` : ''}`],
              symbol: p.disputed ? 'triangle' : p.verified ? 'circle' : 'emptyCircle',
              symbolSize: p.disputed ? 13 : 8,
              ...(p.disputed ? { itemStyle: { color: '#c92a2a' } } : {}),
            };
          }),
      });
    }
  });
  return {
    rows,
    height: Math.max(260, 30 + shownMetrics.length * (GRID_HEIGHT + GRID_GAP)),
    notes,
    summary: fillTemplate(t(lang, 'summaryIndicators'), { n: all.length, m: shownMetrics.length, p: rows.length }),
    labels,
    option: {
      ...BASE,
      title: titles,
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p: { seriesName: string; value: [number, number, string] }) => `${p.seriesName}\n${p.value[2]}` },
      grid: grids,
      xAxis: xAxes,
      yAxis: yAxes,
      series,
    },
  };
}

// --- Chart 5: news items per year, stacked by zone, with the count over all items ---

/** Zones stacked per year before the rest are summed as "Others". */
export const MAX_NEWS_ZONES = 10;

export function buildNewsTimeline(data: DashboardNewsTimelineQuery, lang: Lang): ChartModel {
  const points = data.byZone;
  const periods = [...new Set([...points.map((p) => p.period), ...data.all.map((p) => p.period)])].sort();
  const totals = new Map<string, { zone: NonNullable<(typeof points)[number]['zone']>; total: number }>();
  for (const p of points) {
    if (!p.zone) continue;
    const entry = totals.get(p.zone.id) ?? { zone: p.zone, total: 0 };
    entry.total += p.count;
    totals.set(p.zone.id, entry);
  }
  const ranked = [...totals.values()].sort((a, b) => b.total - a.total || a.zone.id.localeCompare(b.zone.id));
  const drawn = ranked.slice(0, MAX_NEWS_ZONES);
  const rest = ranked.slice(MAX_NEWS_ZONES);
  const drawnIndex = new Map(drawn.map((z, i) => [z.zone.id, i]));
  const stacks = [...drawn, ...(rest.length ? [null] : [])].map(() => periods.map(() => 0));
  for (const p of points) {
    if (!p.zone) continue;
    const stack = drawnIndex.get(p.zone.id) ?? drawn.length;
    stacks[stack]![periods.indexOf(p.period)]! += p.count;
  }
  const zoneLabels = drawn.map((z) => readZoneShortLabel(z.zone, lang));
  const seriesNames = [...zoneLabels, ...(rest.length ? [t(lang, 'others')] : [])];
  const allLabel = t(lang, 'newsAll');
  const allByPeriod = new Map(data.all.map((p) => [p.period, p.count]));
  const rows: ExportRow[] = [
    ...points.map((p) => ({
      scope: 'zone',
      period: p.period,
      start: p.start,
      zoneId: p.zone?.id ?? null,
      zoneEn: p.zone?.shortName ?? null,
      zoneZh: p.zone?.nameZh ?? null,
      count: p.count,
    })),
    ...data.all.map((p) => ({ scope: 'all', period: p.period, start: p.start, zoneId: null, zoneEn: null, zoneZh: null, count: p.count })),
  ];
  const allTotal = data.all.reduce((s, p) => s + p.count, 0);
  const notes = [t(lang, 'newsNote')];
  if (rest.length)
    notes.push(
      fillTemplate(t(lang, 'categoriesSummed'), {
        shown: drawn.length,
        total: ranked.length,
        what: t(lang, 'zonesWord'),
        rest: rest.length,
        count: rest.reduce((s, z) => s + z.total, 0),
      }),
    );
  const legendRows = estimateLegendRows([...seriesNames, allLabel], lang);
  return {
    rows,
    height: 420 + 24 * legendRows,
    notes,
    summary: fillTemplate(t(lang, 'summaryNews'), {
      n: allTotal,
      from: periods[0] ?? '—',
      to: periods[periods.length - 1] ?? '—',
      top:
        drawn
          .slice(0, 3)
          .map((z, i) => `${zoneLabels[i]}: ${z.total}`)
          .join('; ') || '—',
    }),
    labels: [...seriesNames, allLabel, ...periods],
    option: {
      ...BASE,
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p: { seriesName: string; name: string; value: number }) => `${p.name}\n${p.seriesName}: ${p.value}` },
      legend: { top: 0, type: 'plain', textStyle: { fontFamily: CHART_FONT } },
      grid: { left: 10, right: 30, top: 16 + 24 * legendRows, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: periods, axisLabel: { fontFamily: CHART_FONT } },
      yAxis: { type: 'value', minInterval: 1, name: t(lang, 'newsAxis'), nameTextStyle: { fontFamily: CHART_FONT, align: 'left' }, axisLabel: { fontFamily: CHART_FONT } },
      series: [
        // "Others" in grey, so it is not read as one more zone.
        ...seriesNames.map((name, i) => ({
          type: 'bar',
          stack: 'news',
          name,
          data: stacks[i]!.map((v) => (v === 0 ? null : v)),
          barMaxWidth: 48,
          ...(i === drawn.length ? { itemStyle: { color: '#adb5bd' } } : {}),
        })),
        {
          type: 'line',
          name: allLabel,
          data: periods.map((period) => allByPeriod.get(period) ?? 0),
          itemStyle: { color: '#1f2328' },
          lineStyle: { type: 'dashed', color: '#1f2328' },
          symbol: 'circle',
          symbolSize: 7,
        },
      ],
    },
  };
}
