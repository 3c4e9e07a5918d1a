// Sums a V8 CPU profile (.cpuprofile, from `node --cpu-prof`) by request stage.
//   tsx bench/profile/summarize.ts <file.cpuprofile> [...more]   (prints one Markdown table per file)
//
// Each sample goes to one stage, found from its stack: walking up from the sampled frame, the
// first frame whose file or function names a stage decides, except that a generic helper
// (graphql's utilities, a native builtin, Node's internals) lets an owner further up win:
// graphql's getArgumentValues called by the selection plan is the plan's time, called by
// execute.js it is execution's. Idle time is left out of the percentages.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface StageRule {
  stage: string;
  url?: RegExp;
  fn?: RegExp;
  /** A helper: an ancestor matching a non-generic rule takes the sample instead. */
  generic?: boolean;
}

/** In order: the first matching rule of a frame names its stage. */
export const STAGE_RULES: StageRule[] = [
  { stage: 'idle', fn: /^\(idle\)$/ },
  { stage: 'GC', fn: /^\(garbage collector\)$/ },
  { stage: 'startup (tsx, module loading, schema)', url: /node_modules\/(tsx|esbuild|@graphql-tools)|src\/graphql\/(typeDefs|sdl)|node:internal\/modules/ },
  { stage: 'logging', url: /node_modules\/pino|src\/http\/requestLog\.ts/ },
  { stage: 'cost', url: /src\/graphql\/plugins\/cost\// },
  { stage: 'selection plan', url: /src\/graphql\/selectionPlan\.ts/ },
  { stage: 'Cypher text + record shaping (data layer)', url: /src\/graph\/(?!executor)/ },
  // The driver captures a stack for every result, to attach to a later error; with tsx's
  // source maps on, formatting it is costly.
  { stage: 'driver: stack capture per result', fn: /^captureStacktrace$/, url: /neo4j-driver/ },
  { stage: 'driver + Bolt', url: /node_modules\/neo4j-driver|src\/graph\/executor\.ts/ },
  { stage: 'parse + validate (incl. graphql-armor, token count)', url: /graphql\/(validation|language\/(parser|lexer))|graphql-armor|src\/graphql\/limits\.ts/ },
  { stage: 'serialization (JSON.stringify)', fn: /prettyJSONStringify|^stringify$/ },
  { stage: 'execution (graphql-js + resolvers)', url: /graphql\/execution\/execute|src\/graphql\/resolvers\/|node_modules\/dataloader/ },
  { stage: 'Apollo pipeline + plugins', url: /@apollo\/|src\/graphql\/plugins\/|src\/apolloServer\.ts|src\/graphql\/(context|formatError)\.ts/ },
  { stage: 'HTTP + JSON parse', url: /src\/httpServer\.ts|src\/http\/|node:_http|node:http/ },
  { stage: 'graphql-js helpers', url: /node_modules\/graphql\//, generic: true },
  { stage: 'Node internals', url: /^node:/, generic: true },
  { stage: 'builtins (native)', url: /^$/, generic: true },
];

const SOCKET_WRITES = /^(writeBuffer|writev|writeUtf8String|writeLatin1String|writeAsciiString)$/;

function matchRule(frame: CallFrame): StageRule | undefined {
  return STAGE_RULES.find((r) => (!r.url || r.url.test(frame.url)) && (!r.fn || r.fn.test(frame.functionName)));
}

/** Milliseconds of samples per stage. */
export function summarizeProfile(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = stageOf.get(id);
    if (known) return known;
    let fallback: string | undefined;
    let stage: string | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const rule = matchRule(byId.get(at)!.callFrame);
      if (!rule) continue;
      if (!rule.generic) {
        stage = rule.stage;
        break;
      }
      fallback ??= rule.stage;
    }
    const owner = stage ?? fallback ?? 'other';
    // A socket write is a syscall: on loopback it runs the receiver's side too, and on a
    // loaded machine the wait for the CPU lands here. Kept apart, named by its owner.
    const result = SOCKET_WRITES.test(byId.get(id)!.callFrame.functionName)
      ? `socket writes (${owner === 'driver + Bolt' ? 'Bolt' : owner === 'HTTP + JSON parse' ? 'HTTP response' : owner})`
      : owner;
    stageOf.set(id, result);
    return result;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const stage = classify(id);
    totals.set(stage, (totals.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

/** A Markdown table: stage, ms, share of the busy (non-idle) time. */
export function renderStageTable(totals: Map<string, number>): string {
  const busy = [...totals].filter(([s]) => s !== 'idle').reduce((a, [, ms]) => a + ms, 0);
  const rows = [...totals].filter(([s]) => s !== 'idle').sort((a, b) => b[1] - a[1]);
  const lines = ['| Stage | CPU ms | Share of busy time |', '|---|---:|---:|'];
  for (const [stage, ms] of rows) lines.push(`| ${stage} | ${ms.toFixed(0)} | ${((100 * ms) / busy).toFixed(1)} % |`);
  lines.push(`| **busy total** (idle ${(totals.get('idle') ?? 0).toFixed(0)} ms) | ${busy.toFixed(0)} | 100 % |`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  for (const file of process.argv.slice(2)) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    console.log(`\n### ${basename(file)}\n\n${renderStageTable(summarizeProfile(profile))}`);
  }
}
