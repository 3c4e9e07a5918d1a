// The explorer's graph view in headless Chromium against the real server and Neo4j: counts
// before expanding equal the API's totalCount, an expand shows exactly the API's first page
// (20), "show 20 more" the next, undo/redo/collapse restore exact node sets, a path lists
// the API's hops and sources, a permalink rebuilds the same scene, and the GraphML, CSV,
// PNG and SVG exports hold the scene; Chinese labels are drawn on the canvas.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/graphqlClient.js';
import { parseCsv, saveScreenshot } from './support/browser.js';
import { useExplorerHarness } from './support/explorerHarness.js';

const explorer = useExplorerHarness();

const ZONE_KINDS = ['areas', 'documents', 'measures', 'clusters', 'industries', 'news'] as const;

interface Page20 {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: Array<{ node: { id: string; nameZh?: string | null }; link: { type: string } }>;
}

/** One page of zone:shanghai's neighbours along `kind`, as the API gives it. */
async function fetchZonePage(kind: string, after: string | null = null): Promise<Page20> {
  const res = await gql<{ node: Record<string, Page20> }>(
    explorer.app,
    `query($after: String) { node(id: "zone:shanghai") { ... on Zone { ${kind}(first: 20, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id ${kind === 'areas' ? '... on ZoneArea { nameZh }' : ''} } link { type } } } } } }`,
    { after },
  );
  return res.data!.node[kind]!;
}

const NEGATIVE_LIST = 'document:ftz-cross-border-services-negative-list-2024';

/** A page of any entity's neighbours along `kind` (the type's own list field). */
async function fetchPage(id: string, typename: string, kind: string, after: string | null = null): Promise<Page20> {
  const res = await gql<{ node: Record<string, Page20> }>(
    explorer.app,
    `query($id: ID!, $after: String) { node(id: $id) { ... on ${typename} { ${kind}(first: 20, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } link { type } } } } } }`,
    { id, after },
  );
  return res.data!.node[kind]!;
}

/** Ids in the order a scene first holds them. */
function unite(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

async function readKindCounts(page: Page): Promise<Record<string, number>> {
  return page
    .locator('.graph-kinds li[data-kind]')
    .evaluateAll((items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-kind') ?? '', Number(li.getAttribute('data-count'))])));
}

async function readSceneIds(page: Page): Promise<string[]> {
  return page.locator('.graph-nodes li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}

/** Waits until the scene holds `count` nodes and the layout has settled. */
async function waitForScene(page: Page, count: number): Promise<void> {
  await page.locator(`main.graph-view[data-node-count="${count}"][data-layout="done"]`).waitFor();
}

async function selectNode(page: Page, id: string): Promise<void> {
  // Keyboard: the node list's button, Enter.
  await page.locator(`.graph-nodes li[data-id="${id}"] button`).focus();
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid="graph-selected"][data-id="${id}"]`).waitFor();
}

describe('explorer graph view', () => {
  it('shows each kind’s count before expanding, expands exactly the API’s pages, and undo/redo/collapse restore exact node sets', async () => {
    const pages = await Promise.all(ZONE_KINDS.map((kind) => fetchZonePage(kind)));
    const page = await explorer.open('/graph?start=zone:shanghai&sel=zone:shanghai');
    await waitForScene(page, 1);
    await page.locator('.graph-kinds li[data-kind]').first().waitFor();
    expect(await readKindCounts(page)).toEqual(Object.fromEntries(ZONE_KINDS.map((kind, i) => [kind, pages[i]!.totalCount])));

    // Shanghai's documents (fewer than 20: one page), then the 2024 cross-border services
    // negative list's zones: 22 in the curated data (the only list above 20), so "show 20 more" is exercised.
    const documents = pages[ZONE_KINDS.indexOf('documents')]!;
    expect(documents.totalCount).toBeLessThanOrEqual(20);
    await page.locator('.graph-kinds li[data-kind="documents"] button[data-action="expand"]').click();
    const afterDocuments = unite(
      ['zone:shanghai'],
      documents.edges.map((e) => e.node.id),
    );
    await waitForScene(page, afterDocuments.length);
    expect(await readSceneIds(page)).toEqual(afterDocuments);
    expect(afterDocuments).toContain(NEGATIVE_LIST);

    const zones1 = await fetchPage(NEGATIVE_LIST, 'PolicyDocument', 'zones');
    expect(zones1.totalCount).toBe(22);
    expect(zones1.edges).toHaveLength(20);
    await selectNode(page, NEGATIVE_LIST);
    await page.locator('.graph-kinds li[data-kind="zones"]').waitFor();
    expect((await readKindCounts(page)).zones).toBe(22);
    await page.locator('.graph-kinds li[data-kind="zones"] button[data-action="expand"]').click();
    const afterFirst = unite(
      afterDocuments,
      zones1.edges.map((e) => e.node.id),
    );
    await waitForScene(page, afterFirst.length);
    expect(await readSceneIds(page)).toEqual(afterFirst);
    expect(new URL(page.url()).searchParams.get('x')).toBe(`zone:shanghai:documents:20,${NEGATIVE_LIST}:zones:20`);
    expect(await page.locator('.graph-kinds li[data-kind="zones"]').getAttribute('data-shown')).toBe('20');
    await saveScreenshot(page, 'graph-expanded');

    const zones2 = await fetchPage(NEGATIVE_LIST, 'PolicyDocument', 'zones', zones1.pageInfo.endCursor);
    expect(zones2.edges).toHaveLength(2);
    await page.locator('.graph-kinds li[data-kind="zones"] button[data-action="more"]').click();
    const afterMore = unite(
      afterFirst,
      zones2.edges.map((e) => e.node.id),
    );
    await waitForScene(page, afterMore.length);
    expect(await readSceneIds(page)).toEqual(afterMore);

    await page.keyboard.press('Control+z');
    await waitForScene(page, afterFirst.length);
    expect(await readSceneIds(page)).toEqual(afterFirst);
    await page.locator('button[data-action="redo"]').click();
    await waitForScene(page, afterMore.length);
    expect(await readSceneIds(page)).toEqual(afterMore);
    // Back and Forward walk the scene states too.
    await page.goBack();
    await waitForScene(page, afterFirst.length);
    expect(await readSceneIds(page)).toEqual(afterFirst);
    await page.goForward();
    await waitForScene(page, afterMore.length);
    expect(await readSceneIds(page)).toEqual(afterMore);

    // A permalink of this scene rebuilds the same nodes.
    const permalink = new URL(page.url());
    const reopened = await explorer.open(permalink.pathname + permalink.search);
    await waitForScene(reopened, afterMore.length);
    expect(await readSceneIds(reopened)).toEqual(afterMore);
    await reopened.close();

    // Collapse hides the expanded neighbours nothing else holds (Shanghai stays: the start holds it); undo brings them back.
    await selectNode(page, NEGATIVE_LIST);
    await page.locator('button[data-action="collapse"]').click();
    await waitForScene(page, afterDocuments.length);
    expect(await readSceneIds(page)).toEqual(afterDocuments);
    expect(new URL(page.url()).searchParams.get('hide')).toBe(NEGATIVE_LIST);
    await page.locator('button[data-action="undo"]').click();
    await waitForScene(page, afterMore.length);
    expect(await readSceneIds(page)).toEqual(afterMore);
    // Escape clears the selection.
    await page.locator('.graph-nodes li[data-id="zone:shanghai"] button').focus();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="graph-selected"]').waitFor({ state: 'detached' });
  }, 120_000);

  it('a path between two picked nodes lists the API’s hops and their sources', async () => {
    interface PathAnswer {
      paths: Array<{ nodes: Array<{ id: string }>; links: Array<{ link: { type: string; sources: Array<{ id: string }> } }> }>;
    }
    const api = await gql<PathAnswer>(
      explorer.app,
      'query { paths(from: "zone:shanghai", to: "industry:biomedicine", limit: 1) { nodes { id } links { link { type sources { id } } } } }',
    );
    const path = api.data!.paths[0]!;
    expect(path.links.length).toBeGreaterThan(0);
    const page = await explorer.open('/graph?start=zone:shanghai,industry:biomedicine');
    await waitForScene(page, 2);
    await selectNode(page, 'zone:shanghai');
    await page.locator('button[data-action="path-from"]').click();
    await selectNode(page, 'industry:biomedicine');
    await page.locator('button[data-action="path-to"]').click();
    await page.locator('[data-testid="graph-path"] li.hop').first().waitFor();
    const hops = await page.locator('[data-testid="graph-path"] li.hop').evaluateAll((items) =>
      items.map((li) => ({
        from: li.getAttribute('data-from'),
        type: li.getAttribute('data-type'),
        to: li.getAttribute('data-to'),
        sources: [...li.querySelectorAll('[data-source-id]')].map((s) => s.getAttribute('data-source-id')),
      })),
    );
    expect(hops).toEqual(path.links.map((l, i) => ({ from: path.nodes[i]!.id, type: l.link.type, to: path.nodes[i + 1]!.id, sources: l.link.sources.map((s) => s.id) })));
    expect(new URL(page.url()).searchParams.get('path')).toBe('zone:shanghai,industry:biomedicine');
    await waitForScene(page, new Set(path.nodes.map((n) => n.id)).size);
    expect((await readSceneIds(page)).sort()).toEqual([...new Set(path.nodes.map((n) => n.id))].sort());
    await saveScreenshot(page, 'graph-path');
  });

  it('exports the scene as GraphML, CSV, PNG and SVG with the scene’s ids, the API’s link types and the Noto Sans SC font', async () => {
    const areas = await fetchZonePage('areas');
    const ids = ['zone:shanghai', ...areas.edges.map((e) => e.node.id)];
    const page = await explorer.open('/graph?start=zone:shanghai&x=zone:shanghai:areas:20');
    await waitForScene(page, ids.length);

    const [graphml] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="graphml"]').click()]);
    const xml = readFileSync((await graphml.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        nodes: [...doc.querySelectorAll('node')].map((n) => n.getAttribute('id')),
        edges: [...doc.querySelectorAll('edge')].map((e) => ({
          source: e.getAttribute('source'),
          target: e.getAttribute('target'),
          type: e.querySelector('data[key="type"]')?.textContent,
        })),
      };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.nodes).toEqual(ids);
    expect(parsed.edges).toEqual(areas.edges.map((e) => ({ source: 'zone:shanghai', target: e.node.id, type: e.link.type })));

    const csvList = page.locator('[data-list="nodes"]');
    const [csv] = await Promise.all([page.waitForEvent('download'), csvList.locator('button[data-export="csv"]').click()]);
    const rows = parseCsv(readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.map((r) => r.id)).toEqual(ids);

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="png"]').click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const inked = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) dark++;
      return dark;
    }, pngBytes.toString('base64'));
    expect(inked).toBeGreaterThan(500);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="svg"]').click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/text\{font-family:"Noto Sans SC"/);
    expect(svgText).toMatch(/@font-face\{font-family:"Noto Sans SC";font-weight:400;src:url\(data:font\/woff2;base64,/);
    // Read in Node: a DOMParser in the page would apply the SVG's <style>, which the CSP forbids.
    expect([...svgText.matchAll(/<circle [^>]*data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(ids);
    expect([...svgText.matchAll(/<text class="node-label"/g)]).toHaveLength(ids.length);
    expect(svgText.trim()).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
  });

  it('中文 mode labels nodes with nameZh and draws the Chinese labels on the canvas (different labels, different pixels)', async () => {
    const areas = await fetchZonePage('areas');
    const page = await explorer.open('/graph?start=zone:shanghai&x=zone:shanghai:areas:20&lang=zh');
    await waitForScene(page, 1 + areas.edges.length);
    const labels = await page.locator('.graph-nodes li[data-id] button').allTextContents();
    const named = areas.edges.filter((e) => e.node.nameZh);
    expect(named.length).toBeGreaterThan(1);
    for (const edge of named) expect(labels.map((l) => l.trim())).toContain(edge.node.nameZh);
    await saveScreenshot(page, 'graph-zh');
    const [a, b] = named.map((e) => e.node.id);
    // Read the label layer (a 2D canvas) where sigma drew each node's label: right of the node.
    const crops = await page.evaluate(
      ([first, second]) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-labels')!;
        const context = canvas.getContext('2d')!;
        const ratio = canvas.width / canvas.clientWidth;
        return [first!, second!].map((id) => {
          const view = (window as unknown as { __graphView: { locateNode(id: string): { x: number; y: number; size: number; label: string } } }).__graphView;
          const at = view.locateNode(id);
          const image = context.getImageData(Math.round((at.x + at.size) * ratio), Math.round((at.y - 10) * ratio), Math.round(60 * ratio), Math.round(20 * ratio));
          let ink = 0;
          for (let i = 3; i < image.data.length; i += 4) if (image.data[i]! > 100) ink++;
          return { label: at.label, ink, pixels: Array.from(image.data).join(',') };
        });
      },
      [a, b],
    );
    expect(crops[0]!.label).not.toBe(crops[1]!.label);
    expect(crops[0]!.label).toMatch(/[\u4e00-\u9fff]/);
    expect(crops[0]!.ink).toBeGreaterThan(20);
    expect(crops[1]!.ink).toBeGreaterThan(20);
    expect(crops[0]!.pixels).not.toBe(crops[1]!.pixels);

    // Switching the language keeps the scene and relabels it in English.
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForURL((url) => !url.searchParams.has('lang'));
    await waitForScene(page, 1 + areas.edges.length);
    await expect
      .poll(() => page.evaluate((id) => (window as unknown as { __graphView: { locateNode(id: string): { label: string } } }).__graphView.locateNode(id).label, 'zone:shanghai'))
      .toMatch(/^China \(Shanghai\)/);
  });

  it('expands a single relationship: a sub-area’s zone, linked as the API stores it (Zone HAS_AREA ZoneArea)', async () => {
    const areas = await fetchZonePage('areas');
    const area = areas.edges[0]!.node.id;
    const page = await explorer.open(`/graph?start=${area}&sel=${area}`);
    await waitForScene(page, 1);
    await page.locator('.graph-kinds li[data-kind="zone"][data-count="1"] button[data-action="expand"]').click();
    await waitForScene(page, 2);
    expect(await readSceneIds(page)).toEqual([area, 'zone:shanghai']);
    const [links] = await Promise.all([page.waitForEvent('download'), page.locator('[data-list="links"] button[data-export="csv"]').click()]);
    const rows = parseCsv(readFileSync((await links.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.map((r) => [r.source, r.type, r.target])).toEqual([['zone:shanghai', areas.edges[0]!.link.type, area]]);
  });

  it('a news item: its kinds counted as the API counts them, its zone expanded along MENTIONS (item → zone), its own legend entry and headline label', async () => {
    const item = 'news:2023-11-01-7';
    const zones = await fetchPage(item, 'NewsItem', 'zones');
    expect(zones.edges.map((e) => e.node.id)).toEqual(['zone:xinjiang']);
    const page = await explorer.open(`/graph?start=${item}&sel=${item}`);
    await waitForScene(page, 1);
    await page.locator('.graph-kinds li[data-kind]').first().waitFor();
    const kinds = ['zones', 'areas', 'industries', 'measures', 'documents', 'people'];
    const counts = await Promise.all(kinds.map(async (kind) => (await fetchPage(item, 'NewsItem', kind)).totalCount));
    expect(await readKindCounts(page)).toEqual(Object.fromEntries(kinds.map((kind, i) => [kind, counts[i]])));
    expect((await page.locator('.graph-nodes li[data-id] button').allTextContents()).map((l) => l.trim())).toEqual(['新疆自贸试验区挂牌成立']);
    expect(await page.locator('.graph-legend').textContent()).toContain('News items');
    await page.locator('.graph-kinds li[data-kind="zones"] button[data-action="expand"]').click();
    await waitForScene(page, 2);
    expect(await readSceneIds(page)).toEqual([item, 'zone:xinjiang']);
    const [links] = await Promise.all([page.waitForEvent('download'), page.locator('[data-list="links"] button[data-export="csv"]').click()]);
    const rows = parseCsv(readFileSync((await links.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.map((r) => [r.source, r.type, r.target])).toEqual([[item, 'MENTIONS', 'zone:xinjiang']]);
    await saveScreenshot(page, 'graph-news');
  });

  it('an empty /graph offers a search box whose hit starts the graph', async () => {
    const page = await explorer.open('/graph');
    await page.locator('#graph-start-box').fill('Shanghai');
    await page.locator('.graph-start-hits li[data-id="zone:shanghai"]').waitFor();
    await page.locator('.graph-start-hits li[data-id="zone:shanghai"] button').click();
    await page.waitForURL(/\/graph\?start=zone(%3A|:)shanghai/);
    await waitForScene(page, 1);
    expect(await readSceneIds(page)).toEqual(['zone:shanghai']);
    await saveScreenshot(page, 'graph-start');
  });
});
