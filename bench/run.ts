// `npm run bench [-- --scales small,medium,large --duration 6 --warmup 2 --connections 8 --seed 42 --reuse]`
//
// For each scale: a fresh Neo4j with APOC, the graph (schema, curated seed, synthetic
// generator), the three servers as child processes, one checked answer per operation and
// server, then autocannon at a fixed concurrency for a fixed time per operation and server.
// Writes bench/results/latest.json and docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { BENCH_DIR, openScale, type BenchNeo4j } from './benchNeo4j.js';
import { SCALES } from './generate.js';
import { renderMarkdown } from './report.js';
import { computeFlatness, computeRatios, type OperationResult, type RunResults, type ScaleResult, type ServerResult } from './results.js';
import { post, readRssMiB, startServer, type RunningServer } from './servers.js';
import { offsetCursor, SERVERS, SUITE, SUITE_PARAMS, type Operation, type ServerName, type SetupValues } from './suite.js';

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: 'small,medium,large' },
    duration: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    seed: { type: 'string', default: '42' },
    /** Reuse a scale's database when it was built by the same generator settings. */
    reuse: { type: 'boolean', default: false },
    heap: { type: 'string', default: '4096' },
    pagecache: { type: 'string', default: '4096' },
    ops: { type: 'string' },
    out: { type: 'string', default: join(BENCH_DIR, 'results', 'latest.json') },
    markdown: { type: 'string', default: join(BENCH_DIR, '..', 'docs', 'benchmarks.md') },
  },
});

const scaleNames = args
  .scales!.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const s of scaleNames) if (!SCALES[s]) throw new Error(`Unknown scale ${s}; known: ${Object.keys(SCALES).join(', ')}`);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const seed = Number(args.seed);
const heapMiB = Number(args.heap);
const pageCacheMiB = Number(args.pagecache);
const suite = args.ops ? SUITE.filter((op) => args.ops!.split(',').includes(op.name)) : SUITE;

const runStarted = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - runStarted) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function javaVersion(): string {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (r.stderr || r.stdout || '').split('\n')[0]?.trim() ?? 'unknown';
}

/** The JSON-able part of one checked answer. */
function checkAnswer(op: Operation, server: ServerName, status: number, body: any): { ok: boolean; error?: string; signature?: string } {
  if (status !== 200) return { ok: false, error: `HTTP ${status}: ${JSON.stringify(body?.errors?.[0]?.message ?? body?.error ?? body).slice(0, 300)}` };
  if (body?.errors?.length) return { ok: false, error: `${body.errors[0].extensions?.code ?? 'ERROR'}: ${String(body.errors[0].message).slice(0, 300)}` };
  const data = body?.data;
  const empty =
    data === null ||
    data === undefined ||
    (Array.isArray(data) && data.length === 0) ||
    (typeof data === 'object' && Object.values(data).every((v) => v === null || (Array.isArray(v) && v.length === 0)));
  if (empty) return { ok: false, error: 'empty data', signature: op.signature(server, data) };
  return { ok: true, signature: op.signature(server, data) };
}

function requestOf(op: Operation, server: ServerName, setup: SetupValues, urls: Record<ServerName, string>): { url: string; body: string } {
  if (server === 'floor') return { url: `${urls.floor}/${op.floor.operation}`, body: JSON.stringify(op.floor.params(setup)) };
  const spec = op[server];
  return { url: urls[server], body: JSON.stringify({ query: spec.document, variables: spec.variables(setup) }) };
}

async function load(url: string, body: string, seconds: number): Promise<NonNullable<ServerResult['load']>> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
    // A grouped count over a million measures can take seconds under load: do not count it as lost.
    timeout: 60,
    requests: [
      {
        method: 'POST',
        body,
        onResponse: (_status: number, responseBody: string) => {
          if (responseBody.startsWith('{"errors"') || responseBody.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    tool: 'autocannon',
    loadAverage: loadavg()[0]!,
    reqPerSec: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}

/**
 * A closed loop for slow operations: `connections` clients each send the next request when
 * the previous answer arrives, until the time is up; requests in flight then are awaited
 * and counted (autocannon would drop them), and throughput is over the time to the last answer.
 */
async function closedLoop(url: string, body: string, seconds: number, singleMs: number): Promise<NonNullable<ServerResult['load']>> {
  // Every connection's last request may queue behind all the others: allow for that.
  const timeoutMs = Math.round(Math.min(300_000, Math.max(60_000, 4 * connections * singleMs)));
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  let lastAnswer = started;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
          const text = await response.text();
          lastAnswer = performance.now();
          if (response.status < 200 || response.status > 299) non2xx++;
          else {
            if (text.startsWith('{"errors"') || text.includes('"errors":[')) graphqlErrors++;
            latencies.push(lastAnswer - sent);
          }
        } catch (e) {
          if ((e as Error).name === 'TimeoutError') timeouts++;
          errors++;
          // A server that fails at once must not turn this loop into a busy spin.
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]! : 0);
  return {
    tool: 'closed loop',
    loadAverage: loadavg()[0]!,
    reqPerSec: latencies.length ? latencies.length / ((lastAnswer - started) / 1000) : 0,
    p50: Math.round(pct(50)),
    p99: Math.round(pct(99)),
    requests: latencies.length + non2xx + errors,
    errors,
    timeouts,
    non2xx,
    graphqlErrors,
  };
}

/** Values the deep-page operation needs: cursors found once, before loading. */
async function findSetupValues(db: BenchNeo4j, urls: Record<ServerName, string>): Promise<SetupValues> {
  const offset = (SUITE_PARAMS.deepPage - 1) * SUITE_PARAMS.pageSize;
  const r = await db.driver.executeQuery('MATCH (m:ReformMeasure) RETURN m.id AS id ORDER BY m.id SKIP $skip LIMIT 1', { skip: neo4j.int(offset - 1) });
  const setup: SetupValues = { floorDeepAfter: r.records[0]?.get('id'), neo4jGraphqlDeepCursor: offsetCursor(offset - 1) };
  // Our API: walk the 49 pages with real cursors, as a client would.
  const deep = SUITE.find((op) => op.name === 'deepPage')!;
  let after: string | undefined;
  try {
    for (let page = 1; page < SUITE_PARAMS.deepPage; page++) {
      const answer = await post(urls.ours, { query: deep.ours.document, variables: { first: SUITE_PARAMS.pageSize, after } });
      const cursor = answer.body?.data?.reformMeasures?.pageInfo?.endCursor;
      if (typeof cursor !== 'string') throw new Error(JSON.stringify(answer.body?.errors?.[0]?.message ?? answer.body).slice(0, 200));
      after = cursor;
    }
    setup.oursDeepCursor = after;
  } catch (e) {
    log(`  could not walk our cursors to page ${SUITE_PARAMS.deepPage}: ${(e as Error).message}`);
  }
  return setup;
}

async function runScale(name: string): Promise<ScaleResult> {
  const spec = SCALES[name]!;
  const phases: Record<string, number> = {};
  const phase = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      phases[what] = (performance.now() - t) / 1000;
    }
  };
  const loadBefore = loadavg();
  const { db, build, reused: reuse } = await openScale(name, { reuse: Boolean(args.reuse), seed, heapMiB, pageCacheMiB, log, phase });
  results.machine.neo4j = db.version;
  const servers: RunningServer[] = [];
  try {
    log(`scale ${name}: ${build.totals.nodes} nodes, ${build.totals.relationships} relationships (built in ${build.seconds.toFixed(0)} s)`);

    log(`scale ${name}: starting the servers`);
    await phase('startServers', async () => {
      for (const s of SERVERS) servers.push(await startServer(s, db.local.uri, log));
    });
    const urls = Object.fromEntries(servers.map((s) => [s.name, s.url])) as Record<ServerName, string>;
    const setup = await phase('setup', () => findSetupValues(db, urls));

    // One checked answer per operation and server before any load.
    const operations: OperationResult[] = [];
    await phase('verify', async () => {
      for (const op of suite) {
        const results = {} as Record<ServerName, ServerResult>;
        for (const server of SERVERS) {
          const { url, body } = requestOf(op, server, setup, urls);
          try {
            const answer = await post(url, JSON.parse(body));
            const check = checkAnswer(op, server, answer.status, answer.body);
            const roundTrips = server === 'ours' ? answer.body?.extensions?.neo4j?.queries : 1;
            // A second request, with plans cached: the latency of one request alone.
            const single = check.ok ? (await post(url, JSON.parse(body))).ms : undefined;
            results[server] = { ...check, roundTrips, responseBytes: answer.bytes, singleMs: single };
          } catch (e) {
            results[server] = { ok: false, error: (e as Error).message };
          }
          const r = results[server];
          log(`  check ${op.name} / ${server}: ${r.ok ? `ok, ${r.singleMs?.toFixed(0)} ms alone` : `FAILED (${r.error})`}${r.signature ? ` [${r.signature}]` : ''}`);
        }
        const signatures = SERVERS.map((s) => results[s].signature);
        operations.push({ name: op.name, title: op.title, list: op.list, servers: results, sameAnswer: signatures.every((s) => s === signatures[0]), ratios: {}, targets: {} });
      }
    });

    await phase('load', async () => {
      for (const op of operations) {
        const definition = suite.find((d) => d.name === op.name)!;
        // autocannon drops the requests still in flight when its time is up: an operation so
        // slow that a round of `connections` requests would not fit a quarter of the time
        // is measured by the closed loop instead (for all three servers alike).
        const slowest = Math.max(...SERVERS.map((s) => op.servers[s].singleMs ?? 0));
        const measure = async (closed: boolean) => {
          for (const server of SERVERS) {
            const result = op.servers[server];
            if (!result.ok) continue;
            const { url, body } = requestOf(definition, server, setup, urls);
            const pid = servers.find((s) => s.name === server)?.child.pid;
            let peakRssMiB = 0;
            const sampler = setInterval(() => (peakRssMiB = Math.max(peakRssMiB, readRssMiB(pid) ?? 0)), 250);
            try {
              if (closed) result.load = await closedLoop(url, body, duration, slowest);
              else {
                if (warmup > 0) await load(url, body, warmup);
                result.load = await load(url, body, duration);
              }
            } finally {
              clearInterval(sampler);
            }
            const l = result.load;
            if (peakRssMiB > 0) l.peakRssMiB = Math.round(peakRssMiB);
            log(
              `  load ${op.name} / ${server}${closed ? ' (closed loop)' : ''}: ${l.reqPerSec.toFixed(1)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, peak RSS ${l.peakRssMiB ?? '?'} MiB${l.errors + l.non2xx + l.graphqlErrors ? `, errors ${l.errors}, non-2xx ${l.non2xx}, GraphQL errors ${l.graphqlErrors}` : ''}`,
            );
          }
        };
        // Too slow for autocannon when a round of requests would take more than an eighth of
        // the time; and if autocannon still completed few requests for any server (it drops
        // those in flight at the end, so its latencies would be biased), measure all three again.
        const slow = (slowest * connections) / cpus().length > (duration * 1000) / 8;
        await measure(slow);
        if (!slow && SERVERS.some((s) => op.servers[s].load && op.servers[s].load!.requests < 4 * connections)) await measure(true);
        Object.assign(op, computeRatios(op.servers));
      }
    });
    return { name, spec, build: { ...build, reused: reuse }, phases, loadAverage: { before: loadBefore, after: loadavg() }, operations };
  } finally {
    await phase('stop', async () => {
      for (const s of servers) await s.stop();
      await db.stop();
    });
  }
}

function writeResults(results: RunResults): void {
  mkdirSync(join(args.out!, '..'), { recursive: true });
  writeFileSync(args.out!, `${JSON.stringify(results, null, 2)}\n`);
  mkdirSync(join(args.markdown!, '..'), { recursive: true });
  writeFileSync(args.markdown!, renderMarkdown(results));
}

const startedAt = new Date().toISOString();
const cpuList = cpus();
const results: RunResults = {
  startedAt,
  finishedAt: startedAt,
  totalSeconds: 0,
  settings: { scales: scaleNames, durationSeconds: duration, warmupSeconds: warmup, connections, seed },
  machine: {
    cpuModel: cpuList[0]?.model ?? 'unknown',
    cpus: cpuList.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    java: javaVersion(),
    neo4j: 'unknown',
    heapMiB,
    pageCacheMiB,
  },
  scales: [],
  flatness: [],
};

for (const name of scaleNames) {
  const scale = await runScale(name);
  results.scales.push(scale);
  results.finishedAt = new Date().toISOString();
  results.totalSeconds = (performance.now() - runStarted) / 1000;
  results.flatness = computeFlatness(results.scales);
  writeResults(results);
  log(`scale ${name} done; results written`);
}
log(`done in ${((performance.now() - runStarted) / 60_000).toFixed(1)} min: ${args.out}, ${args.markdown}`);
process.exit(0);
