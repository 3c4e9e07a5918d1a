// Load with an outage: a mixed read workload (bench/load/workload.ts) sent by autocannon from
// this process, over loopback, to the GraphQL server running as a child process
// (`node --import tsx src/main.ts`) on a local Neo4j that this process starts, seeds and owns.
// Mid-run Neo4j is stopped, and restarted on the same data directory and port some seconds
// later; the server is not told. The report shows, per time bucket, what clients got:
// successes, errors by `extensions.code` (SERVICE_UNAVAILABLE is expected during the outage
// only), latency; whether the server stayed up and recovered by itself; and that the graph's
// checksum is the same before and after.
//
// 120 s by default: on this project's shared 2-core machine a clean Neo4j stop takes 3-15 s
// and a start 15-60 s (depending on what else runs), so stop at 15 s + 10 s down + restart
// leaves Neo4j back by 45-100 s, and time after that to show the recovery. When Neo4j comes
// back too late to leave 10 s of load after the grace period, the verdict is INCONCLUSIVE
// (rerun with a longer --duration), not FAIL.
//
//   npm run load -- [--duration 120] [--connections 8] [--bucket 2] [--outage-at 15]
//                   [--outage-for 10] [--no-outage] [--heap-mb 512] [--warmup 10]
//                   [--report docs/load-report.md] [--json bench/load/latest.json]
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSeed } from '../../seed/loadSeed.js';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localNeo4j.js';
import { computeGraphChecksum } from './graphChecksum.js';
import { CLIENT_TIMEOUT_MS, renderLoadReport, type LoadReport, type Sample } from './report.js';
import { WORKLOAD } from './workload.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** How long the server may take to drain and exit on SIGTERM before it is killed. */
const SIGTERM_WAIT_MS = 25_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '120' },
      connections: { type: 'string', default: '8' },
      bucket: { type: 'string', default: '2' },
      'outage-at': { type: 'string', default: '15' },
      'outage-for': { type: 'string', default: '10' },
      'no-outage': { type: 'boolean', default: false },
      'heap-mb': { type: 'string', default: '512' },
      warmup: { type: 'string', default: '10' },
      report: { type: 'string', default: 'docs/load-report.md' },
      json: { type: 'string', default: 'bench/load/latest.json' },
    },
  });
  const num = (name: keyof typeof values, min: number) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min} (got ${String(values[name])}).`);
    return n;
  };
  const options = {
    durationS: num('duration', 5),
    connections: num('connections', 1),
    bucketS: num('bucket', 0.5),
    outageAtS: num('outage-at', 0),
    outageForS: num('outage-for', 0),
    outage: !values['no-outage'],
    heapMiB: num('heap-mb', 256),
    warmupS: num('warmup', 0),
    reportPath: resolve(ROOT, values.report!),
    jsonPath: resolve(ROOT, values.json!),
  };
  if (options.outage && options.outageAtS >= options.durationS) throw new Error('--outage-at must fall within --duration.');
  return options;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The promise's value, or `fallback` once `ms` have passed. */
function withTimeout<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((r) => (timer = setTimeout(() => r(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The first error code of a GraphQL response, or null for a clean success. */
function classify(status: number, body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    if (parsed.errors?.length) return parsed.errors[0]?.extensions?.code ?? 'NO_CODE';
    if (status !== 200 || parsed.data === undefined) return `HTTP_${status}`;
    return null;
  } catch {
    return `NON_JSON_HTTP_${status}`;
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s.`);
}

async function main(): Promise<void> {
  const opts = readOptions();
  const log = (line: string) => console.log(`[load] ${line}`);
  const home = mkdtempSync(join(tmpdir(), 'ftz-load-neo4j-'));
  const boltPort = await findFreePort();
  const httpPort = await findFreePort();
  const neo4jUri = `bolt://127.0.0.1:${boltPort}`;
  const base = `http://127.0.0.1:${httpPort}`;
  const neo4jOptions = { home, port: boltPort, heapMiB: opts.heapMiB, pageCacheMiB: 128, log: () => {} };
  let neo4j: LocalNeo4j | undefined;
  let server: ChildProcess | undefined;
  const serverLog: Array<{ t: number | null; line: string }> = [];
  let t0: number | undefined;
  // Ctrl-C or a kill: leave no server, Neo4j or data directory behind.
  const cleanUp = async (signal: string) => {
    console.error(`[load] ${signal}: stopping the server and Neo4j...`);
    server?.kill('SIGKILL');
    await neo4j?.stop().catch(() => {});
    rmSync(home, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', () => void cleanUp('SIGINT'));
  process.once('SIGTERM', () => void cleanUp('SIGTERM'));
  const rel = () => (t0 === undefined ? null : Math.round((performance.now() - t0) / 10) / 100);

  try {
    log(`Neo4j: starting on ${neo4jUri}, data in ${home}...`);
    neo4j = await startLocalNeo4j(neo4jOptions);
    const driver = createDriver({ uri: neo4jUri });
    try {
      const seeded = await loadSeed(new Executor(driver, { timeoutMs: 300_000 }), { reset: true });
      log(`seeded: ${JSON.stringify(seeded).slice(0, 200)}`);
    } finally {
      await driver.close();
    }
    const checksumBefore = await computeGraphChecksum(neo4jUri);
    log(`checksum before: ${checksumBefore.nodes} nodes, ${checksumBefore.relationships} relationships, ${checksumBefore.hash.slice(0, 16)}`);

    // The server: a separate process, pointed at the Neo4j this process owns.
    log(`server: starting on ${base}...`);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...env,
        NEO4J_URI: neo4jUri,
        PORT: String(httpPort),
        HOST: '127.0.0.1',
        SEED_ON_START: 'false',
        NODE_ENV: 'production',
        // As deployed, but unmetered and quiet: the load is one client, and its log has 300 lines.
        RATE_LIMIT_COST_PER_MINUTE: '0',
        RATE_LIMIT_CONCURRENT: '0',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const serverExit: LoadReport['server']['exits'] = [];
    let shuttingDown = false;
    server.on('exit', (code, signal) => serverExit.push({ t: rel(), code, signal, onShutdown: shuttingDown }));
    for (const stream of [server.stdout!, server.stderr!])
      stream.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) if (serverLog.length < 300) serverLog.push({ t: rel(), line: line.slice(0, 400) });
      });
    await waitFor('the server answering /readyz with 200', async () => (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200, 120_000);

    // Warm-up, and a check that every query of the mix succeeds before the clock starts.
    const bodies = WORKLOAD.map((q) => JSON.stringify({ query: q.query, variables: q.variables }));
    for (let round = 0; round < 3; round++)
      for (const [i, q] of WORKLOAD.entries()) {
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i], signal: AbortSignal.timeout(30_000) });
        const code = classify(res.status, await res.text());
        if (code) throw new Error(`warm-up: ${q.name} answered ${code}; fix the workload before measuring.`);
      }
    // Then the same load, unrecorded, so that "before the outage" is not the JIT warming up.
    if (opts.warmupS > 0) {
      log(`warming up: ${opts.warmupS} s of the same load, not recorded...`);
      await autocannon({
        url: `${base}/graphql`,
        connections: opts.connections,
        duration: opts.warmupS,
        requests: WORKLOAD.map((_, i) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: bodies[i] })),
      });
    }
    log(
      `warm: all ${WORKLOAD.length} queries answer. Load: ${opts.durationS} s, ${opts.connections} connections${opts.outage ? `, Neo4j stopped at ${opts.outageAtS} s for ${opts.outageForS} s` : ''}.`,
    );

    const samples: Sample[] = [];
    const polls: LoadReport['polls'] = { healthz: [], readyz: [], neo4j: [] };
    const events: Array<{ t: number | null; event: string }> = [];
    const outage: LoadReport['outage'] = { planned: opts.outage, stopRequestedAt: null, stoppedAt: null, restartRequestedAt: null, readyAt: null, error: null };
    const loadAvgBefore = loadavg()[0]!;

    // The body of a response and its latency arrive in two callbacks that autocannon runs back
    // to back for the same client (onResponse, then the client's 'response' event).
    let pending: { query: string; status: number; code: string | null } | null = null;
    let finish: (err: Error | null) => void = () => {};
    const finished = new Promise<void>((resolveDone, reject) => (finish = (err) => (err ? reject(err) : resolveDone())));
    t0 = performance.now();
    const instance = autocannon(
      {
        url: `${base}/graphql`,
        connections: opts.connections,
        duration: opts.durationS,
        timeout: CLIENT_TIMEOUT_MS / 1000,
        requests: WORKLOAD.map((q, i) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body: bodies[i],
          onResponse: (status: number, body: string) => {
            pending = { query: q.name, status, code: classify(status, body) };
          },
        })),
        setupClient: (client) => {
          client.on('response', (status: number, _bytes: number, ms: number) => {
            const p = pending ?? { query: '?', status, code: `HTTP_${status}` };
            pending = null;
            samples.push({ t: rel()!, ms, query: p.query, status: p.status, code: p.code });
          });
        },
      },
      (err) => finish(err ?? null),
    );
    instance.on('reqError', (err: Error) =>
      samples.push({ t: rel()!, ms: null, query: '?', status: 0, code: /timed out/.test(err.message) ? 'CLIENT_TIMEOUT' : 'CONNECTION_ERROR' }),
    );

    // Three pollers, each every 0.5 s and each bounded, so a slow one does not thin the others.
    let polling = true;
    const pollEvery = async (probe: () => Promise<void>) => {
      while (polling) {
        await probe();
        await sleep(500);
      }
    };
    const status = async (path: string) => {
      try {
        return (await fetch(`${base}${path}`, { signal: AbortSignal.timeout(2_000) })).status;
      } catch {
        return 0;
      }
    };
    // Neo4j itself, asked directly by a fresh driver: tells a slow database from a slow server.
    // Bounded by a timer: a driver can wait on a port that is open but not yet speaking Bolt.
    const neo4jDirect = async () => {
      const probe = createDriver({ uri: neo4jUri });
      const started = performance.now();
      const query = probe.executeQuery('MATCH (z:Zone)<-[:PILOTED_IN]-(m) RETURN count(m) AS n', {}, { transactionConfig: { timeout: 2_000 } }).then(
        () => Math.round(performance.now() - started),
        () => null,
      );
      const ms = await withTimeout(query, 2_000, null);
      void withTimeout(probe.close(), 5_000, undefined).catch(() => {});
      return ms;
    };
    const pollers = Promise.all([
      pollEvery(async () => void polls.healthz.push({ t: rel()!, status: await status('/healthz') })),
      pollEvery(async () => void polls.readyz.push({ t: rel()!, status: await status('/readyz') })),
      pollEvery(async () => void polls.neo4j.push({ t: rel()!, ms: await neo4jDirect() })),
    ]);

    const outageDone = (async () => {
      if (!opts.outage) return;
      await sleep(opts.outageAtS * 1000);
      outage.stopRequestedAt = rel();
      events.push({ t: outage.stopRequestedAt, event: 'Neo4j stop requested (SIGTERM)' });
      await neo4j!.stop();
      outage.stoppedAt = rel();
      events.push({ t: outage.stoppedAt, event: 'Neo4j stopped' });
      await sleep(opts.outageForS * 1000);
      outage.restartRequestedAt = rel();
      events.push({ t: outage.restartRequestedAt, event: `Neo4j restart requested (same data directory, same port ${boltPort})` });
      try {
        neo4j = await startLocalNeo4j(neo4jOptions);
        outage.readyAt = rel();
        events.push({ t: outage.readyAt, event: 'Neo4j ready again' });
      } catch (e) {
        neo4j = undefined;
        outage.error = (e as Error).message.slice(0, 2000);
        events.push({ t: rel(), event: 'Neo4j restart FAILED' });
      }
    })();

    await finished;
    const loadAvgAfter = loadavg()[0]!;
    events.push({ t: rel(), event: 'load finished' });
    await outageDone;

    // After the run: does the server come back by itself (if it has not yet)?
    let recoveredAfterRun: number | null = null;
    try {
      await waitFor('readiness after the run', async () => (await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200, 60_000);
      recoveredAfterRun = rel();
    } catch {
      events.push({ t: rel(), event: '/readyz still not 200 60 s after the run' });
    }
    polling = false;
    await pollers;
    const finalCheck: Array<{ query: string; code: string | null }> = [];
    for (const [i, q] of WORKLOAD.entries()) {
      try {
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i], signal: AbortSignal.timeout(15_000) });
        finalCheck.push({ query: q.name, code: classify(res.status, await res.text()) });
      } catch (e) {
        finalCheck.push({ query: q.name, code: `FETCH_FAILED: ${(e as Error).message}` });
      }
    }
    const checksumAfter = neo4j ? await computeGraphChecksum(neo4jUri) : null;

    // A clean stop, timed: SIGTERM drains and exits.
    const stopStarted = performance.now();
    const serverAliveAtEnd = server.exitCode === null && server.signalCode === null;
    if (serverAliveAtEnd) {
      shuttingDown = true;
      const exited = new Promise<void>((r) => server!.once('exit', () => r()));
      server.kill('SIGTERM');
      await Promise.race([exited, sleep(SIGTERM_WAIT_MS)]);
    }
    const serverStopMs = Math.round(performance.now() - stopStarted);

    const report: LoadReport = {
      generatedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAvgBefore, loadAvgAfter },
      config: {
        warmupS: opts.warmupS,
        durationS: opts.durationS,
        connections: opts.connections,
        bucketS: opts.bucketS,
        outageAtS: opts.outage ? opts.outageAtS : null,
        outageForS: opts.outage ? opts.outageForS : null,
        neo4jHeapMiB: opts.heapMiB,
        workload: WORKLOAD.map((q) => q.name),
        serverEnv: 'NODE_ENV=production, QUERY_TIMEOUT_MS default',
      },
      outage,
      events,
      samples,
      polls,
      server: {
        exits: serverExit,
        aliveAtEnd: serverAliveAtEnd,
        stopMs: serverStopMs,
        exitedOnSigterm: server.exitCode !== null || (server.signalCode !== null && server.signalCode !== 'SIGKILL'),
        log: serverLog,
      },
      recoveredAfterRunAt: recoveredAfterRun,
      finalCheck,
      checksum: { before: checksumBefore, after: checksumAfter },
    };
    const { markdown, summary } = renderLoadReport(report);
    mkdirSync(dirname(opts.jsonPath), { recursive: true });
    mkdirSync(dirname(opts.reportPath), { recursive: true });
    // The JSON keeps the buckets and the summary; raw samples only as far as the report needs them.
    writeFileSync(opts.jsonPath, `${JSON.stringify({ ...report, samples: undefined, summary }, null, 2)}\n`);
    writeFileSync(opts.reportPath, markdown);
    console.log(markdown.split('\n## Per time bucket')[0]);
    log(`report: ${opts.reportPath}; data: ${opts.jsonPath}`);
    if (summary.verdict.outcome === 'FAIL') process.exitCode = 1;
  } finally {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGKILL');
    }
    await neo4j?.stop().catch(() => {});
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
