// The industrial-chain view in headless Chromium against the real server and Neo4j: for every
// top-level industry with a chain in the curated data, the diagram equals the API's
// industryChain (industries in their tier's column, links with their flow, editorial links
// dashed and sourced ones solid, each tier's zones and clusters); the URL is the state; nodes
// open entity pages; the CSV export is the API's links; 中文 mode shows nameZh.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/graphqlClient.js';
import { parseCsv, saveScreenshot } from './support/browser.js';
import { useExplorerHarness } from './support/explorerHarness.js';

const explorer = useExplorerHarness();

interface ApiEntity {
  id: string;
  nameEn: string;
  nameZh: string | null;
}
interface ApiChain {
  nodes: Array<{ side: 'ROOT' | 'UPSTREAM' | 'DOWNSTREAM'; depth: number; industry: ApiEntity; zones: Array<{ id: string }>; clusters: Array<{ id: string }> }>;
  links: Array<{ from: { id: string }; to: { id: string }; link: { flow: string | null; editorial: boolean | null; note: string | null; sources: Array<{ id: string }> } }>;
}

const CHAIN = `query($id: ID!, $direction: ChainDirection!, $maxHops: Int!) {
  industryChain(id: $id, direction: $direction, maxHops: $maxHops) {
    nodes { side depth industry { id nameEn nameZh } zones { id } clusters { id } }
    links { from { id } to { id } link { flow editorial note sources { id } } }
  }
}`;

async function readChainApi(id: string, direction = 'BOTH', maxHops = 3): Promise<ApiChain> {
  const res = await gql<{ industryChain: ApiChain | null }>(explorer.app, CHAIN, { id, direction, maxHops });
  expect(res.errors).toBeUndefined();
  if (!res.data?.industryChain) throw new Error(`no chain for ${id}`);
  return res.data.industryChain;
}

/** Top-level industries whose chain (through their sub-industries) has at least one link. */
async function readFocusIndustries(): Promise<string[]> {
  const res = await gql<{ industries: { nodes: Array<{ id: string }> } }>(explorer.app, '{ industries(where: { topLevel: true }, first: 100) { nodes { id } } }');
  const focus: string[] = [];
  for (const { id } of res.data!.industries.nodes) if ((await readChainApi(id)).links.length > 0) focus.push(id);
  return focus;
}

function toSignedTier(node: ApiChain['nodes'][number]): number {
  return node.side === 'UPSTREAM' ? -node.depth : node.side === 'DOWNSTREAM' ? node.depth : 0;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function openChain(path: string): Promise<Page> {
  const page = await explorer.open(path);
  await waitForDiagram(page);
  return page;
}

async function waitForDiagram(page: Page): Promise<void> {
  await page.locator('.chain-view[data-state="ready"]').waitFor();
}

interface DrawnNode {
  id: string;
  tier: number;
  x: number;
  right: number;
  y: number;
  label: string;
  text: string;
}

async function readDrawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.locator('svg.chain-diagram a.chain-node').evaluateAll((nodes) =>
    nodes.map((a) => {
      const rect = a.querySelector('rect')!;
      const x = Number(rect.getAttribute('x'));
      return {
        id: a.getAttribute('data-id') ?? '',
        tier: Number(a.getAttribute('data-tier')),
        x,
        right: x + Number(rect.getAttribute('width')),
        y: Number(rect.getAttribute('y')),
        label: a.getAttribute('aria-label') ?? '',
        text: a.querySelector('text')?.textContent ?? '',
      };
    }),
  );
}

interface DrawnLink {
  from: string;
  to: string;
  flow: string;
  label: string;
  dash: string;
}

async function readDrawnLinks(page: Page): Promise<DrawnLink[]> {
  return page.locator('svg.chain-diagram g.chain-link').evaluateAll((links) =>
    links.map((g) => ({
      from: g.getAttribute('data-from') ?? '',
      to: g.getAttribute('data-to') ?? '',
      flow: g.getAttribute('data-flow') ?? '',
      label: [...g.querySelectorAll('.chain-link-label tspan')].map((t) => t.textContent).join(' '),
      dash: getComputedStyle(g.querySelector('.chain-link-line')!).strokeDasharray,
    })),
  );
}

describe('explorer industrial-chain view', () => {
  it('draws each focus industry’s chain as the API gives it: tiers in columns, flows, dashes, zones and clusters', async () => {
    const focus = await readFocusIndustries();
    expect(focus).toEqual(expect.arrayContaining(['industry:biomedicine', 'industry:bulk-commodities', 'industry:marine-economy']));
    for (const id of focus) {
      const api = await readChainApi(id);
      const page = await openChain(`/chain?industry=${id}&direction=BOTH&hops=3`);
      const nodes = await readDrawnNodes(page);
      // The same industries, each at its signed tier.
      expect(nodes.map((n) => `${n.id}@${n.tier}`).sort(byKey), id).toEqual(api.nodes.map((n) => `${n.industry.id}@${toSignedTier(n)}`).sort(byKey));
      // Columns: every box of a tier lies left of every box of the next tier.
      const tiers = [...new Set(nodes.map((n) => n.tier))].sort((a, b) => a - b);
      expect(tiers).toContain(0);
      for (let i = 1; i < tiers.length; i++) {
        const left = nodes.filter((n) => n.tier === tiers[i - 1]);
        const right = nodes.filter((n) => n.tier === tiers[i]);
        expect(Math.max(...left.map((n) => n.right)), `${id}: tier ${tiers[i - 1]} before ${tiers[i]}`).toBeLessThan(Math.min(...right.map((n) => n.x)));
      }
      // A heading per tier.
      expect(await page.locator('svg.chain-diagram .chain-tier').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-tier'))))).toEqual(tiers);
      // The same links, each labelled with its flow; editorial dashed, sourced solid.
      const links = await readDrawnLinks(page);
      expect(links.map((l) => `${l.from}->${l.to}: ${l.flow}`).sort(byKey)).toEqual(api.links.map((l) => `${l.from.id}->${l.to.id}: ${l.link.flow ?? ''}`).sort(byKey));
      for (const l of links)
        expect(l.label.replace(/…$/, '').replace(/\s+/g, ''), `${l.from}->${l.to}`).toBe(l.flow.replace(/\s+/g, '').slice(0, l.label.replace(/…$/, '').replace(/\s+/g, '').length));
      const editorial = new Set(api.links.filter((l) => l.link.editorial).map((l) => `${l.from.id}->${l.to.id}`));
      expect(editorial.size).toBeGreaterThan(0);
      for (const l of links) {
        if (editorial.has(`${l.from}->${l.to}`)) expect(l.dash, `${l.from}->${l.to} is editorial`).not.toBe('none');
        else expect(l.dash, `${l.from}->${l.to} is sourced`).toBe('none');
      }
      // Each tier's zones and clusters: the union of its industries' zones and clusters.
      for (const tier of tiers) {
        const atTier = api.nodes.filter((n) => toSignedTier(n) === tier);
        const section = page.locator(`.chain-tier-places[data-tier="${tier}"]`);
        const zones = await section.locator('.chain-zones li[data-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
        const clusters = await section.locator('.chain-clusters li[data-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
        expect(zones, `${id} tier ${tier} zones`).toEqual([...new Set(atTier.flatMap((n) => n.zones.map((z) => z.id)))].sort(byKey));
        expect(clusters, `${id} tier ${tier} clusters`).toEqual([...new Set(atTier.flatMap((n) => n.clusters.map((c) => c.id)))].sort(byKey));
      }
      expect(await page.getByTestId('data-version').textContent()).toMatch(/\S/);
      await saveScreenshot(page, `chain-${id.replace('industry:', '')}-en`);
      await page.close();
    }
  }, 180_000);

  it('keeps the state in the URL: switching industry, direction and hops updates it, and reopening it draws the same diagram', async () => {
    const page = await openChain('/chain');
    // Defaults: biomedicine, both ways, 3 hops.
    expect(await page.locator('#chain-industry').inputValue()).toBe('industry:biomedicine');
    expect(await page.locator('#chain-direction').inputValue()).toBe('BOTH');
    expect(await page.locator('#chain-hops').inputValue()).toBe('3');
    // Top-level industries first, then each one's sub-industries.
    const groups = await page.locator('#chain-industry optgroup').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('option')].map((o) => o.value)));
    expect(groups[0]).toEqual(expect.arrayContaining(['industry:biomedicine', 'industry:bulk-commodities', 'industry:marine-economy']));
    expect(groups.slice(1).flat()).toContain('industry:refining-petrochemicals');

    await page.locator('#chain-industry').selectOption('industry:bulk-commodities');
    await page.waitForURL(/industry=industry%3Abulk-commodities/);
    await page.locator('#chain-direction').selectOption('DOWNSTREAM');
    await page.waitForURL(/direction=DOWNSTREAM/);
    await page.locator('#chain-hops').selectOption('2');
    await page.waitForURL(/hops=2/);
    await waitForDiagram(page);
    await page.waitForFunction(() => document.querySelector('#chain-hops') instanceof HTMLSelectElement && document.querySelector('.chain-view[data-state="ready"]') !== null);
    const api = await readChainApi('industry:bulk-commodities', 'DOWNSTREAM', 2);
    const before = { nodes: await readDrawnNodes(page), links: await readDrawnLinks(page) };
    expect(before.nodes.map((n) => n.id).sort(byKey)).toEqual(api.nodes.map((n) => n.industry.id).sort(byKey));
    expect(before.nodes.every((n) => n.tier >= 0)).toBe(true);

    const url = new URL(page.url());
    const again = await openChain(url.pathname + url.search);
    expect(await again.locator('#chain-industry').inputValue()).toBe('industry:bulk-commodities');
    expect(await readDrawnNodes(again)).toEqual(before.nodes);
    expect(await readDrawnLinks(again)).toEqual(before.links);
  });

  it('opens an industry’s entity page from its node, by click and by Enter', async () => {
    const page = await openChain('/chain?industry=industry:biomedicine&direction=BOTH&hops=3');
    await page.locator('a.chain-node[data-id="industry:clinical-trials"]').click();
    await page.waitForURL(`${explorer.origin}/entity/industry:clinical-trials`);
    await page.locator('.entity-page').waitFor();
    expect(await page.locator('.facts code').first().textContent()).toBe('industry:clinical-trials');

    const keyboard = await openChain('/chain?industry=industry:biomedicine&direction=BOTH&hops=3');
    await keyboard.locator('a.chain-node[data-id="industry:drug-rd"]').focus();
    await keyboard.keyboard.press('Enter');
    await keyboard.waitForURL(`${explorer.origin}/entity/industry:drug-rd`);
    await keyboard.locator('.entity-page').waitFor();
  });

  it('shows a link’s note and sources on focus and hover', async () => {
    const api = await readChainApi('industry:bulk-commodities');
    const noted = api.links.find((l) => l.link.note && l.link.sources.length > 0)!;
    expect(noted).toBeDefined();
    const page = await openChain('/chain?industry=industry:bulk-commodities');
    const link = page.locator(`g.chain-link[data-from="${noted.from.id}"][data-to="${noted.to.id}"]`);
    await link.focus();
    const details = page.locator(`.chain-link-details[data-link="${noted.from.id}->${noted.to.id}"]`);
    await details.waitFor();
    expect(await details.locator('.chain-note').textContent()).toContain(noted.link.note);
    expect(await details.locator('.chain-sources li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual(noted.link.sources.map((s) => s.id));
    await saveScreenshot(page, 'chain-bulk-commodities-link-focus');
    await link.press('Escape');
    await page.locator('.chain-link-details:not([data-link])').waitFor();
    const other = api.links.find((l) => l !== noted)!;
    await page.locator(`g.chain-link[data-from="${other.from.id}"][data-to="${other.to.id}"] .chain-link-label`).hover();
    await page.locator(`.chain-link-details[data-link="${other.from.id}->${other.to.id}"]`).waitFor();
  });

  it('exports the links as CSV and the industries as JSON, equal to the API’s answer', async () => {
    const api = await readChainApi('industry:marine-economy');
    const page = await openChain('/chain?industry=industry:marine-economy&direction=BOTH&hops=3');
    const links = page.locator('.chain-table', { has: page.locator('#chain-links-heading') });
    const [csv] = await Promise.all([page.waitForEvent('download'), links.locator('button[data-export="csv"]').click()]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows.map((r) => ({ from: r.from, to: r.to, flow: r.flow, editorial: r.editorial, sources: r.sources }))).toEqual(
      api.links.map((l) => ({ from: l.from.id, to: l.to.id, flow: l.link.flow ?? '', editorial: String(l.link.editorial), sources: l.link.sources.map((s) => s.id).join('; ') })),
    );
    const industries = page.locator('.chain-table', { has: page.locator('#chain-nodes-heading') });
    const [json] = await Promise.all([page.waitForEvent('download'), industries.locator('button[data-export="json"]').click()]);
    const parsed = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Array<Record<string, unknown>>;
    expect(parsed.map((r) => [r.industry, r.side, r.depth, r.zones])).toEqual(api.nodes.map((n) => [n.industry.id, n.side, n.depth, n.zones.map((z) => z.id).join('; ')]));
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="svg"]').click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/<svg[^>]* width="\d+"/);
    expect((svgText.match(/<a [^>]*class="chain-node[ "]/g) ?? []).length).toBe(api.nodes.length);
  });

  it('shows nameZh in 中文 mode', async () => {
    const api = await readChainApi('industry:biomedicine');
    const page = await openChain('/chain?industry=industry:biomedicine&direction=BOTH&hops=3&lang=zh');
    const nodes = await readDrawnNodes(page);
    const zhNames = new Map(api.nodes.map((n) => [n.industry.id, n.industry.nameZh ?? n.industry.nameEn]));
    expect(api.nodes.filter((n) => n.industry.nameZh).length).toBeGreaterThan(2);
    for (const n of nodes) {
      expect(n.label).toBe(zhNames.get(n.id));
      if (!n.text.endsWith('…')) expect(n.text.replace(/\s+/g, '')).toBe(zhNames.get(n.id)!.replace(/\s+/g, ''));
    }
    expect(await page.locator('svg.chain-diagram .chain-tier text').first().textContent()).toMatch(/上游|核心/);
    expect(await page.locator('#chain-industry option[value="industry:biomedicine"]').textContent()).toBe('生物医药');
    await saveScreenshot(page, 'chain-biomedicine-zh');
    // Fit to width: the whole diagram inside the frame, the same industries drawn.
    const fitButton = page.locator('button.chain-fit');
    if ((await fitButton.getAttribute('aria-pressed')) !== 'true') await fitButton.click();
    const frame = await page.locator('.chain-canvas').boundingBox();
    const svgBox = await page.locator('svg.chain-diagram').boundingBox();
    expect(svgBox!.width).toBeLessThanOrEqual(frame!.width);
    expect((await readDrawnNodes(page)).map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    await saveScreenshot(page, 'chain-biomedicine-zh-fit');
    const bulk = await openChain('/chain?industry=industry:bulk-commodities&lang=zh');
    await saveScreenshot(bulk, 'chain-bulk-commodities-zh');
  });

  it('draws only the nearest tiers of a chain too large to lay out, and says how many were left out', async () => {
    // A synthetic answer (the benchmark graph's chains reach hundreds of industries): a tree
    // of 10, 60 and 200 industries per side at depths 1, 2 and 3, each supplied by one parent.
    const id = (side: string, depth: number, i: number) => `industry:syn-${side}-${depth}-${i}`;
    const nodes: ApiChain['nodes'] = [{ side: 'ROOT', depth: 0, industry: { id: 'industry:syn-root', nameEn: 'Synthetic root', nameZh: null }, zones: [], clusters: [] }];
    const links: Array<{ from: { id: string }; to: { id: string }; link: Record<string, unknown> }> = [];
    const widths = [1, 10, 60, 200];
    for (const side of ['UPSTREAM', 'DOWNSTREAM'] as const)
      for (let depth = 1; depth <= 3; depth++)
        for (let i = 0; i < widths[depth]!; i++) {
          const self = id(side, depth, i);
          const parent = depth === 1 ? 'industry:syn-root' : id(side, depth - 1, i % widths[depth - 1]!);
          nodes.push({ side, depth, industry: { id: self, nameEn: `Segment ${side.toLowerCase()} ${depth}.${i}`, nameZh: null }, zones: [], clusters: [] });
          const [from, to] = side === 'UPSTREAM' ? [self, parent] : [parent, self];
          links.push({ from: { id: from }, to: { id: to }, link: { flow: 'components', editorial: i % 5 === 0, verified: true, note: null, sources: [] } });
        }
    const answer = { data: { industryChain: { root: nodes[0]!.industry, nodes, links } }, extensions: { dataVersion: 'synthetic' } };
    const page = await explorer.open('/chain?industry=industry:syn-root&direction=BOTH&hops=3');
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query IndustryChain')) return route.fallback();
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) });
    });
    await page.reload();
    await waitForDiagram(page);
    const drawn = await readDrawnNodes(page);
    expect(drawn.length).toBe(1 + 2 * (10 + 60));
    expect([...new Set(drawn.map((n) => n.tier))].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    const capped = page.locator('.chain-capped');
    expect(await capped.getAttribute('data-hidden-nodes')).toBe(String(2 * 200));
    expect(await capped.getAttribute('data-hidden-links')).toBe(String(2 * 200));
    expect(await capped.textContent()).toContain('400');
    expect(await page.locator('svg.chain-diagram g.chain-link').count()).toBe(2 * (10 + 60));
    const ms = Number(await page.getByTestId('layout-ms').getAttribute('data-ms'));
    console.log(`ELK laid out the capped synthetic chain (141 industries, 140 links) in ${ms} ms`);
    expect(ms).toBeGreaterThan(0);
    await saveScreenshot(page, 'chain-capped-synthetic');
  });

  it('falls back to the ids-only request when the full one is refused as too costly, and still draws the API’s chain', async () => {
    const api = await readChainApi('industry:bulk-commodities');
    const page = await explorer.open('/chain?industry=industry:bulk-commodities&direction=BOTH&hops=3');
    const asked: string[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      const name = /query (\w+)/.exec(body)?.[1] ?? '';
      asked.push(name);
      // What the API answers when the cost is over MAX_COST (as on the benchmark graph); sent
      // with status 200 since Chromium logs any 4xx response as a console error.
      if (name === 'IndustryChain')
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'too costly', extensions: { code: 'LIMIT_EXCEEDED' } }] }),
        });
      return route.fallback();
    });
    await page.reload();
    await waitForDiagram(page);
    expect(asked).toEqual(expect.arrayContaining(['IndustryChain', 'IndustryChainLean']));
    await page.locator('.chain-lean').waitFor();
    expect((await readDrawnNodes(page)).map((n) => n.id).sort(byKey)).toEqual(api.nodes.map((n) => n.industry.id).sort(byKey));
    expect((await readDrawnLinks(page)).map((l) => `${l.from}->${l.to}: ${l.flow}`).sort(byKey)).toEqual(
      api.links.map((l) => `${l.from.id}->${l.to.id}: ${l.link.flow ?? ''}`).sort(byKey),
    );
    const zones = await page.locator('.chain-tier-places[data-tier="0"] .chain-zones li[data-id]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    expect(zones).toEqual([...new Set(api.nodes.filter((n) => n.side === 'ROOT').flatMap((n) => n.zones.map((z) => z.id)))].sort(byKey));
    // "Open as a query" carries the request that answered.
    const href = new URL((await page.locator('a.open-as-query').getAttribute('href')) ?? '', explorer.origin);
    expect(href.searchParams.get('query')).toMatch(/^query IndustryChainLean\(/);
    expect(JSON.parse(href.searchParams.get('variables') ?? '{}')).toEqual({ id: 'industry:bulk-commodities', direction: 'BOTH', maxHops: 3 });
  });
});
