// The explorer in headless Chromium against the real server and the real Neo4j: search in
// both languages, Enter, the entity page (facts, sources, relationship counts and paging,
// disputed figures), the language toggle, permalinks, citation, CSV/JSON exports checked
// against the API's own answer, and Chinese glyphs drawn with the shipped font.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../seed/readSeed.js';
import { gql } from '../support/graphqlClient.js';
import { launchChromium, parseCsv, saveScreenshot } from './support/browser.js';
import { useExplorerHarness } from './support/explorerHarness.js';

const explorer = useExplorerHarness();

function openExplorer(path: string): Promise<Page> {
  return explorer.open(path);
}

async function readHitIds(page: Page): Promise<string[]> {
  return page.locator('.hits li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}

interface SearchAnswer {
  search: Array<{ score: number; node: { id: string; __typename: string } }>;
}

async function searchApi(text: string, types?: string[]): Promise<SearchAnswer['search']> {
  const res = await gql<SearchAnswer>(explorer.app, 'query($t: String!, $types: [EntityType!]) { search(text: $t, types: $types, first: 50) { score node { id __typename } } }', {
    t: text,
    types,
  });
  return res.data!.search;
}

describe('explorer search', () => {
  it('finds industry:biomedicine for 生物医药, grouped by type, and Enter opens the best hit', async () => {
    const api = await searchApi('生物医药');
    expect(api.map((h) => h.node.id)).toContain('industry:biomedicine');
    const page = await openExplorer('/');
    await page.locator('#search-box').fill('生物医药');
    await page.waitForURL(/\/search\?q=/);
    await page.locator('.hits li[data-id="industry:biomedicine"]').waitFor();
    // Hits are grouped by type; within the page, every API hit is shown once.
    expect((await readHitIds(page)).sort()).toEqual(api.map((h) => h.node.id).sort());
    const groups = await page.locator('.hit-group').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-type')));
    expect(new Set(groups).size).toBe(groups.length);
    expect(groups).toContain('Industry');
    await saveScreenshot(page, 'search-zh');
    await page.locator('#search-box').press('Enter');
    await page.waitForURL(`${explorer.origin}/entity/${api[0]!.node.id}`);
    await page.locator('.entity-page').waitFor();
    expect(await page.locator('.facts code').first().textContent()).toBe(api[0]!.node.id);
  });

  it('finds zone:shanghai for "Shanghai"; the type filter keeps only zones and lives in the URL', async () => {
    const page = await openExplorer('/search?q=Shanghai');
    await page.locator('.hits li[data-id="zone:shanghai"]').waitFor();
    const all = await readHitIds(page);
    expect(all).toEqual(expect.arrayContaining((await searchApi('Shanghai')).map((h) => h.node.id)));
    await page.getByRole('checkbox', { name: 'Zones' }).check();
    await page.waitForURL(/types=ZONE/);
    await page.locator('.hits li[data-id="zone:shanghai"]').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.hit-group')].every((g) => g.getAttribute('data-type') === 'Zone'));
    expect(await readHitIds(page)).toEqual((await searchApi('Shanghai', ['ZONE'])).map((h) => h.node.id));
    await saveScreenshot(page, 'search-en-zones');
  });

  it('reopens a permalink in the same state: text, filters, language and hits', async () => {
    const path = '/search?q=%E7%94%9F%E7%89%A9%E5%8C%BB%E8%8D%AF&types=INDUSTRY&lang=zh';
    const first = await openExplorer(path);
    await first.locator('.hits li[data-id]').first().waitFor();
    const before = { hits: await readHitIds(first), value: await first.locator('#search-box').inputValue() };
    const url = first.url();
    await first.close();
    const page = await openExplorer(new URL(url).pathname + new URL(url).search);
    await page.locator('.hits li[data-id]').first().waitFor();
    expect(await readHitIds(page)).toEqual(before.hits);
    expect(before.hits).toEqual((await searchApi('生物医药', ['INDUSTRY'])).map((h) => h.node.id));
    expect(await page.locator('#search-box').inputValue()).toBe('生物医药');
    expect(await page.getByRole('checkbox', { name: '产业', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('is keyboard-usable: Escape clears the box, Tab reaches the language toggle and the hits', async () => {
    const page = await openExplorer('/search?q=Shanghai');
    await page.locator('.hits li[data-id="zone:shanghai"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-box');
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-box').inputValue()).toBe('');
    await page.keyboard.type('Shanghai');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entity\//);
    await page.locator('.entity-page h1').waitFor();
    // A new view moves focus to its heading; Tab goes on into the page, Shift+Tab back to the header's controls.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open in graph');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('lang-toggle');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Query');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('lang-toggle');
    // The focused control is visibly outlined.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });
});

interface ZoneAnswer {
  node: {
    launchedOn: string;
    sources: { totalCount: number; nodes: Array<{ id: string; title: string; publisher: string | null; publishedOn: string | null; url: string | null }> };
    areas: { totalCount: number; edges: Array<{ node: { id: string; nameEn: string; nameZh: string | null } }> };
  };
}

describe('explorer entity page', () => {
  it('shows zone:shanghai with its launch date 2013-09-29, every source, and the data version', async () => {
    const api = await gql<ZoneAnswer>(
      explorer.app,
      '{ node(id: "zone:shanghai") { ... on Zone { launchedOn sources(first: 100) { totalCount nodes { id title publisher publishedOn url } } } } }',
    );
    const page = await openExplorer('/entity/zone:shanghai');
    await page.locator('.facts').waitFor();
    expect(await page.locator('.fact[data-field="launchedOn"] dd').textContent()).toBe('2013-09-29');
    expect(api.data!.node.launchedOn).toBe('2013-09-29');
    await page.locator('[data-list="sources"] tr[data-id]').first().waitFor();
    const shown = await page
      .locator('[data-list="sources"] tr[data-id]')
      .evaluateAll((rows) => rows.map((r) => ({ id: r.getAttribute('data-id'), cells: [...r.querySelectorAll('td')].map((td) => td.textContent ?? '') })));
    const sources = api.data!.node.sources.nodes;
    expect(shown.map((s) => s.id)).toEqual(sources.slice(0, 20).map((s) => s.id));
    for (const [i, s] of sources.slice(0, 20).entries()) {
      expect(shown[i]!.cells[0]).toContain(s.title);
      expect(shown[i]!.cells[1]).toBe(s.publisher ?? '—');
      expect(shown[i]!.cells[2]).toBe(s.publishedOn ?? '—');
      if (s.url) expect(shown[i]!.cells[3]).toContain(new URL(s.url).hostname);
    }
    expect(Number(await page.getByTestId('count-sources').textContent())).toBe(api.data!.node.sources.totalCount);
    expect(await page.getByTestId('data-version').textContent()).toBe(String(api.extensions!.dataVersion));
    await page.getByRole('button', { name: 'Cite this' }).click();
    const citation = await page.getByTestId('citation').inputValue();
    expect(citation).toContain('Shanghai');
    expect(citation).toContain(`${explorer.origin}/entity/zone:shanghai`);
    expect(citation).toContain(String(api.extensions!.dataVersion));
    expect(citation).toContain(new Date().toISOString().slice(0, 10));
    await saveScreenshot(page, 'entity-zone-shanghai');
  });

  it('shows a relationship group\'s totalCount from the API and pages it with "Show 20 more"', async () => {
    // The longest relationship list among documents, measures and industries (zones, sub-areas, clusters).
    type Counted = { nodes: Array<{ id: string; __typename: string } & Record<string, { totalCount: number }>> };
    const counts = await gql<{ policyDocuments: Counted; reformMeasures: Counted; industries: Counted }>(
      explorer.app,
      `{ policyDocuments(first: 100) { nodes { id __typename zones(first: 1) { totalCount } areas(first: 1) { totalCount } measures(first: 1) { totalCount } } }
         reformMeasures(first: 100) { nodes { id __typename zones(first: 1) { totalCount } areas(first: 1) { totalCount } } }
         industries(first: 100) { nodes { id __typename zones(first: 1) { totalCount } clusters(first: 1) { totalCount } } } }`,
    );
    const candidates = [...counts.data!.policyDocuments.nodes, ...counts.data!.reformMeasures.nodes, ...counts.data!.industries.nodes].flatMap((n) =>
      Object.entries(n).flatMap(([field, value]) =>
        typeof value === 'object' && value !== null && 'totalCount' in value ? [{ id: n.id, type: n.__typename, list: field, total: value.totalCount }] : [],
      ),
    );
    const longest = candidates.sort((x, y) => y.total - x.total)[0]!;
    const { list, total } = longest;
    const entity = { id: longest.id };
    expect(total, `${longest.id} ${list} is longer than one page`).toBeGreaterThan(20);
    const page = await openExplorer(`/entity/${entity.id}`);
    const group = page.locator(`.relationship-group[data-list="${list}"]`);
    await group.waitFor();
    expect(Number(await page.getByTestId(`count-${list}`).textContent())).toBe(total);
    expect(await group.locator('li[data-id]').count()).toBe(20);
    await group.locator('button.more').click();
    await page.waitForFunction(([l, n]) => document.querySelectorAll(`.relationship-group[data-list="${l}"] li[data-id]`).length === n, [list, Math.min(40, total)] as const);
    const ids = await group.locator('li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    // Keyboard focus lands on the first entry of the new page.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'))).toBe(ids[20]);
    const api = await gql<{ node: Record<string, { edges: Array<{ node: { id: string } }> }> }>(
      explorer.app,
      `query($id: ID!) { node(id: $id) { ... on ${longest.type} { ${list}(first: 40) { edges { node { id } } } } } }`,
      { id: entity.id },
    );
    expect(ids).toEqual(api.data!.node[list]!.edges.map((e) => e.node.id));
    await saveScreenshot(page, 'entity-more');
  });

  it('exports a list as CSV (BOM, Chinese intact) and JSON equal to the API answer', async () => {
    const api = await gql<ZoneAnswer>(explorer.app, '{ node(id: "zone:shanghai") { ... on Zone { areas(first: 20) { totalCount edges { node { id nameEn nameZh } } } } } }');
    const areas = api.data!.node.areas.edges.map((e) => e.node);
    expect(areas.some((a) => a.nameZh && /[\u4e00-\u9fff]/.test(a.nameZh))).toBe(true);
    const page = await openExplorer('/entity/zone:shanghai');
    const group = page.locator('.relationship-group[data-list="areas"]');
    await group.waitFor();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), group.locator('button[data-export="csv"]').click()]);
    const bytes = readFileSync((await csvDownload.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows.map((r) => ({ id: r.id, nameEn: r.nameEn, nameZh: r.nameZh }))).toEqual(areas.map((a) => ({ id: a.id, nameEn: a.nameEn, nameZh: a.nameZh ?? a.nameEn })));
    expect(rows.every((r) => r.relationship === 'HAS_AREA')).toBe(true);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), group.locator('button[data-export="json"]').click()]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as Array<Record<string, unknown>>;
    expect(json.map((r) => r.id)).toEqual(areas.map((a) => a.id));
    expect(json.map((r) => r.nameZh)).toEqual(areas.map((a) => a.nameZh ?? a.nameEn));
  });

  it('shows disputed figures side by side with their sources, and marks unverified ones', async () => {
    const api = await gql<{ observations: { nodes: Array<{ id: string; metric: string; verified: boolean; subject: { id: string } | null; sources: Array<{ id: string }> }> } }>(
      explorer.app,
      '{ observations(where: { disputed: true }, first: 100) { nodes { id metric verified subject { id } sources { id } } } }',
    );
    const disputed = api.data!.observations.nodes.filter((o) => o.subject);
    expect(disputed.length).toBeGreaterThan(1);
    const subject = disputed[0]!.subject!.id;
    const expected = disputed.filter((o) => o.subject!.id === subject);
    const page = await openExplorer(`/entity/${subject}`);
    await page.locator('.disputed .disputed-value').first().waitFor();
    const shown = await page.locator('.disputed .disputed-value').evaluateAll((cards) =>
      cards.map((c) => ({
        id: c.getAttribute('data-id'),
        sources: [...c.querySelectorAll('tr[data-id]')].map((r) => r.getAttribute('data-id')),
        unverified: !!c.querySelector('.unverified'),
      })),
    );
    for (const o of expected) {
      const card = shown.find((s) => s.id === o.id);
      expect(card, o.id).toBeDefined();
      expect(card!.sources).toEqual(o.sources.map((s) => s.id));
      expect(card!.unverified).toBe(!o.verified);
    }
    // Competing values of one metric sit in one row, side by side.
    const row = page.locator(`.disputed-row[data-metric="${expected[0]!.metric}"] .disputed-value`);
    expect(await row.count()).toBe(expected.filter((o) => o.metric === expected[0]!.metric).length);
    await page.locator('.disputed').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'entity-disputed');
  });

  it('switches the interface language with the toggle, remembered in the URL', async () => {
    const page = await openExplorer('/entity/zone:shanghai');
    await page.locator('.facts').waitFor();
    expect(await page.locator('.facts h2').textContent()).toBe('Facts');
    await page.getByTestId('lang-toggle').click();
    await page.waitForURL(`${explorer.origin}/entity/zone:shanghai?lang=zh`);
    expect(await page.locator('.facts h2').textContent()).toBe('基本信息');
    expect(await page.locator('.fact[data-field="launchedOn"] dt').textContent()).toBe('挂牌日期');
    const names = await gql<{ node: { nameZh: string } }>(explorer.app, '{ node(id: "zone:shanghai") { ... on Zone { nameZh } } }');
    expect(names.data!.node.nameZh).toContain('上海');
    expect(await page.locator('.entity-page h1').textContent()).toContain(names.data!.node.nameZh);
    // Relationship types are named in the interface language too (the type stays in the exports).
    expect(await page.locator('.relationship-group[data-list="areas"] [data-relationship="HAS_AREA"]').first().textContent()).toBe('下辖片区');
    await saveScreenshot(page, 'entity-zone-shanghai-zh');
    await page.getByTestId('lang-toggle').click();
    await page.waitForURL(`${explorer.origin}/entity/zone:shanghai`);
    expect(await page.locator('.facts h2').textContent()).toBe('Facts');
  });
});

type MentionEdge = { node: { id: string }; link: { term: string | null; evidence: string | null } };

describe('explorer news layer', () => {
  it("shows the Xinjiang launch item (news:2023-11-01-7): date, programme, headline, the original, the zone's mention with its evidence, the transcript", async () => {
    const api = await gql<{
      newsItem: { broadcastOn: string; programme: string; headline: string; url: string; zones: { edges: MentionEdge[] }; sources: { nodes: Array<{ id: string }> } };
    }>(
      explorer.app,
      '{ newsItem(id: "news:2023-11-01-7") { broadcastOn programme headline url zones { edges { node { id } link { term evidence } } } sources { nodes { id } } } }',
    );
    const item = api.data!.newsItem;
    expect(item).toMatchObject({ broadcastOn: '2023-11-01', programme: '新闻联播', headline: '新疆自贸试验区挂牌成立' });
    const page = await openExplorer('/entity/news:2023-11-01-7');
    await page.locator('.facts').waitFor();
    expect(await page.locator('.entity-page').getAttribute('data-typename')).toBe('NewsItem');
    expect(await page.locator('.entity-page h1').textContent()).toContain('新疆自贸试验区挂牌成立');
    expect(await page.locator('.entity-page header .type').textContent()).toBe('News items');
    expect(await page.locator('.fact[data-field="broadcastOn"] dd').textContent()).toBe('2023-11-01');
    expect(await page.locator('.fact[data-field="programme"] dd').textContent()).toBe('新闻联播');
    expect(await page.getByTestId('original-link').getAttribute('href')).toBe(item.url);
    expect(await page.getByTestId('original-link').textContent()).toContain('tv.cctv.com');
    // The zone it mentions, linked, with the term and the broadcast's sentence quoted.
    const zone = page.locator('.relationship-group[data-list="zones"] li[data-id="zone:xinjiang"]');
    expect(await zone.locator('a').first().getAttribute('href')).toBe('/entity/zone:xinjiang');
    const edge = item.zones.edges.find((e) => e.node.id === 'zone:xinjiang')!;
    expect(await zone.getByTestId('mention-term').locator('q').textContent()).toBe(edge.link.term);
    expect(await zone.getByTestId('mention-evidence').locator('q').textContent()).toBe(edge.link.evidence);
    expect(await zone.getByTestId('mention-evidence').textContent()).toContain("In the broadcast's words:");
    expect(Number(await page.getByTestId('count-zones').textContent())).toBe(item.zones.edges.length);
    // Only the types it names are listed, in the page's order (the item names its zone and, in its
    // body, 数字经济: counted from the seed's news file, so a re-ingest keeps the test true).
    const LIST_BY_PREFIX: Record<string, string> = { zone: 'zones', area: 'areas', industry: 'industries', measure: 'measures', document: 'documents', person: 'people' };
    const named = new Set(
      readSeed()
        .newsItems.find((n) => n.id === 'news:2023-11-01-7')!
        .mentions.map((m) => LIST_BY_PREFIX[m.entity.split(':')[0]!]),
    );
    expect(named).toEqual(new Set(['zones', 'industries']));
    expect(await page.locator('.relationship-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-list')))).toEqual(
      Object.values(LIST_BY_PREFIX).filter((l) => named.has(l)),
    );
    // Its source is the broadcast's transcript; the cite box names the item.
    expect(await page.locator('[data-list="sources"] tr[data-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))).toEqual(item.sources.nodes.map((n) => n.id));
    expect(item.sources.nodes.map((n) => n.id)).toEqual(['source:xwlb-2023-11-01']);
    await page.getByRole('button', { name: 'Cite this' }).click();
    expect(await page.getByTestId('citation').inputValue()).toContain('新疆自贸试验区挂牌成立');
    await saveScreenshot(page, 'entity-news-item');
    // 中文: the interface words switch, the broadcast's words stay.
    await page.getByTestId('lang-toggle').click();
    await page.waitForURL(/lang=zh/);
    await page.getByText('播出原文：').first().waitFor();
    expect(await page.locator('.entity-page header .type').textContent()).toBe('新闻');
    expect(await page.locator('.fact[data-field="broadcastOn"] dt').textContent()).toBe('播出日期');
    await saveScreenshot(page, 'entity-news-item-zh');
  });

  it("lists zone:xinjiang's news newest first with the count, each row's date, headline link and the zone's evidence sentence", async () => {
    const api = await gql<{ zone: { news: { totalCount: number; edges: Array<MentionEdge & { node: { broadcastOn: string; headline: string } }> } } }>(
      explorer.app,
      '{ zone(id: "zone:xinjiang") { news(orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }], first: 20) { totalCount edges { node { id broadcastOn headline } link { term evidence } } } } }',
    );
    const news = api.data!.zone.news;
    expect(news.edges.map((e) => e.node.id)).toContain('news:2023-11-01-7');
    const page = await openExplorer('/entity/zone:xinjiang');
    const group = page.locator('.relationship-group[data-list="news"]');
    await group.waitFor();
    expect(Number(await page.getByTestId('count-news').textContent())).toBe(news.totalCount);
    expect(await group.locator('h3').textContent()).toMatch(/^News \d+/);
    const rows = await group.locator('li[data-id]').evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute('data-id'),
        date: li.querySelector('.news-date')?.textContent?.trim(),
        headline: li.querySelector('a')?.textContent,
        evidence: li.querySelector('[data-testid="mention-evidence"] q')?.textContent ?? null,
      })),
    );
    expect(rows).toEqual(news.edges.map((e) => ({ id: e.node.id, date: e.node.broadcastOn, headline: e.node.headline, evidence: e.link.evidence })));
    const launch = rows.find((r) => r.id === 'news:2023-11-01-7')!;
    expect(launch).toEqual({ id: 'news:2023-11-01-7', date: '2023-11-01', headline: '新疆自贸试验区挂牌成立', evidence: '新疆自贸试验区挂牌成立' });
    await group.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'entity-zone-news');
  });

  it('pages the longest news list newest first with "Show 20 more" (zone:hainan-ftp)', async () => {
    const query = '{ zone(id: "zone:hainan-ftp") { news(orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }], first: 40) { totalCount nodes { id broadcastOn } } } }';
    const news = (await gql<{ zone: { news: { totalCount: number; nodes: Array<{ id: string; broadcastOn: string }> } } }>(explorer.app, query)).data!.zone.news;
    expect(news.totalCount).toBeGreaterThan(20);
    const page = await openExplorer('/entity/zone:hainan-ftp');
    const group = page.locator('.relationship-group[data-list="news"]');
    await group.locator('li[data-id]').first().waitFor();
    expect(await group.locator('li[data-id]').count()).toBe(20);
    await group.locator('button.more').click();
    await page.waitForFunction((n) => document.querySelectorAll('.relationship-group[data-list="news"] li[data-id]').length === n, Math.min(40, news.totalCount));
    const ids = await group.locator('li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    expect(ids).toEqual(news.nodes.map((n) => n.id));
    const dates = news.nodes.map((n) => n.broadcastOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'))).toBe(ids[20]);
  });

  it('finds the launch item for 新疆自贸试验区挂牌成立 as a news hit, with its type label in both languages', async () => {
    const api = await searchApi('新疆自贸试验区挂牌成立');
    expect(api.find((h) => h.node.id === 'news:2023-11-01-7')?.node.__typename).toBe('NewsItem');
    const page = await openExplorer('/search?q=新疆自贸试验区挂牌成立');
    const hit = page.locator('.hit-group[data-type="NewsItem"] li[data-id="news:2023-11-01-7"]');
    await hit.waitFor();
    expect(await hit.textContent()).toContain('新疆自贸试验区挂牌成立');
    expect(await page.locator('.hit-group[data-type="NewsItem"] h2').textContent()).toContain('News items');
    expect(await page.getByRole('checkbox', { name: 'News items' }).count()).toBe(1);
    await saveScreenshot(page, 'search-news');
    await page.getByTestId('lang-toggle').click();
    await page.waitForURL(/lang=zh/);
    await page.waitForFunction(() => document.querySelector('.hit-group[data-type="NewsItem"] h2')?.textContent?.includes('新闻'));
    // The news filter keeps only news hits.
    const zhPage = await openExplorer('/search?q=新疆自贸试验区挂牌成立&types=NEWS_ITEM');
    await zhPage.locator('.hits li[data-id="news:2023-11-01-7"]').waitFor();
    expect(await readHitIds(zhPage)).toEqual((await searchApi('新疆自贸试验区挂牌成立', ['NEWS_ITEM'])).map((h) => h.node.id));
  });

  it("shows Lin-gang's 12 focus industries with their sources, and integrated circuits' focus areas", async () => {
    const api = await gql<{
      node: { focusIndustries: { totalCount: number; edges: Array<{ node: { id: string }; link: { sources: Array<{ id: string; code: string | null }> } }> } };
    }>(explorer.app, '{ node(id: "area:shanghai-lingang") { ... on ZoneArea { focusIndustries(first: 50) { totalCount edges { node { id } link { sources { id code } } } } } } }');
    const focus = api.data!.node.focusIndustries;
    expect(focus.totalCount).toBe(12);
    const page = await openExplorer('/entity/area:shanghai-lingang');
    const group = page.locator('.relationship-group[data-list="focusIndustries"]');
    await group.waitFor();
    expect(await group.locator('h3').textContent()).toMatch(/^Focus industries 12/);
    expect(Number(await page.getByTestId('count-focusIndustries').textContent())).toBe(12);
    const rows = await group
      .locator('li[data-id]')
      .evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-id'), sources: [...li.querySelectorAll('.source-chip')].map((a) => a.getAttribute('href')) })));
    expect(rows).toEqual(focus.edges.map((e) => ({ id: e.node.id, sources: e.link.sources.map((s) => `/entity/${s.id}`) })));
    expect(rows.find((r) => r.id === 'industry:integrated-circuits')?.sources.sort()).toEqual(['/entity/source:lgxc19', '/entity/source:pd-lg']);
    await group.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'entity-area-focus');
    // The other way round: the industry's page lists Lin-gang among its focus areas.
    const industry = await openExplorer('/entity/industry:integrated-circuits');
    await industry.locator('.relationship-group[data-list="focusAreas"] li[data-id="area:shanghai-lingang"]').waitFor();
  });

  it("shows a sub-area's positioning in Chinese as the source states it (area:anhui-hefei)", async () => {
    const api = await gql<{ node: { positioningZh: string | null; positioningEn: string | null } }>(
      explorer.app,
      '{ node(id: "area:anhui-hefei") { ... on ZoneArea { positioningZh positioningEn } } }',
    );
    expect(api.data!.node.positioningZh).toBe('打造具有全球影响力的综合性国家科学中心和产业创新中心引领区');
    const page = await openExplorer('/entity/area:anhui-hefei?lang=zh');
    await page.locator('.fact[data-field="positioningZh"]').waitFor();
    expect(await page.locator('.fact[data-field="positioningZh"] dt').textContent()).toBe('功能定位（中文）');
    expect(await page.locator('.fact[data-field="positioningZh"] dd').textContent()).toBe(api.data!.node.positioningZh);
    expect(await page.locator('.fact[data-field="positioningEn"]').count()).toBe(api.data!.node.positioningEn === null ? 0 : 1);
  });
});

describe('explorer entity pages of every type', () => {
  it('opens one entity of each of the eleven types with its heading, facts and lists, without an API error', async () => {
    type Ids = { nodes: Array<{ id: string }> };
    const api = await gql<{
      zone: { id: string; areas: Ids; documents: Ids; clusters: Ids; industries: Ids; measures: Ids; sources: Ids; observations: Ids };
      authorities: Ids;
      people: Ids;
      reformFields: Ids;
    }>(
      explorer.app,
      `{ zone(id: "zone:shanghai") { id areas(first: 1) { nodes { id } } documents(first: 1) { nodes { id } } clusters(first: 1) { nodes { id } }
           industries(first: 1) { nodes { id } } measures(first: 1) { nodes { id } } sources(first: 1) { nodes { id } } observations(first: 1) { nodes { id } } }
         authorities(first: 1) { nodes { id } } people(first: 1) { nodes { id } } reformFields(first: 1) { nodes { id } } }`,
    );
    const zone = api.data!.zone;
    const ids = [
      zone.id,
      ...[zone.areas, zone.documents, zone.clusters, zone.industries, zone.measures, zone.sources, zone.observations].map((l) => l.nodes[0]!.id),
      api.data!.authorities.nodes[0]!.id,
      api.data!.people.nodes[0]!.id,
      api.data!.reformFields.nodes[0]!.id,
    ];
    const typenames = new Set<string>();
    for (const id of ids) {
      const page = await openExplorer(`/entity/${id}`);
      await page.locator('.entity-page h1').waitFor();
      expect(await page.locator('[role="alert"]').count(), id).toBe(0);
      expect(await page.locator('.facts code').first().textContent()).toBe(id);
      typenames.add((await page.locator('.entity-page').getAttribute('data-typename'))!);
      await page.close();
    }
    expect([...typenames].sort()).toEqual([
      'Authority',
      'IndustrialCluster',
      'Industry',
      'Observation',
      'Person',
      'PolicyDocument',
      'ReformField',
      'ReformMeasure',
      'Source',
      'Zone',
      'ZoneArea',
    ]);
  });
});

describe('explorer without Chromium', () => {
  it('says in one sentence what to install', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      /^Chromium is missing at \/nonexistent\/chromium: install it with `apt-get install chromium fonts-noto-cjk` to run the browser tests\.$/,
    );
  });
});

describe('explorer fonts', () => {
  it('draws Chinese with the shipped Noto Sans SC: two different characters never draw the same pixels', async () => {
    const page = await openExplorer('/?lang=zh');
    await page.locator('#search-box').waitFor();
    const result = await page.evaluate(async () => {
      const font = '48px "Noto Sans SC"';
      await document.fonts.load(font, '生物医药');
      const fontFiles = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('noto-sans-sc'));
      const draw = (ch: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext('2d')!;
        ctx.font = font;
        ctx.fillStyle = '#000';
        ctx.textBaseline = 'top';
        ctx.fillText(ch, 8, 8);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3));
      };
      const glyphs = ['生', '物', '医', '药'].map(draw);
      const inked = glyphs.map((g) => g.filter((a) => a > 0).length);
      const distinct = new Set(glyphs.map((g) => g.join(','))).size;
      return { loaded: document.fonts.check(font, '生物医药'), fontFiles: fontFiles.length, inked, distinct };
    });
    expect(result.loaded).toBe(true);
    expect(result.fontFiles).toBeGreaterThan(0);
    expect(result.inked.every((n) => n > 50)).toBe(true);
    expect(result.distinct).toBe(4);
  });
});
