// `npx tsx bench/profile/compare.ts --variants base=<commit>,caches=<commit>[@<node flag>...],... [--ops dashboard,chain,search --repeat 3 --duration 8 --scale small]`
//
// A/B throughput of our server between commits, under the same conditions: one Neo4j (the
// small scale's database), each commit exported to bench/.data/variants/<commit>/ (sharing
// this checkout's node_modules), and rounds that run every variant on every operation back to
// back (300 requests to warm up, then autocannon at 8 connections; each round in a rotated order),
// `repeat` times. Prints the medians, first the server's own CPU time per request (from
// /proc: what this process spends, much less sensitive than req/s to a machine shared with
// other work).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { BENCH_DIR, openScale } from '../benchNeo4j.js';
import { post, readCpuMs, readRssMiB, startServer } from '../servers.js';
import { SUITE, type SetupValues } from '../suite.js';

const { values: args } = parseArgs({
  options: {
    variants: { type: 'string' },
    ops: { type: 'string', default: 'dashboard,chain,search' },
    repeat: { type: 'string', default: '3' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '8' },
    scale: { type: 'string', default: 'small' },
  },
});
const repo = join(BENCH_DIR, '..');
// A variant is `name=commit`, optionally with node flags after `@` (`semi=HEAD@--max-semi-space-size=32`).
const variants = args.variants!.split(',').map((v) => {
  const [name, spec] = v.split(/=(.*)/s) as [string, string];
  const [commit, ...nodeArgs] = spec.split('@') as [string, ...string[]];
  const sha = execSync(`git rev-parse ${commit}`, { cwd: repo, encoding: 'utf8' }).trim();
  const dir = join(BENCH_DIR, '.data', 'variants', sha);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${sha} | tar -x -C ${dir}`, { cwd: repo });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  }
  return { name, dir, nodeArgs };
});
const setup = { neo4jGraphqlDeepCursor: '', floorDeepAfter: '' } satisfies SetupValues;
type Sample = { reqPerSec: number; p50: number; p99: number; rss: number; cpuMsPerRequest: number };
const samples = new Map<string, Sample[]>();
const answers = new Map<string, string[]>();

const { db } = await openScale(args.scale!, { reuse: true, seed: 42, heapMiB: 4096, pageCacheMiB: 4096, log: console.log });
try {
  for (let round = 1; round <= Number(args.repeat); round++)
    for (const name of args.ops!.split(',')) {
      const op = SUITE.find((o) => o.name === name)!;
      const body = JSON.stringify({ query: op.ours.document, variables: op.ours.variables(setup) });
      // Each round starts at another variant, so a machine that gets busier or quieter
      // during a round does not favour the same one every time.
      for (const v of [...variants.slice((round - 1) % variants.length), ...variants.slice(0, (round - 1) % variants.length)]) {
        const server = await startServer('ours', db.local.uri, () => {}, { checkout: v.dir, nodeArgs: v.nodeArgs });
        try {
          const fire = (seconds: number, amount?: number) =>
            autocannon({
              url: server.url,
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
              connections: Number(args.connections),
              duration: seconds,
              amount,
            });
          // The same answer from every variant (data only: extensions carry timings).
          const answer = (await post(server.url, JSON.parse(body))).body as { data?: unknown; errors?: unknown };
          const digest = createHash('sha256')
            .update(JSON.stringify(answer.errors ?? answer.data ?? null))
            .digest('hex')
            .slice(0, 12);
          answers.set(name, [...(answers.get(name) ?? []), `${v.name}=${digest}`]);
          // Warm by requests, not seconds: on a starved machine 2 s were 4 requests, and V8 had
          // not yet optimized the code the measured ones ran (31 CPU ms per request, not 8).
          await fire(60, 300);
          let rss = 0;
          const sampler = setInterval(() => (rss = Math.max(rss, readRssMiB(server.child.pid) ?? 0)), 250);
          const cpuBefore = readCpuMs(server.child.pid) ?? 0;
          const r = await fire(Number(args.duration));
          const cpuMs = (readCpuMs(server.child.pid) ?? 0) - cpuBefore;
          clearInterval(sampler);
          const s = { reqPerSec: r['2xx'] / r.duration, p50: r.latency.p50, p99: r.latency.p99, rss, cpuMsPerRequest: cpuMs / Math.max(1, r['2xx']) };
          console.log(
            `round ${round} ${name} ${v.name}: ${s.reqPerSec.toFixed(1)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, ${s.cpuMsPerRequest.toFixed(2)} CPU ms/request, RSS ${rss.toFixed(0)} MiB, non-2xx ${r.non2xx}`,
          );
          const key = `${name}\t${v.name}`;
          samples.set(key, [...(samples.get(key) ?? []), s]);
        } finally {
          await server.stop();
        }
      }
    }
} finally {
  await db.stop();
}

for (const [op, digests] of answers) {
  const distinct = new Set(digests.map((d) => d.split('=')[1]));
  console.log(`${op}: ${distinct.size === 1 ? 'the same answer from every variant' : `ANSWERS DIFFER: ${[...new Set(digests)].join(', ')}`}`);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(
  `\n| Operation | Variant | server CPU ms / request (median of ${args.repeat}) | req/s | p50 ms | p99 ms | peak RSS MiB | CPU ms / request of each round |\n|---|---|---:|---:|---:|---:|---:|---|`,
);
for (const [key, xs] of samples) {
  const [op, v] = key.split('\t');
  console.log(
    `| ${op} | ${v} | ${median(xs.map((x) => x.cpuMsPerRequest)).toFixed(2)} | ${median(xs.map((x) => x.reqPerSec)).toFixed(1)} | ${median(xs.map((x) => x.p50))} | ${median(xs.map((x) => x.p99))} | ${median(xs.map((x) => x.rss)).toFixed(0)} | ${xs.map((x) => x.cpuMsPerRequest.toFixed(2)).join(', ')} |`,
  );
}
