// `npm run bench:explorer [-- --runs 5 --scale medium --reuse --parts curated,scale]`
//
// The explorer's committed measurements (issue 10), in headless Chromium (Debian's
// /usr/bin/chromium) on this machine, against the real server in production mode:
//   1. JavaScript shipped for the first view: what the home page actually loads, gzipped
//      (target ≤ 500 KB; the query IDE is lazy and excluded by construction: it loads on /query).
//   2. Time until the home page answers input: from navigation start until a key typed into
//      the search box is in the box's value (target ≤ 1.5 s), over `--runs` cold loads.
//   3. The graph view's layout and first draw for 2,000 nodes (target ≤ 1 s), on the bench
//      page that runs the view's own worker layout and sigma renderer (explorer/bench/graph.html).
//   4. Every view on the curated graph and on the 100k-node benchmark graph (bench/generate.ts's
//      `medium` scale): time until it has drawn its content, and that it stays capped.
// Results go to bench/results/explorer.json (committed) and a table on stdout.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureExplorerBuilt } from '../../explorer/buildIfStale.js';
import { loadSeed } from '../../seed/loadSeed.js';
import { Executor } from '../../src/graph/executor.js';
import { ensureSchema } from '../../src/graph/schemaSetup.js';
import { launchChromium } from '../../test/browser/support/browser.js';
import { BENCH_DIR, openScale, startBenchNeo4j, type BenchNeo4j } from '../benchNeo4j.js';
import { startServer, type RunningServer } from '../servers.js';
import { measureFirstView, measureGraphBench, measureHomeInput, measureViews } from './measure.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: 'medium' },
    reuse: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    /** Which parts to run: `curated` (bundle, input, graph bench, views) and/or `scale` (views on --scale). */
    parts: { type: 'string', default: 'curated,scale' },
  },
});
const runs = Number(args.runs);
const log = (line: string) => console.log(`[bench:explorer] ${line}`);

export const EXPLORER_TARGETS = {
  firstViewJsGzipKB: 500,
  homeInputMs: 1_500,
  graph2000Ms: 1_000,
};

ensureExplorerBuilt(log);
const browser = await launchChromium();
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: (await import('node:os')).cpus().length,
    chromium: browser.context.browser()?.version() ?? 'unknown',
  },
  targets: EXPLORER_TARGETS,
};

async function withServer<T>(db: BenchNeo4j, f: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer('ours', db.local.uri, log);
  try {
    return await f(server);
  } finally {
    await server.stop();
  }
}

const parts = new Set(args.parts!.split(','));
try {
  if (parts.has('curated')) {
    log('curated graph: fresh Neo4j, schema and seed');
    const curated = await startBenchNeo4j('explorer-curated', {
      fresh: true,
      heapMiB: 1024,
      pageCacheMiB: 512,
      log: () => {},
    });
    try {
      const executor = new Executor(curated.driver, { timeoutMs: 120_000 });
      await ensureSchema(executor);
      await loadSeed(executor);
      await withServer(curated, async (server) => {
        const origin = new URL(server.url).origin;
        results.firstView = await measureFirstView(browser.context, origin);
        log(`first view: ${JSON.stringify(results.firstView)}`);
        results.homeInput = await measureHomeInput(browser.context, origin, runs);
        log(`home answers input: ${JSON.stringify(results.homeInput)}`);
        results.graph2000 = await measureGraphBench(browser.context, origin, 2_000, runs);
        log(`graph 2,000 nodes: ${JSON.stringify(results.graph2000)}`);
        log('views on the curated graph:');
        results.curatedViews = await measureViews(browser.context, origin, 'curated', log);
      });
    } finally {
      await curated.stop();
    }
  }

  if (parts.has('scale') && args.scale !== 'none') {
    log(`scale ${args.scale}: opening the benchmark graph${args.reuse ? ' (reusing when built)' : ''}`);
    const { db, build } = await openScale(args.scale!, {
      reuse: Boolean(args.reuse),
      seed: Number(args.seed),
      heapMiB: 2048,
      pageCacheMiB: 2048,
      log,
    });
    try {
      results.scale = {
        name: args.scale,
        nodes: build.totals.nodes,
        relationships: build.totals.relationships,
      };
      await withServer(db, async (server) => {
        log(`views on the ${args.scale} graph (${build.totals.nodes} nodes):`);
        results.scaleViews = await measureViews(browser.context, new URL(server.url).origin, 'synthetic', log);
      });
    } finally {
      await db.stop();
    }
  }
} finally {
  await browser.close();
}

const out = join(BENCH_DIR, 'results');
mkdirSync(out, { recursive: true });
// A run of some parts keeps the other parts' last results (each part's numbers carry their date).
const file = join(out, 'explorer.json');
const previous: Record<string, unknown> = existsSync(file) && parts.size < 2 ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(
  file,
  `${JSON.stringify({ ...previous, ...results, parts: { ...(previous.parts as object), ...Object.fromEntries([...parts].map((p) => [p, results.date])) } }, null, 2)}\n`,
);
log(`written to bench/results/explorer.json`);
