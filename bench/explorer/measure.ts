// The browser measurements behind `npm run bench:explorer` (see run.ts). Every page starts
// with the HTTP cache disabled, so each load is a cold first visit.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { SYNTHETIC_IDS } from '../generate.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!) : NaN;
}

async function openColdPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

export interface FirstView {
  scripts: Array<{ url: string; bytes: number; gzipBytes: number }>;
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  fontBytes: number;
}

/** What the home page loads until the network is idle: its JavaScript (raw and gzipped), CSS and fonts. */
export async function measureFirstView(context: BrowserContext, origin: string): Promise<FirstView> {
  const page = await openColdPage(context);
  const bodies: Array<Promise<{ url: string; type: string; body: Buffer }>> = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (['script', 'stylesheet', 'font'].includes(type)) bodies.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, type, body })));
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.locator('#search-box').waitFor();
  const loaded = await Promise.all(bodies);
  await page.close();
  const scripts = loaded.filter((r) => r.type === 'script').map((r) => ({ url: r.url, bytes: r.body.length, gzipBytes: gzipSync(r.body).length }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    scripts,
    jsBytes: sum(scripts.map((s) => s.bytes)),
    jsGzipBytes: sum(scripts.map((s) => s.gzipBytes)),
    cssGzipBytes: sum(loaded.filter((r) => r.type === 'stylesheet').map((r) => gzipSync(r.body).length)),
    fontBytes: sum(loaded.filter((r) => r.type === 'font').map((r) => r.body.length)),
  };
}

export interface HomeInput {
  runs: number[];
  medianMs: number;
  firstContentfulPaintMs: number;
}

/**
 * Cold loads of `/`: milliseconds from navigation start until a key pressed in the search box
 * is in its value (React mounted, the font loaded, the handlers attached), read in the page.
 */
export async function measureHomeInput(context: BrowserContext, origin: string, runs: number): Promise<HomeInput> {
  const times: number[] = [];
  const paints: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openColdPage(context);
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.locator('#search-box').press('s');
    await page.waitForFunction(() => (document.querySelector('#search-box') as HTMLInputElement | null)?.value === 's', undefined, { polling: 'raf' });
    times.push(await page.evaluate(() => performance.now()));
    paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await page.close();
  }
  return { runs: times.map(Math.round), medianMs: median(times), firstContentfulPaintMs: median(paints) };
}

export interface GraphBench {
  nodes: number;
  edges: number;
  runs: Array<Record<string, number>>;
  medianLayoutMs: number;
  medianFirstDrawMs: number;
  medianTotalMs: number;
  medianFrameMsAfter: number;
  medianRenderMsPerFrame: number;
}

/** The graph view's own layout worker and renderer on a synthetic graph (explorer/bench/graph.html). */
export async function measureGraphBench(context: BrowserContext, origin: string, nodes: number, runs: number): Promise<GraphBench | { error: string }> {
  const all: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) {
    const page = await openColdPage(context);
    const res = await page.goto(`${origin}/bench/graph.html?nodes=${nodes}`);
    if (res?.status() !== 200) return { error: `explorer/bench/graph.html answered ${res?.status()}` };
    const done = await page
      .waitForFunction(() => (window as unknown as { __graphBench?: unknown }).__graphBench, undefined, { timeout: 60_000 })
      .then(
        () => true,
        () => false,
      );
    if (!done) return { error: 'explorer/bench/graph.html did not report window.__graphBench within 60 s' };
    all.push(await page.evaluate(() => (window as unknown as { __graphBench: Record<string, number> }).__graphBench));
    await page.close();
  }
  const pick = (key: string) => median(all.map((r) => r[key] ?? NaN));
  return {
    nodes: all[0]?.nodes ?? nodes,
    edges: all[0]?.edges ?? 0,
    runs: all,
    medianLayoutMs: pick('layoutMs'),
    medianFirstDrawMs: pick('firstDrawMs'),
    medianTotalMs: pick('totalMs'),
    medianFrameMsAfter: pick('frameMsAfter'),
    medianRenderMsPerFrame: pick('renderMsPerFrame'),
  };
}

export interface ViewTiming {
  view: string;
  path: string;
  runs: number[];
  medianMs: number;
  /** What the view showed (e.g. "20 of 150 measures"), read from the page: the caps at work. */
  shown: string;
  /** GraphQL errors (code: message) and console errors the page met; empty when it worked. */
  errors: string[];
}

interface ViewProbe {
  view: string;
  path: string;
  /** Resolves when the view has drawn its content. */
  ready(page: Page): Promise<unknown>;
  /** A short account of what is shown. */
  describe(page: Page): Promise<string>;
}

const count = (page: Page, selector: string) => page.locator(selector).count();

/** In the page: the IDE's response pane once it holds a JSON answer, else '' (read through GraphiQL's Monaco). */
function readResponsePane(): string {
  const monaco = (globalThis as { __MONACO?: { editor: { getModels(): Array<{ uri: { path: string }; getValue(): string }> } } }).__MONACO;
  const text =
    monaco?.editor
      .getModels()
      .filter((m) => m.uri.path.endsWith('response.json'))
      .at(-1)
      ?.getValue() ?? '';
  return text.trim().startsWith('{') ? text : '';
}

function probesFor(graph: 'curated' | 'synthetic'): ViewProbe[] {
  const zone = graph === 'curated' ? 'zone:shanghai' : SYNTHETIC_IDS.zone(1);
  const query = graph === 'curated' ? '生物医药' : 'Synthetic';
  const industry = graph === 'curated' ? 'industry:biomedicine' : SYNTHETIC_IDS.industry(500);
  return [
    {
      view: 'search',
      path: `/search?q=${encodeURIComponent(query)}`,
      ready: (page) => page.locator('.hits .summary').waitFor(),
      describe: async (page) => `${await count(page, '.hits li[data-id]')} hits shown`,
    },
    {
      view: 'entity page (zone)',
      path: `/entity/${zone}`,
      ready: (page) => page.locator('.entity-page .relationships').waitFor(),
      describe: async (page) => {
        const groups = await page
          .locator('.relationship-group')
          .evaluateAll((sections) =>
            sections.map(
              (s) =>
                `${s.getAttribute('data-list') ?? s.querySelector('h3')?.textContent?.trim()}: ${s.querySelectorAll('li').length} of ${s.querySelector('.count')?.textContent ?? '?'}`,
            ),
          );
        return groups.join('; ');
      },
    },
    {
      view: 'graph (zone, 3 expands)',
      path: `/graph?start=${zone}&x=${[`${zone}:measures:40`, `${zone}:areas:20`, `${zone}:documents:20`].join(',')}`,
      ready: (page) => page.locator('main.graph-view[data-layout="done"]').waitFor({ timeout: 120_000 }),
      describe: async (page) => `${await page.locator('main.graph-view').getAttribute('data-node-count')} nodes in the scene`,
    },
    {
      view: 'chain (both ways, 3 hops)',
      path: `/chain?industry=${industry}&direction=BOTH&hops=3`,
      ready: (page) => page.locator('.chain-view[data-state="ready"]').waitFor({ timeout: 120_000 }),
      describe: async (page) => {
        const drawn = `${await count(page, 'svg.chain-diagram a.chain-node')} industries, ${await count(page, 'svg.chain-diagram g.chain-link')} links drawn`;
        const capped = page.locator('.chain-capped');
        return (await capped.count()) ? `${drawn}; ${(await capped.allTextContents()).join(' ').replace(/\s+/g, ' ').trim()}` : drawn;
      },
    },
    {
      view: 'dashboard (4 charts)',
      path: '/dashboard',
      ready: (page) => page.waitForFunction(() => document.querySelectorAll('.chart-canvas[data-drawn="true"]').length === 4, undefined, { timeout: 120_000 }),
      describe: async (page) =>
        `${await count(page, '.chart-canvas[data-drawn="true"]')} charts drawn; notes: ${(await page.locator('.chart-panel .chart-notes li').allTextContents()).join(' | ').replace(/\s+/g, ' ').trim() || 'none'}`,
    },
    {
      view: 'query IDE (run an example)',
      path: '/query?example=zones-dashboard&run=1',
      ready: (page) => page.waitForFunction(readResponsePane, undefined, { timeout: 120_000 }),
      describe: async (page) => {
        const text = await page.evaluate(readResponsePane);
        return `answer of ${text.length} characters${text.includes('"errors"') ? ' (with errors)' : ''}`;
      },
    },
  ];
}

/** Each view's time to content (median of 3 cold loads), what it shows, and any error it met. */
export async function measureViews(context: BrowserContext, origin: string, graph: 'curated' | 'synthetic', log: (line: string) => void = () => {}): Promise<ViewTiming[]> {
  const out: ViewTiming[] = [];
  for (const probe of probesFor(graph)) {
    const times: number[] = [];
    const errors = new Set<string>();
    let shown = '';
    for (let i = 0; i < 3; i++) {
      const page = await openColdPage(context);
      page.on('console', (message) => message.type() === 'error' && errors.add(`console: ${message.text()}`));
      page.on('response', (response) => {
        if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
        void response
          .json()
          .then((body: { errors?: Array<{ message: string; extensions?: { code?: string } }> }) =>
            body.errors?.forEach((e) => {
              errors.add(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
            }),
          )
          .catch(() => {});
      });
      try {
        await page.goto(origin + probe.path, { waitUntil: 'commit' });
        await probe.ready(page);
        times.push(await page.evaluate(() => performance.now()));
        shown = await probe.describe(page);
      } catch (e) {
        errors.add(`not ready: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        shown = 'did not finish';
        await page.close();
        break;
      }
      await page.close();
    }
    const timing: ViewTiming = { view: probe.view, path: probe.path, runs: times.map(Math.round), medianMs: median(times), shown, errors: [...errors] };
    log(`  ${timing.view.padEnd(28)} ${String(timing.medianMs).padStart(6)} ms  ${timing.shown}${timing.errors.length ? `  ERRORS: ${timing.errors.join(' | ')}` : ''}`);
    out.push(timing);
  }
  return out;
}
