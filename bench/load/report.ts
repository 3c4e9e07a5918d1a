// Turns a load run's raw record (responses, health polls, the outage timeline) into time
// buckets, phases, a verdict and the markdown of docs/load-report.md.
import type { GraphChecksum } from './graphChecksum.js';

/** One answered request (or a client-side failure, with `ms` null). `code` null = success. */
export interface Sample {
  t: number;
  ms: number | null;
  query: string;
  status: number;
  code: string | null;
}

export interface LoadReport {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; memGiB: number; node: string; loadAvgBefore: number; loadAvgAfter: number };
  config: {
    warmupS: number;
    durationS: number;
    connections: number;
    bucketS: number;
    outageAtS: number | null;
    outageForS: number | null;
    neo4jHeapMiB: number;
    workload: string[];
    serverEnv: string;
  };
  outage: { planned: boolean; stopRequestedAt: number | null; stoppedAt: number | null; restartRequestedAt: number | null; readyAt: number | null; error: string | null };
  events: Array<{ t: number | null; event: string }>;
  samples: Sample[];
  /** Polls every 0.5 s: the server's /healthz and /readyz (status, 0 when no answer within 2 s), and Neo4j asked directly (ms, null when no answer within 2 s). */
  polls: { healthz: Array<{ t: number; status: number }>; readyz: Array<{ t: number; status: number }>; neo4j: Array<{ t: number; ms: number | null }> };
  server: {
    /** `onShutdown`: the exit the runner asked for with SIGTERM after the run; any other is the server dying. */
    exits: Array<{ t: number | null; code: number | null; signal: string | null; onShutdown: boolean }>;
    aliveAtEnd: boolean;
    stopMs: number;
    /** Whether SIGTERM after the run made it exit by itself (else it was killed). */
    exitedOnSigterm: boolean;
    log: Array<{ t: number | null; line: string }>;
  };
  recoveredAfterRunAt: number | null;
  finalCheck: Array<{ query: string; code: string | null }>;
  checksum: { before: GraphChecksum; after: GraphChecksum | null };
}

/** Seconds after Neo4j is ready again during which errors still count as the outage's. */
export const RECOVERY_GRACE_S = 5;
/** Load after the grace period needed to judge the recovery. */
const MIN_OBSERVED_RECOVERY_S = 10;
/** autocannon's per-request timeout, as the runner sets it. */
export const CLIENT_TIMEOUT_MS = 10_000;
/** The only code clients should see while Neo4j is away. */
const OUTAGE_CODES = new Set(['SERVICE_UNAVAILABLE']);

interface Stats {
  requests: number;
  ok: number;
  errors: Record<string, number>;
  p50: number | null;
  p99: number | null;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function statsOf(samples: Sample[]): Stats {
  const errors: Record<string, number> = {};
  for (const s of samples) if (s.code) errors[s.code] = (errors[s.code] ?? 0) + 1;
  const ms = samples.flatMap((s) => (s.ms === null ? [] : [s.ms])).sort((a, b) => a - b);
  return { requests: samples.length, ok: samples.filter((s) => s.code === null).length, errors, p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

const fmtMs = (n: number | null) => (n === null ? '–' : `${Math.round(n)}`);
const fmtS = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)} s`);
const fmtErrors = (e: Record<string, number>) =>
  Object.keys(e).length === 0
    ? '0'
    : Object.entries(e)
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} ${n}`)
        .join(', ');

export interface LoadSummary {
  overall: Stats & { reqPerS: number; okPerS: number };
  phases: Array<{ name: string; from: number; to: number } & Stats & { reqPerS: number }>;
  buckets: Array<{ from: number; to: number; neo4j: string; healthzFailures: number; readyz: string; neo4jDirect: string } & Stats>;
  perQuery: Array<{ query: string } & Stats>;
  recovery: {
    readyAt: number | null;
    firstDirectOkAfterReadyAt: number | null;
    firstOkAfterReadyAt: number | null;
    lastErrorAt: number | null;
    errorsOutsideOutage: number;
    unexpectedOutageCodes: Record<string, number>;
    allOkFrom: number | null;
  };
  verdict: {
    /** INCONCLUSIVE: nothing failed, but Neo4j came back too late in the run to watch the recovery. */
    outcome: 'PASS' | 'FAIL' | 'INCONCLUSIVE';
    serverStayedUp: boolean;
    errorsOnlyDuringOutage: boolean;
    fullRecovery: boolean | null;
    checksumUnchanged: boolean;
    reasons: string[];
  };
}

export function summarize(r: LoadReport): LoadSummary {
  const end = r.config.durationS;
  const o = r.outage;
  const overall = statsOf(r.samples);
  const outageStart = o.planned ? o.stopRequestedAt : null;
  // Until Neo4j is back (or, if it never came back, the end of the run).
  const outageEnd = o.planned ? (o.readyAt ?? end) : null;

  const neo4jStateAt = (t: number): string => {
    if (!o.planned || o.stopRequestedAt === null || t < o.stopRequestedAt) return 'up';
    if (o.stoppedAt === null || t < o.stoppedAt) return 'stopping';
    if (o.restartRequestedAt === null || t < o.restartRequestedAt) return 'down';
    if (o.readyAt === null || t < o.readyAt) return 'starting';
    return 'up';
  };

  const buckets: LoadSummary['buckets'] = [];
  for (let from = 0; from < end - 1e-9; from += r.config.bucketS) {
    const to = Math.min(end, from + r.config.bucketS);
    const inBucket = r.samples.filter((s) => s.t >= from && (s.t < to || (to === end && s.t <= end + 1)));
    const within = <T extends { t: number }>(xs: T[]) => xs.filter((h) => h.t >= from && h.t < to);
    const healthz = within(r.polls.healthz);
    const readyz = within(r.polls.readyz);
    const direct = within(r.polls.neo4j);
    const states = new Set([neo4jStateAt(from), neo4jStateAt((from + to) / 2), neo4jStateAt(to - 1e-6)]);
    buckets.push({
      from,
      to,
      neo4j: [...states].join(' → '),
      healthzFailures: healthz.filter((h) => h.status !== 200).length,
      readyz: [...new Set(readyz.map((h) => String(h.status)))].join('/') || '–',
      neo4jDirect: direct.length ? direct.map((h) => (h.ms === null ? '✗' : String(h.ms))).join(', ') : '–',
      ...statsOf(inBucket),
    });
  }

  const phase = (name: string, from: number, to: number) => {
    const s = statsOf(r.samples.filter((x) => x.t >= from && x.t < to));
    return { name, from, to, ...s, reqPerS: to > from ? s.requests / (to - from) : 0 };
  };
  const phases =
    outageStart !== null && outageEnd !== null
      ? [
          phase('before the outage', 0, outageStart),
          phase('outage (stop requested → Neo4j ready)', outageStart, outageEnd),
          phase(`recovery (first ${RECOVERY_GRACE_S} s after Neo4j is ready)`, outageEnd, Math.min(end + 1, outageEnd + RECOVERY_GRACE_S)),
          phase('after recovery', Math.min(end + 1, outageEnd + RECOVERY_GRACE_S), end + 1),
        ].filter((p) => p.from < end)
      : [phase('whole run', 0, end + 1)];

  const errorsOf = (xs: Sample[]) => xs.filter((s) => s.code !== null);
  const windowEnd = outageEnd === null ? null : outageEnd + RECOVERY_GRACE_S;
  // A request belongs to the outage when it was sent during it (a request sent just before
  // Neo4j came back may fail a little after); a client timeout was sent 10 s before.
  const sentAt = (s: Sample) => s.t - (s.ms ?? CLIENT_TIMEOUT_MS) / 1000;
  const inWindow = (s: Sample) => outageStart !== null && windowEnd !== null && s.t >= outageStart && sentAt(s) < windowEnd;
  const outside = errorsOf(r.samples).filter((s) => !inWindow(s));
  const unexpectedOutageCodes: Record<string, number> = {};
  for (const s of errorsOf(r.samples).filter((x) => inWindow(x) && !OUTAGE_CODES.has(x.code!))) unexpectedOutageCodes[s.code!] = (unexpectedOutageCodes[s.code!] ?? 0) + 1;
  const lastError = errorsOf(r.samples).reduce<number | null>((m, s) => (m === null || s.t > m ? s.t : m), null);
  const firstOkAfterReady = o.readyAt === null ? null : (r.samples.find((s) => s.t >= o.readyAt! && s.code === null)?.t ?? null);

  const deaths = r.server.exits.filter((e) => !e.onShutdown);
  const serverStayedUp = deaths.length === 0 && r.polls.healthz.every((h) => h.status === 200);
  const errorsOnlyDuringOutage = outside.length === 0 && Object.keys(unexpectedOutageCodes).length === 0;
  const afterGrace = windowEnd === null ? r.samples : r.samples.filter((s) => sentAt(s) >= windowEnd);
  // Recovery can only be judged with some load after the grace period.
  const observable = !o.planned || (o.readyAt !== null && windowEnd !== null && end - windowEnd >= MIN_OBSERVED_RECOVERY_S);
  const recoveredAfter = r.recoveredAfterRunAt !== null && r.finalCheck.every((c) => c.code === null);
  const fullRecovery = !recoveredAfter || errorsOf(afterGrace).length > 0 ? false : observable ? afterGrace.length > 0 : null;
  const checksumUnchanged = r.checksum.after !== null && JSON.stringify(r.checksum.after) === JSON.stringify(r.checksum.before);
  const reasons: string[] = [];
  if (!serverStayedUp) reasons.push(`the server did not stay up (exits: ${JSON.stringify(deaths)}, /healthz failures: ${r.polls.healthz.filter((h) => h.status !== 200).length})`);
  if (outside.length) reasons.push(`${outside.length} errors outside the outage window (${fmtErrors(statsOf(outside).errors)})`);
  if (Object.keys(unexpectedOutageCodes).length) reasons.push(`codes other than SERVICE_UNAVAILABLE during the outage (${fmtErrors(unexpectedOutageCodes)})`);
  if (fullRecovery === false) reasons.push('no full recovery (errors after the grace period, readiness not back, or a query failing after the run)');
  if (!checksumUnchanged) reasons.push('the graph checksum changed or could not be read');
  if (o.error) reasons.push(`Neo4j could not be restarted: ${o.error.split('\n')[0]}`);

  return {
    overall: { ...overall, reqPerS: overall.requests / end, okPerS: overall.ok / end },
    phases,
    buckets,
    perQuery: r.config.workload.map((q) => ({ query: q, ...statsOf(r.samples.filter((s) => s.query === q)) })),
    recovery: {
      readyAt: o.readyAt,
      firstDirectOkAfterReadyAt: o.readyAt === null ? null : (r.polls.neo4j.find((p) => p.t >= o.readyAt! && p.ms !== null)?.t ?? null),
      firstOkAfterReadyAt: firstOkAfterReady,
      lastErrorAt: lastError,
      errorsOutsideOutage: outside.length,
      unexpectedOutageCodes,
      allOkFrom: lastError === null ? 0 : (r.samples.find((s) => s.t > lastError)?.t ?? null),
    },
    verdict: {
      outcome: reasons.length ? 'FAIL' : fullRecovery === null ? 'INCONCLUSIVE' : 'PASS',
      serverStayedUp,
      errorsOnlyDuringOutage,
      fullRecovery,
      checksumUnchanged,
      reasons:
        fullRecovery === null && !reasons.length
          ? [
              `Neo4j was ready again at ${fmtS(o.readyAt)}, too late to leave ${MIN_OBSERVED_RECOVERY_S} s of load after the ${RECOVERY_GRACE_S} s grace period; readiness and every query did come back after the run. Rerun with a longer --duration.`,
            ]
          : reasons,
    },
  };
}

export function renderLoadReport(r: LoadReport): { markdown: string; summary: LoadSummary } {
  const s = summarize(r);
  const o = r.outage;
  const c = r.config;
  const yes = (b: boolean) => (b ? 'yes' : '**NO**');
  const deaths = r.server.exits.filter((e) => !e.onShutdown);
  const lines: string[] = [];
  lines.push('# Load report: mixed reads, with a Neo4j outage in the middle', '');
  lines.push(
    `Generated ${r.generatedAt} by \`npm run load\` (bench/load/run.ts); raw numbers in bench/load/latest.json. ` +
      `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memGiB} GiB, Node ${r.machine.node}; ` +
      `load average ${r.machine.loadAvgBefore.toFixed(2)} before, ${r.machine.loadAvgAfter.toFixed(2)} after (the machine is shared, so absolute numbers vary between runs).`,
    '',
  );
  lines.push(
    `autocannon in the runner process sends the mix round robin on each of ${c.connections} connections for ${c.durationS} s over loopback ` +
      `(after ${c.warmupS} s of the same load, not recorded) ` +
      `to the server, a separate process (\`node --import tsx src/main.ts\`, ${c.serverEnv}), which uses a local Neo4j 5.26 ` +
      `(heap ${c.neo4jHeapMiB} MiB) that the runner started in a fresh directory and seeded. ` +
      (o.planned
        ? `At ${c.outageAtS} s the runner stops Neo4j (SIGTERM, clean shutdown), waits ${c.outageForS} s, and starts it again on the same data directory and port. The server is not told.`
        : 'No outage in this run.'),
    '',
  );
  lines.push(`Mix (${c.workload.length} queries): ${c.workload.map((q) => `\`${q}\``).join(', ')} (bench/load/workload.ts).`, '');

  lines.push('## Summary', '', '| | |', '|---|---|');
  lines.push(`| Verdict | **${s.verdict.outcome}**${s.verdict.reasons.length ? `: ${s.verdict.reasons.join('; ')}` : ''} |`);
  lines.push(`| Requests | ${s.overall.requests} in ${c.durationS} s (${s.overall.reqPerS.toFixed(1)} req/s), ${s.overall.ok} succeeded (${s.overall.okPerS.toFixed(1)} req/s) |`);
  lines.push(`| Latency, every answer | p50 ${fmtMs(s.overall.p50)} ms, p99 ${fmtMs(s.overall.p99)} ms |`);
  lines.push(`| Errors by \`extensions.code\` | ${fmtErrors(s.overall.errors)} |`);
  const before = s.phases.find((p) => p.name.startsWith('before'));
  const after = s.phases.find((p) => p.name.startsWith('after'));
  if (before && after)
    lines.push(
      `| Throughput, before the outage → after recovery | ${before.reqPerS.toFixed(1)} → ${after.reqPerS.toFixed(1)} req/s; p50 ${fmtMs(before.p50)} → ${fmtMs(after.p50)} ms, p99 ${fmtMs(before.p99)} → ${fmtMs(after.p99)} ms |`,
    );
  if (o.planned)
    lines.push(
      `| Outage | Neo4j stop requested at ${fmtS(o.stopRequestedAt)}, stopped at ${fmtS(o.stoppedAt)}, restart requested at ${fmtS(o.restartRequestedAt)}, ready at ${fmtS(o.readyAt)}${o.error ? ` (restart failed: ${o.error.split('\n')[0]})` : ''} |`,
      `| Errors only during the outage | ${yes(s.verdict.errorsOnlyDuringOutage)}: ${s.recovery.errorsOutsideOutage} errors outside [stop requested, ready + ${RECOVERY_GRACE_S} s]; codes during the outage other than SERVICE_UNAVAILABLE: ${fmtErrors(s.recovery.unexpectedOutageCodes)} |`,
      `| Recovery | ${s.verdict.fullRecovery === null ? 'not observable in the run' : yes(s.verdict.fullRecovery)}: Neo4j said ready at ${fmtS(o.readyAt)} and answered the runner's own probe ${s.recovery.firstDirectOkAfterReadyAt === null || o.readyAt === null ? '–' : `${(s.recovery.firstDirectOkAfterReadyAt - o.readyAt).toFixed(1)} s`} later; the server's first success came ${s.recovery.firstOkAfterReadyAt === null || o.readyAt === null ? '–' : `${(s.recovery.firstOkAfterReadyAt - o.readyAt).toFixed(1)} s`} after ready; last error at ${fmtS(s.recovery.lastErrorAt)}; every answer a success from ${fmtS(s.recovery.allOkFrom)} on; every query of the mix succeeds after the run: ${yes(r.finalCheck.every((f) => f.code === null))} |`,
    );
  lines.push(
    `| Server stayed up | ${yes(s.verdict.serverStayedUp)}: ${deaths.length === 0 ? 'no exit during the run' : `exited ${JSON.stringify(deaths)}`}; /healthz 200 in ${r.polls.healthz.filter((h) => h.status === 200).length} of ${r.polls.healthz.length} polls (every 0.5 s) |`,
    `| Shutdown after the run | ${r.server.exitedOnSigterm ? `exited on SIGTERM in ${r.server.stopMs} ms (exit code ${r.server.exits.at(-1)?.code ?? '?'})` : `**did not exit within ${Math.round(r.server.stopMs / 1000)} s of SIGTERM**; killed`} |`,
  );
  const b = r.checksum.before;
  const a = r.checksum.after;
  lines.push(
    `| Graph checksum | ${s.verdict.checksumUnchanged ? 'unchanged' : '**CHANGED or unreadable**'}: before ${b.nodes} nodes, ${b.relationships} relationships, sha256 \`${b.hash.slice(0, 16)}…\`; after ${a ? `${a.nodes} nodes, ${a.relationships} relationships, sha256 \`${a.hash.slice(0, 16)}…\`` : 'not readable'} |`,
    '',
  );

  lines.push('## Phases', '', '| Phase | Window | Requests | req/s | Succeeded | Errors by code | p50 ms | p99 ms |', '|---|---|---:|---:|---:|---|---:|---:|');
  for (const p of s.phases)
    lines.push(
      `| ${p.name} | ${p.from.toFixed(1)}–${Math.min(p.to, c.durationS).toFixed(1)} s | ${p.requests} | ${p.reqPerS.toFixed(1)} | ${p.ok} | ${fmtErrors(p.errors)} | ${fmtMs(p.p50)} | ${fmtMs(p.p99)} |`,
    );
  lines.push('');

  lines.push('## Timeline', '', '| t | Event |', '|---:|---|');
  for (const e of r.events) lines.push(`| ${fmtS(e.t)} | ${e.event} |`);
  lines.push('');

  lines.push(
    `## Per time bucket (${c.bucketS} s)`,
    '',
    'Latency is that of every answer in the bucket, successes and refusals alike (during the outage, how fast SERVICE_UNAVAILABLE comes back). ' +
      '/readyz lists the statuses the polls got (0: no answer within 2 s). "Neo4j direct" is a small query the runner sends Neo4j itself with a fresh driver at each poll (✗: no answer within 2 s): it tells a slow database from a slow server.',
    '',
    '| t (s) | Neo4j | Requests | Succeeded | Errors by code | p50 ms | p99 ms | /healthz failures | /readyz | Neo4j direct, ms |',
    '|---|---|---:|---:|---|---:|---:|---:|---|---|',
  );
  for (const k of s.buckets)
    lines.push(
      `| ${k.from.toFixed(0)}–${k.to.toFixed(0)} | ${k.neo4j} | ${k.requests} | ${k.ok} | ${fmtErrors(k.errors)} | ${fmtMs(k.p50)} | ${fmtMs(k.p99)} | ${k.healthzFailures} | ${k.readyz} | ${k.neo4jDirect} |`,
    );
  lines.push('');

  lines.push('## Per query (whole run)', '', '| Query | Requests | Succeeded | Errors by code | p50 ms | p99 ms |', '|---|---:|---:|---|---:|---:|');
  for (const q of s.perQuery) lines.push(`| \`${q.query}\` | ${q.requests} | ${q.ok} | ${fmtErrors(q.errors)} | ${fmtMs(q.p50)} | ${fmtMs(q.p99)} |`);
  lines.push('');

  lines.push('## Server log during the run', '', 'What the server process printed (times relative to the start of the load; – is before it).', '', '```');
  for (const l of r.server.log.slice(0, 60)) lines.push(`${l.t === null ? '     –' : `${l.t.toFixed(1).padStart(6)}`}  ${l.line}`);
  lines.push('```', '');

  lines.push(
    '## Reproduce',
    '',
    '```sh',
    `npm run load -- --duration ${c.durationS} --connections ${c.connections} --bucket ${c.bucketS} --warmup ${c.warmupS}${o.planned ? ` --outage-at ${c.outageAtS} --outage-for ${c.outageForS}` : ' --no-outage'}`,
    '```',
    '',
    'Needs Java 17+ and Maven as for `npm start` (the Neo4j jars are fetched once). The runner exits non-zero when the verdict is FAIL.',
    '',
  );
  return { markdown: lines.join('\n'), summary: s };
}
