// `npx tsx bench/profile/run.ts [--ops dashboard,chain,search --duration 10 --label before]`
//
// CPU profiles of this project's server under load: for each operation, a fresh server
// process run with `node --cpu-prof`, a 2 s warm-up, then autocannon (8 connections) for
// `duration` seconds; stopping the server writes its profiles to bench/.data/profiles/<label>/<op>/
// (one per thread: tsx's loader runs in its own; the busiest is the server's main thread).
// Prints each profile summed by stage (summarize.ts), for docs/profiles/README.md.
// Needs the small scale's database built by `npm run bench -- --scales small --reuse`.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { BENCH_DIR, openScale } from '../benchNeo4j.js';
import { readRssMiB, startServer } from '../servers.js';
import { SUITE, type SetupValues } from '../suite.js';
import { renderStageTable, summarizeProfile, type CpuProfile } from './summarize.js';

const { values: args } = parseArgs({
  options: {
    ops: { type: 'string', default: 'dashboard,chain,search' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    scale: { type: 'string', default: 'small' },
    label: { type: 'string', default: 'latest' },
  },
});
const log = (line: string) => console.log(line);
const dir = join(BENCH_DIR, '.data', 'profiles', args.label!);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// The profiled operations need no setup values (those are the deep page's cursors).
const setup = { neo4jGraphqlDeepCursor: '', floorDeepAfter: '' } satisfies SetupValues;

const { db } = await openScale(args.scale!, { reuse: true, seed: 42, heapMiB: 4096, pageCacheMiB: 4096, log });
try {
  for (const name of args.ops!.split(',')) {
    const op = SUITE.find((o) => o.name === name);
    if (!op) throw new Error(`Unknown operation ${name}`);
    const opDir = join(dir, name);
    mkdirSync(opDir, { recursive: true });
    const server = await startServer('ours', db.local.uri, log, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${opDir}`] });
    try {
      const body = JSON.stringify({ query: op.ours.document, variables: op.ours.variables(setup) });
      const fire = (seconds: number) =>
        autocannon({ url: server.url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: Number(args.connections), duration: seconds });
      await fire(2);
      let peakRss = 0;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, readRssMiB(server.child.pid) ?? 0)), 250);
      const r = await fire(Number(args.duration));
      clearInterval(sampler);
      log(`${name}: ${(r['2xx'] / r.duration).toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, peak RSS ${peakRss.toFixed(0)} MiB`);
    } finally {
      await server.stop();
    }
    const profiles = readdirSync(opDir).map((f) => JSON.parse(readFileSync(join(opDir, f), 'utf8')) as CpuProfile);
    const busyMs = (p: CpuProfile) => [...summarizeProfile(p)].reduce((a, [stage, ms]) => (stage === 'idle' ? a : a + ms), 0);
    const profile = profiles.reduce((a, b) => (busyMs(b) > busyMs(a) ? b : a));
    console.log(`\n### ${name} (${args.label})\n\n${renderStageTable(summarizeProfile(profile))}\n`);
  }
} finally {
  await db.stop();
}
