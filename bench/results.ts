// The shape of bench/results/latest.json, the ratios and the targets computed from it.
import type { BuildResult } from './benchNeo4j.js';
import type { ScaleSpec } from './generate.js';
import type { ServerName } from './suite.js';

export interface ServerResult {
  /** The answer checked before loading: HTTP 200, no errors, data present. */
  ok: boolean;
  error?: string;
  /** Summary of the answer (sizes, first ids), to compare the three servers. */
  signature?: string;
  /** Neo4j queries per request: ours from `extensions.neo4j.queries`; 1 by construction for the others. */
  roundTrips?: number;
  responseBytes?: number;
  /** Latency of one request alone (the second one, plans cached), ms. */
  singleMs?: number;
  /** Skipped when the check failed. */
  load?: {
    /** autocannon, or the closed loop used for operations too slow for autocannon's cut-off. */
    tool: 'autocannon' | 'closed loop';
    /** 1-minute load average when the run ended (above the core count: other work shared the CPU). */
    loadAverage: number;
    reqPerSec: number;
    p50: number;
    p99: number;
    requests: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** HTTP 200 answers that carried GraphQL `errors`. */
    graphqlErrors: number;
    /** The server process's largest resident set size while loaded (Linux /proc), MiB. */
    peakRssMiB?: number;
  };
}

export interface Ratios {
  /** ours req/s ÷ @neo4j/graphql req/s (target ≥ 1.5). */
  throughputVsNeo4jGraphql?: number;
  /** ours p99 ÷ @neo4j/graphql p99 (target ≤ 1). */
  p99VsNeo4jGraphql?: number;
  /** ours p50 ÷ floor p50 (target ≤ 1.3). */
  p50VsFloor?: number;
  /** ours req/s ÷ floor req/s (reported). */
  throughputVsFloor?: number;
}

export interface TargetCheck {
  throughput?: boolean;
  p99?: boolean;
  p50?: boolean;
}

export interface OperationResult {
  name: string;
  title: string;
  list: boolean;
  servers: Record<ServerName, ServerResult>;
  /** True when the three signatures agree (modulo what the APIs define differently). */
  sameAnswer: boolean;
  ratios: Ratios;
  targets: TargetCheck;
}

export interface ScaleResult {
  name: string;
  spec: ScaleSpec;
  build: BuildResult & { reused: boolean };
  /** Seconds per phase. */
  phases: Record<string, number>;
  loadAverage: { before: number[]; after: number[] };
  operations: OperationResult[];
}

export interface RunResults {
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  settings: { scales: string[]; durationSeconds: number; warmupSeconds: number; connections: number; seed: number };
  machine: { cpuModel: string; cpus: number; memoryGiB: number; os: string; node: string; java: string; neo4j: string; heapMiB: number; pageCacheMiB: number };
  scales: ScaleResult[];
  /** Remarks about this result set (e.g. an operation re-measured in a later run). */
  notes?: string[];
  /** Paginated/filtered lists: our p50 at each scale ÷ our p50 at the smallest scale. */
  flatness: Array<{ operation: string; p50ByScale: Record<string, number | null>; growth: number | null; flat: boolean | null }>;
}

export const TARGETS = { throughputVsNeo4jGraphql: 1.5, p99VsNeo4jGraphql: 1, p50VsFloor: 1.3, flatGrowth: 2 };

const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);

export function computeRatios(servers: Record<ServerName, ServerResult>): { ratios: Ratios; targets: TargetCheck } {
  // A run in which no request succeeded measured nothing.
  const usable = (r: ServerResult) => (r.load && r.load.reqPerSec > 0 ? r.load : undefined);
  const o = usable(servers.ours);
  const n = usable(servers.neo4jGraphql);
  const f = usable(servers.floor);
  const ratios: Ratios = {
    throughputVsNeo4jGraphql: ratio(o?.reqPerSec, n?.reqPerSec),
    p99VsNeo4jGraphql: ratio(o?.p99, n?.p99),
    p50VsFloor: ratio(o?.p50, f?.p50),
    throughputVsFloor: ratio(o?.reqPerSec, f?.reqPerSec),
  };
  const targets: TargetCheck = {
    throughput: ratios.throughputVsNeo4jGraphql === undefined ? undefined : ratios.throughputVsNeo4jGraphql >= TARGETS.throughputVsNeo4jGraphql,
    p99: ratios.p99VsNeo4jGraphql === undefined ? undefined : ratios.p99VsNeo4jGraphql <= TARGETS.p99VsNeo4jGraphql,
    p50: ratios.p50VsFloor === undefined ? undefined : ratios.p50VsFloor <= TARGETS.p50VsFloor,
  };
  return { ratios, targets };
}

export function computeFlatness(scales: ScaleResult[]): RunResults['flatness'] {
  if (scales.length === 0) return [];
  return scales[0]!.operations
    .filter((op) => op.list)
    .map((op) => {
      const p50ByScale: Record<string, number | null> = {};
      for (const s of scales) p50ByScale[s.name] = s.operations.find((o) => o.name === op.name)?.servers.ours.load?.p50 ?? null;
      const first = p50ByScale[scales[0]!.name];
      const last = p50ByScale[scales[scales.length - 1]!.name];
      const growth = scales.length > 1 && first && last ? last / first : null;
      return { operation: op.name, p50ByScale, growth, flat: growth === null ? null : growth <= TARGETS.flatGrowth };
    });
}
