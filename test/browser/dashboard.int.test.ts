// The dashboard in headless Chromium against the real server and Neo4j: each chart is drawn
// from exactly one GraphQL request, shows that request's document and variables, and its data
// table and CSV export equal the API's own answer to the same operation; the canvas is drawn;
// 中文 mode switches the chart labels; a single chart's permalink reopens it.
import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/graphqlClient.js';
import { parseCsv, saveScreenshot } from './support/browser.js';
import { useExplorerHarness } from './support/explorerHarness.js';

const explorer = useExplorerHarness();

interface SentOperation {
  query: string;
  variables: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSentOperation(request: Request): SentOperation {
  const body: unknown = request.postDataJSON();
  if (!isRecord(body) || typeof body.query !== 'string') throw new Error(`not a GraphQL POST: ${request.postData()}`);
  return { query: body.query, variables: isRecord(body.variables) ? body.variables : {} };
}

/** Opens a watched page at `path`, recording every POST to /graphql from its first request on. */
async function openRecorded(path: string): Promise<{ page: Page; sent: SentOperation[] }> {
  const sent: SentOperation[] = [];
  // A blank start (the favicon) so the listener is on before the explorer loads.
  const page = await explorer.open('/favicon.svg');
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') sent.push(readSentOperation(request));
  });
  await page.goto(explorer.origin + path);
  return { page, sent };
}

function panel(page: Page, chart: string) {
  return page.locator(`.chart-panel[data-chart="${chart}"]`);
}

async function waitForDrawn(page: Page, chart: string): Promise<void> {
  await panel(page, chart).locator('.chart-canvas[data-drawn="true"]').waitFor();
  // Settle: no request still on its way.
  await page.waitForLoadState('networkidle');
}

async function downloadCsv(page: Page, chart: string): Promise<Array<Record<string, string>>> {
  const [download] = await Promise.all([page.waitForEvent('download'), panel(page, chart).locator('button[data-export="csv"]').click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)], 'CSV starts with a UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.toString('utf8').slice(1));
}

async function readTable(page: Page, chart: string): Promise<Array<Record<string, string>>> {
  const toggle = panel(page, chart).locator('button[data-action="table"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return panel(page, chart)
    .getByTestId('chart-table')
    .evaluate((table) => {
      const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      return [...table.querySelectorAll('tbody tr')].map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [header[i]!, td.textContent ?? ''])));
    });
}

/** Pixels of the chart's canvas that are neither transparent nor white, and how many distinct colours. */
async function readCanvasInk(page: Page, chart: string): Promise<{ inked: number; colours: number; hash: string }> {
  return panel(page, chart)
    .locator('.chart-canvas canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      let hash = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a > 0 && !(r > 250 && g > 250 && b > 250)) {
          inked++;
          colours.add((r << 16) | (g << 8) | b);
        }
        hash = (hash * 31 + r + g * 7 + b * 13 + a) | 0;
      }
      return { inked, colours: colours.size, hash: String(hash) };
    });
}

/** Pixels drawn in the disputed-point red (#c92a2a), which no series colour comes near. */
async function countDisputedRed(page: Page, chart: string): Promise<number> {
  return panel(page, chart)
    .locator('.chart-canvas canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 180 && data[i + 1]! < 55 && data[i + 2]! < 55 && data[i + 3]! > 200) red++;
      return red;
    });
}

/** CSV cells as the explorer writes them: null as empty, the rest as text. */
function toCell(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

interface KeyNode {
  __typename: string;
  id: string;
  shortName?: string;
}
interface GroupAnswer {
  count: number;
  keys: Array<{ node: KeyNode | null }>;
}

/** A grouped count's rows as ids and counts, in the API's order. */
function toGroupCells(groups: GroupAnswer[]): Array<[string, string, string]> {
  return groups.map((g) => [toCell(g.keys[0]?.node?.id), toCell(g.keys[1]?.node?.id), String(g.count)]);
}

const CHART_OPERATIONS = [
  { chart: 'zones-timeline', operation: 'DashboardZonesTimeline' },
  { chart: 'measures-by-field', operation: 'DashboardMeasuresByField' },
  { chart: 'indicators', operation: 'DashboardIndicators' },
  { chart: 'clusters-by-industry', operation: 'DashboardClustersByIndustry' },
  { chart: 'news', operation: 'DashboardNewsTimeline' },
] as const;

describe('dashboard: one request per chart, the query shown is the one sent', () => {
  it.each(CHART_OPERATIONS)('$chart alone sends exactly one request ($operation), shows its document and variables, and draws its canvas', async ({ chart, operation }) => {
    const { page, sent } = await openRecorded(`/dashboard?chart=${chart}`);
    await waitForDrawn(page, chart);
    expect(sent).toHaveLength(1);
    const [one] = sent;
    expect(one!.query).toMatch(new RegExp(`^\\s*query ${operation}\\b`));
    expect(await page.locator('.chart-panel').count()).toBe(1);
    // The shown query is the document sent, character for character, and the variables too.
    await panel(page, chart).locator('.chart-query summary').click();
    expect(await panel(page, chart).getByTestId('query-text').textContent()).toBe(one!.query);
    expect(JSON.parse((await panel(page, chart).getByTestId('query-variables').textContent())!)).toEqual(one!.variables);
    // "Open as a query" carries the same document and variables to the IDE.
    const href = await panel(page, chart).locator('a.open-as-query').getAttribute('href');
    const ide = new URL(href!, explorer.origin).searchParams;
    expect(ide.get('query')).toBe(one!.query.trim());
    if (Object.keys(one!.variables).length) expect(JSON.parse(ide.get('variables')!)).toEqual(one!.variables);
    // The data version is the one the API answers with.
    const api = await gql(explorer.app, one!.query, one!.variables);
    expect(api.errors).toBeUndefined();
    expect(await panel(page, chart).getByTestId('data-version').textContent()).toBe(String(api.extensions!.dataVersion));
    // Drawn, not blank: many inked pixels in several colours.
    const ink = await readCanvasInk(page, chart);
    expect(ink.inked).toBeGreaterThan(2000);
    expect(ink.colours).toBeGreaterThan(5);
  });

  it('the whole dashboard sends five requests, one per chart, and draws all five', async () => {
    const { page, sent } = await openRecorded('/dashboard');
    for (const { chart } of CHART_OPERATIONS) await waitForDrawn(page, chart);
    const names = sent.map((s) => /query (\w+)/.exec(s.query)?.[1]);
    expect(names.sort()).toEqual(CHART_OPERATIONS.map((c) => c.operation).sort());
    await saveScreenshot(page, 'dashboard-en');
  });
});

interface ZonesAnswer {
  zones: {
    totalCount: number;
    nodes: Array<{
      id: string;
      kind: string;
      batch: number | null;
      launchedOn: string | null;
      approvedOn: string | null;
      planIssuedOn: string | null;
      nameZh: string | null;
      shortName: string;
    }>;
  };
}

describe('dashboard: each chart draws the API answer', () => {
  it('the zones timeline lists the 22 pilot FTZs and the Hainan FTP with their launch dates from the API', async () => {
    const { page, sent } = await openRecorded('/dashboard?chart=zones-timeline');
    await waitForDrawn(page, 'zones-timeline');
    const api = (await gql<ZonesAnswer>(explorer.app, sent[0]!.query, sent[0]!.variables)).data!.zones;
    expect(api.totalCount).toBe(23);
    expect(api.nodes.filter((z) => z.kind === 'PILOT_FREE_TRADE_ZONE')).toHaveLength(22);
    expect(api.nodes.filter((z) => z.kind === 'FREE_TRADE_PORT').map((z) => z.id)).toEqual(['zone:hainan-ftp']);
    const csv = await downloadCsv(page, 'zones-timeline');
    const table = await readTable(page, 'zones-timeline');
    expect(table).toEqual(csv);
    const expected = api.nodes.map((z) => ({
      id: z.id,
      batch: toCell(z.batch),
      launchedOn: toCell(z.launchedOn),
      approvedOn: toCell(z.approvedOn),
      planIssuedOn: toCell(z.planIssuedOn),
    }));
    expect(csv.map((r) => ({ id: r.id, batch: r.batch, launchedOn: r.launchedOn, approvedOn: r.approvedOn, planIssuedOn: r.planIssuedOn }))).toEqual(expected);
    expect(csv).toHaveLength(23);
    expect(csv.find((r) => r.id === 'zone:shanghai')?.launchedOn).toBe('2013-09-29');
    expect(csv.find((r) => r.id === 'zone:xinjiang')?.launchedOn).toBe('2023-11-01');
    // Hainan has no recorded launch date: it is placed by its approval date and says so.
    expect(csv.find((r) => r.id === 'zone:hainan')).toMatchObject({ launchedOn: '', placedBy: 'approvedOn' });
    expect(csv.find((r) => r.id === 'zone:hainan-ftp')).toMatchObject({ batch: '', placedBy: 'planIssuedOn' });
    // Every zone is drawn (23 rows on the axis, plus the batch names).
    const labels = (await panel(page, 'zones-timeline').getByTestId('chart-labels').textContent())!;
    for (const z of api.nodes) expect(labels).toContain(z.shortName);
  });

  it('reform measures by field × zone: the table and CSV are the API grouped count, row for row', async () => {
    const { page, sent } = await openRecorded('/dashboard?chart=measures-by-field');
    await waitForDrawn(page, 'measures-by-field');
    expect(sent[0]!.variables).toEqual({ first: 1000 });
    const api = (await gql<{ reformMeasureCounts: GroupAnswer[] }>(explorer.app, sent[0]!.query, sent[0]!.variables)).data!.reformMeasureCounts;
    expect(api.length).toBeGreaterThan(5);
    expect(api.some((g) => g.keys[1]?.node?.id === 'zone:shanghai')).toBe(true);
    const csv = await downloadCsv(page, 'measures-by-field');
    expect(csv.map((r) => [r.fieldId, r.zoneId, r.count])).toEqual(toGroupCells(api));
    expect(await readTable(page, 'measures-by-field')).toEqual(csv);
    // JSON export: the same rows, numbers as numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page, 'measures-by-field').locator('button[data-export="json"]').click()]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<Record<string, unknown>>;
    expect(json.map((r) => r.count)).toEqual(api.map((g) => g.count));
  });

  it('clusters per industry and zone: the table and CSV are the API grouped count, row for row', async () => {
    const { page, sent } = await openRecorded('/dashboard?chart=clusters-by-industry');
    await waitForDrawn(page, 'clusters-by-industry');
    await saveScreenshot(page, 'dashboard-clusters-en');
    const api = (await gql<{ industrialClusterCounts: GroupAnswer[] }>(explorer.app, sent[0]!.query, sent[0]!.variables)).data!.industrialClusterCounts;
    expect(api.length).toBeGreaterThan(3);
    const csv = await downloadCsv(page, 'clusters-by-industry');
    expect(csv.map((r) => [r.industryId, r.zoneId, r.count])).toEqual(toGroupCells(api));
    expect(await readTable(page, 'clusters-by-industry')).toEqual(csv);
  });

  it('news timeline: the table and CSV are the API timeline row for row, per zone and over all items; the zones with most items are drawn', async () => {
    const { page, sent } = await openRecorded('/dashboard?chart=news');
    await waitForDrawn(page, 'news');
    await saveScreenshot(page, 'dashboard-news-en');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toEqual({ period: 'YEAR' });
    type Point = { period: string; start: string; count: number; zone?: { id: string; shortName: string } | null };
    const api = (await gql<{ byZone: Point[]; all: Point[] }>(explorer.app, sent[0]!.query, sent[0]!.variables)).data!;
    // The count over all items is the number of items the API lists.
    const listed = await gql<{ newsItems: { totalCount: number } }>(explorer.app, '{ newsItems { totalCount } }');
    const allTotal = api.all.reduce((s, p) => s + p.count, 0);
    expect(allTotal).toBe(listed.data!.newsItems.totalCount);
    expect(api.all.map((p) => p.period)).toEqual(expect.arrayContaining(['2020', '2023', '2026']));
    const csv = await downloadCsv(page, 'news');
    expect(await readTable(page, 'news')).toEqual(csv);
    expect(csv.filter((r) => r.scope === 'zone').map((r) => [r.period, r.zoneId, r.count])).toEqual(api.byZone.map((p) => [p.period, p.zone!.id, String(p.count)]));
    expect(csv.filter((r) => r.scope === 'all').map((r) => [r.period, r.count])).toEqual(api.all.map((p) => [p.period, String(p.count)]));
    // Totals: the table's per-zone and overall sums are the API's.
    const sum = (rows: Array<Record<string, string>>) => rows.reduce((s, r) => s + Number(r.count), 0);
    expect(sum(csv.filter((r) => r.scope === 'all'))).toBe(allTotal);
    expect(sum(csv.filter((r) => r.scope === 'zone'))).toBe(api.byZone.reduce((s, p) => s + p.count, 0));
    const xinjiang2023 = csv.find((r) => r.scope === 'zone' && r.zoneId === 'zone:xinjiang' && r.period === '2023');
    expect(Number(xinjiang2023?.count)).toBeGreaterThanOrEqual(1);
    // The zone with most items is drawn as a series, and every year is on the axis.
    const byZone = new Map<string, { name: string; total: number }>();
    for (const p of api.byZone) byZone.set(p.zone!.id, { name: p.zone!.shortName, total: (byZone.get(p.zone!.id)?.total ?? 0) + p.count });
    const top = [...byZone.values()].sort((a, b) => b.total - a.total)[0]!;
    const labels = (await panel(page, 'news').getByTestId('chart-labels').textContent())!.split(', ');
    expect(labels).toContain(top.name);
    for (const p of api.all) expect(labels).toContain(p.period);
    // 中文: the chart's own words switch without a new request.
    await page.getByTestId('lang-toggle').click();
    await page.waitForURL(/lang=zh/);
    await page.waitForFunction(() => document.querySelector('[data-chart="news"] [data-testid="chart-labels"]')?.textContent?.includes('全部新闻'));
    await waitForDrawn(page, 'news');
    expect(await panel(page, 'news').locator('h2').textContent()).toBe('《新闻联播》各年提及各自贸试验区的新闻条数');
    expect(sent).toHaveLength(1);
    await saveScreenshot(page, 'dashboard-news-zh');
  });

  it('indicators: the default replication series, every point with its asOf date; the metric picker adds a metric in one new request and keeps it in the URL', async () => {
    const { page, sent } = await openRecorded('/dashboard?chart=indicators');
    await waitForDrawn(page, 'indicators');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables.metrics).toContain('reforms-replicated-nationwide');
    type SeriesAnswer = {
      indicatorSeries: Array<{
        metric: string;
        subject: { id: string } | null;
        points: Array<{ id: string; asOf: string; value: number | null; disputed: boolean; verified: boolean }>;
      }>;
    };
    const readPoints = (answer: SeriesAnswer) =>
      answer.indicatorSeries.flatMap((s) => s.points.map((p) => [s.metric, toCell(s.subject?.id), p.id, p.asOf, toCell(p.value), String(p.disputed), String(p.verified)]));
    const api = (await gql<SeriesAnswer>(explorer.app, sent[0]!.query, sent[0]!.variables)).data!;
    const replicated = api.indicatorSeries.find((s) => s.metric === 'reforms-replicated-nationwide' && s.subject === null)!;
    expect(replicated.points.map((p) => p.asOf)).toEqual(['2020', '2021-07', '2022-05', '2022-10', '2023-09', '2024-01', '2025']);
    const csv = await downloadCsv(page, 'indicators');
    expect(csv.map((r) => [r.metric, r.subjectId, r.pointId, r.asOf, r.value, r.disputed, r.verified])).toEqual(readPoints(api));
    // No disputed point among the defaults: nothing is drawn in the disputed red.
    expect(readPoints(api).some((p) => p[5] === 'true')).toBe(false);
    expect(await countDisputedRed(page, 'indicators')).toBe(0);
    // Pick area-km2 (it has disputed and unverified figures): one more request, the URL keeps the pick.
    await panel(page, 'indicators').locator('.metric-picker summary').click();
    await panel(page, 'indicators').locator('label[data-metric="area-km2"] input').check();
    await page.waitForURL(/metrics=[^&]*area-km2/);
    // The new answer is drawn: its series (area-km2 is named "Area") are among the labels.
    await page.waitForFunction(() => document.querySelector('[data-chart="indicators"] [data-testid="chart-labels"]')?.textContent?.includes('Area · '));
    await waitForDrawn(page, 'indicators');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.variables.metrics).toEqual([...(sent[0]!.variables.metrics as string[]), 'area-km2']);
    const after = (await gql<SeriesAnswer>(explorer.app, sent[1]!.query, sent[1]!.variables)).data!;
    const rows = await readTable(page, 'indicators');
    expect(rows.map((r) => [r.metric, r.subjectId, r.pointId, r.asOf, r.value, r.disputed, r.verified])).toEqual(readPoints(after));
    expect(rows.some((r) => r.metric === 'area-km2' && r.disputed === 'true')).toBe(true);
    expect(rows.some((r) => r.metric === 'area-km2' && r.verified === 'false')).toBe(true);
    // The disputed points are marked on the canvas (red triangles).
    expect(await countDisputedRed(page, 'indicators')).toBeGreaterThan(20);
    // Escape closes the picker and focus returns to its summary.
    await panel(page, 'indicators').locator('label[data-metric="area-km2"] input').focus();
    await page.keyboard.press('Escape');
    expect(
      await panel(page, 'indicators')
        .locator('.metric-picker')
        .evaluate((d: HTMLDetailsElement) => d.open),
    ).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // Reopening the URL shows the same pick.
    const url = new URL(page.url());
    const again = await openRecorded(url.pathname + url.search);
    await waitForDrawn(again.page, 'indicators');
    expect(again.sent.map((s) => s.variables.metrics)).toEqual([sent[1]!.variables.metrics]);
    await again.page.evaluate(() => window.scrollBy(0, 720));
    await saveScreenshot(again.page, 'dashboard-indicators-area');
  });
});

describe('dashboard: language, permalink, keyboard, PNG', () => {
  it('中文 mode switches the chart labels (no new request) and reopens in 中文', async () => {
    const { page, sent } = await openRecorded('/dashboard');
    for (const { chart } of CHART_OPERATIONS) await waitForDrawn(page, chart);
    const enLabels = (await panel(page, 'zones-timeline').getByTestId('chart-labels').textContent())!;
    expect(enLabels).toContain('Shanghai');
    expect(enLabels).toContain('Batch 1');
    const enInk = await readCanvasInk(page, 'zones-timeline');
    await page.getByTestId('lang-toggle').click();
    await page.waitForURL(/lang=zh/);
    await page.waitForFunction(() => document.querySelector('[data-chart="zones-timeline"] [data-testid="chart-labels"]')?.textContent?.includes('上海'));
    for (const { chart } of CHART_OPERATIONS) await waitForDrawn(page, chart);
    const zhLabels = (await panel(page, 'zones-timeline').getByTestId('chart-labels').textContent())!;
    expect(zhLabels).toContain('第1批');
    expect(zhLabels).not.toContain('Shanghai');
    expect(await panel(page, 'zones-timeline').locator('h2').textContent()).toBe('各批次自贸试验区挂牌时间线');
    // The canvas is redrawn with the Chinese labels.
    expect((await readCanvasInk(page, 'zones-timeline')).hash).not.toBe(enInk.hash);
    expect(sent).toHaveLength(CHART_OPERATIONS.length);
    const measures = (await panel(page, 'measures-by-field').getByTestId('chart-labels').textContent())!;
    expect(measures).toMatch(/[\u4e00-\u9fff]/);
    await saveScreenshot(page, 'dashboard-zh');
    await panel(page, 'indicators').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-indicators-zh');
  });

  it('the permalink of a single chart reopens that chart alone, in the same language', async () => {
    const { page } = await openRecorded('/dashboard?lang=zh');
    await waitForDrawn(page, 'measures-by-field');
    await panel(page, 'measures-by-field').locator('a.chart-permalink').click();
    await page.waitForURL(`${explorer.origin}/dashboard?chart=measures-by-field&lang=zh`);
    await waitForDrawn(page, 'measures-by-field');
    expect(await page.locator('.chart-panel').count()).toBe(1);
    const before = await downloadCsv(page, 'measures-by-field');
    const again = await openRecorded('/dashboard?chart=measures-by-field&lang=zh');
    await waitForDrawn(again.page, 'measures-by-field');
    expect(again.sent).toHaveLength(1);
    expect(await again.page.locator('.chart-panel').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-chart')))).toEqual(['measures-by-field']);
    expect(await again.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await downloadCsv(again.page, 'measures-by-field')).toEqual(before);
    await saveScreenshot(again.page, 'dashboard-measures-zh');
  });

  it('is keyboard-usable: Tab reaches the table toggle, Enter opens the table, Escape closes it; focus is visible', async () => {
    const { page } = await openRecorded('/dashboard?chart=clusters-by-industry');
    await waitForDrawn(page, 'clusters-by-industry');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'table');
    }
    expect(reached).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await panel(page, 'clusters-by-industry').getByTestId('chart-table').waitFor();
    await page.keyboard.press('Escape');
    await panel(page, 'clusters-by-industry').getByTestId('chart-table').waitFor({ state: 'detached' });
  });

  it('downloads the chart as a PNG drawn on white', async () => {
    const { page } = await openRecorded('/dashboard?chart=zones-timeline');
    await waitForDrawn(page, 'zones-timeline');
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page, 'zones-timeline').locator('button[data-export="png"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Twice the canvas width (pixelRatio 2): bytes 16..19 are the width.
    const width = bytes.readUInt32BE(16);
    const canvasWidth = await panel(page, 'zones-timeline')
      .locator('.chart-canvas')
      .evaluate((el) => el.clientWidth);
    expect(width).toBe(canvasWidth * 2);
  });
});

// Answers shaped like the medium benchmark graph's (bench/generate.ts: 200 zones, 30,000
// measures, 1,000 industries, 5,000 clusters, 30,000 observations), served in place of the
// API so the caps are checked without loading 100k nodes: at most 30 zones and fields (+ Others)
// and 12 stacked industries are drawn, and each chart says so.
function buildBenchAnswer(operation: string): unknown {
  const zone = (n: number) => ({
    __typename: 'Zone',
    id: `zone:syn-${String(n).padStart(6, '0')}`,
    nameEn: `Synthetic zone ${n}`,
    nameZh: `中国(合成${n})自由贸易试验区`,
    shortName: `Syn ${n}`,
  });
  const field = (n: number) => ({ __typename: 'ReformField', id: `field:syn-${n}`, nameEn: `Field ${n}`, nameZh: `领域${n}` });
  const industry = (n: number) => ({ __typename: 'Industry', id: `industry:syn-${String(n).padStart(6, '0')}`, nameEn: `Industry ${n}`, nameZh: `产业${n}` });
  // Coprime sizes: the 1000 (i mod as, i mod bs) pairs are all different.
  const groups = (a: (n: number) => unknown, as: number, b: (n: number) => unknown, bs: number) =>
    Array.from({ length: 1000 }, (_, i) => ({ count: 1000 - i, keys: [{ node: a(i % as) }, { node: b(i % bs) }] }));
  switch (operation) {
    case 'DashboardZonesTimeline':
      return {
        zones: {
          totalCount: 200,
          nodes: Array.from({ length: 100 }, (_, i) => ({
            ...zone(i),
            kind: 'PILOT_FREE_TRADE_ZONE',
            batch: (i % 7) + 1,
            launchedOn: `${2013 + (i % 11)}-0${(i % 9) + 1}-15`,
            approvedOn: null,
            planIssuedOn: null,
            verified: true,
          })),
        },
      };
    case 'DashboardMeasuresByField':
      return { reformMeasureCounts: groups(field, 37, zone, 200) };
    case 'DashboardClustersByIndustry':
      return { industrialClusterCounts: groups(industry, 301, zone, 200) };
    case 'DashboardIndicators':
      return {
        metrics: [{ value: 'reforms-replicated-nationwide', count: 1500 }],
        indicatorSeries: Array.from({ length: 500 }, (_, i) => ({
          metric: 'reforms-replicated-nationwide',
          subject: zone(i % 200),
          points: [2019, 2021, 2023].map((y, j) => ({
            id: `obs:syn-${i}-${j}`,
            value: i + j,
            valueText: null,
            unit: 'count',
            asOf: String(y),
            disputed: j === 1,
            verified: j !== 2,
          })),
        })),
      };
    case 'DashboardNewsTimeline': {
      const years = ['2020', '2021', '2022', '2023', '2024', '2025', '2026'];
      return {
        byZone: years.flatMap((period, y) => Array.from({ length: 200 }, (_, i) => ({ period, start: `${period}-01-01`, count: 1 + ((i * 7 + y) % 13), zone: zone(i) }))),
        all: years.map((period, y) => ({ period, start: `${period}-01-01`, count: 900 + y })),
      };
    }
    default:
      throw new Error(`no benchmark answer for ${operation}`);
  }
}

describe('dashboard on a benchmark-sized answer', () => {
  it('caps the categories drawn (30 zones and fields, 12 industries + Others, 10 news zones + Others, 10 series per metric) and says so on each chart', async () => {
    const page = await explorer.open('/favicon.svg');
    await page.route('**/graphql', async (route) => {
      const operation = /query (\w+)/.exec(readSentOperation(route.request()).query)?.[1] ?? '';
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: buildBenchAnswer(operation), extensions: { dataVersion: 'bench' } }) });
    });
    const started = Date.now();
    await page.goto(`${explorer.origin}/dashboard`);
    for (const { chart } of CHART_OPERATIONS) await panel(page, chart).locator('.chart-canvas[data-drawn="true"]').waitFor();
    console.info(`dashboard on benchmark-sized answers: all five charts drawn ${Date.now() - started} ms after navigation`);
    const labels = async (chart: string) => (await panel(page, chart).getByTestId('chart-labels').textContent())!.split(', ');
    const notes = async (chart: string) => (await panel(page, chart).locator('.chart-notes').textContent())!;
    // Measures: 30 of 37 fields, 30 of 200 zones; the rest are left out (an "Others" column would flatten the colour scale).
    expect(await labels('measures-by-field')).toHaveLength(30 + 30);
    expect(await labels('measures-by-field')).not.toContain('Others');
    expect(await notes('measures-by-field')).toContain('Top 30 of 37 fields by count drawn; the other 7');
    expect(await notes('measures-by-field')).toContain('Top 30 of 200 zones by count drawn; the other 170');
    expect(await notes('measures-by-field')).toContain('largest 1000 groups');
    // Clusters: 12 of 301 industries + an "Others" stack segment, 30 of 200 zones.
    expect(await labels('clusters-by-industry')).toHaveLength(13 + 30);
    expect((await labels('clusters-by-industry')).filter((l) => l === 'Others')).toHaveLength(1);
    expect(await notes('clusters-by-industry')).toContain('Top 12 of 301 industries by count drawn; the other 289');
    // Zones: the 100 the API pages, of 200.
    expect(await notes('zones-timeline')).toContain('100 earliest of 200');
    // News: 10 of 200 zones stacked + an "Others" segment, the all-items line, and the 7 years.
    expect(await labels('news')).toHaveLength(10 + 1 + 1 + 7);
    expect(await notes('news')).toContain('Top 10 of 200 zones by count drawn; the other 190');
    // Indicators: 10 of 500 series drawn.
    expect(await labels('indicators')).toHaveLength(10);
    expect(await notes('indicators')).toContain('10 of 500 series');
    const ink = await readCanvasInk(page, 'measures-by-field');
    expect(ink.inked).toBeGreaterThan(2000);
    await panel(page, 'clusters-by-industry').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-bench-clusters');
  });
});
