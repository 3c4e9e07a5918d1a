// Starts the three servers under test as child processes (so each has its own event loop
// and heap, as in production) and asks them one request at a time.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findFreePort } from '../src/neo4j/localNeo4j.js';
import { BENCH_DIR } from './benchNeo4j.js';
import type { ServerName } from './suite.js';

const SCRIPTS: Record<ServerName, string> = {
  ours: join(BENCH_DIR, 'ours', 'server.ts'),
  neo4jGraphql: join(BENCH_DIR, 'neo4j-graphql', 'server.ts'),
  floor: join(BENCH_DIR, 'floor', 'server.ts'),
};

export interface RunningServer {
  name: ServerName;
  /** GraphQL endpoint, or the floor's `/op` base. */
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(
  name: ServerName,
  neo4jUri: string,
  log: (line: string) => void,
  options: { nodeArgs?: string[]; checkout?: string } = {},
): Promise<RunningServer> {
  const port = await findFreePort();
  // nodeArgs: e.g. --cpu-prof (bench/profile/run.ts); checkout: another copy of the repository
  // whose server runs instead (bench/profile/compare.ts).
  const root = options.checkout ?? join(BENCH_DIR, '..');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', join(root, relative(join(BENCH_DIR, '..'), SCRIPTS[name]))], {
    cwd: root,
    // Production mode, as each would be deployed (GraphQL's development-only checks off).
    env: { ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} server did not start in 180 s:\n${output.slice(-2000)}`));
    }, 180_000);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const m = /BENCH_READY (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited (code ${code}) before it was ready:\n${output.slice(-3000)}`));
    });
  });
  // Keep draining its output (a full pipe would block it); surface crashes.
  child.stdout!.resume();
  child.stderr!.resume();
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') log(`  ${name} server exited (code ${code}, signal ${signal})`);
  });
  const exited = new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
  return {
    name,
    url,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface Answer {
  status: number;
  body: any;
  bytes: number;
  ms: number;
}

export async function post(url: string, payload: unknown): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = { error: text.slice(0, 500) };
  }
  return { status: response.status, body, bytes: Buffer.byteLength(text), ms: performance.now() - started };
}

/** A process's resident set size in MiB (Linux /proc), or undefined where it cannot be read. */
export function readRssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A process's CPU time so far (user + system) in ms (Linux /proc), or undefined. */
export function readCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
