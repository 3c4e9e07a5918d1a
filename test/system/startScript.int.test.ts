// `npm start` as deployed (a local Neo4j, production mode): SIGTERM to the pid of `npm start`
// stops everything it started: the server, its port, the local Neo4j and its Bolt port.
// (With `tsx src/main.ts` npm died and left tsx and node serving, reparented to init.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/neo4j/localNeo4j.js';

/** Every live descendant of `root`, with its command line. */
function listDescendants(root: number): Array<{ pid: number; cmd: string }> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command in field 2 may hold spaces and parentheses: read past its last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const found: Array<{ pid: number; cmd: string }> = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of parents)
      if (ppid === parent) {
        let cmd = '';
        try {
          cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        } catch {}
        found.push({ pid, cmd });
        queue.push(pid);
      }
  }
  return found;
}

/** Alive, and not a zombie waiting for its parent. */
function isRunning(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start, as deployed', () => {
  it('stops the server, its port and the local Neo4j on SIGTERM to the npm pid', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ftz-start-'));
    const [httpPort, boltPort] = [await findFreePort(), await findFreePort()];
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));
    const npm = spawn('npm', ['start'], {
      env: {
        ...env,
        npm_config_update_notifier: 'false',
        NODE_ENV: 'production',
        PORT: String(httpPort),
        NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(boltPort),
        NEO4J_HEAP_MB: '384',
        NEO4J_PAGECACHE_MB: '64',
        SEED_ON_START: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    let output = '';
    npm.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let started: Array<{ pid: number; cmd: string }> = [];
    try {
      await new Promise<void>((resolve, reject) => {
        npm.stdout.on('data', (d: Buffer) => {
          output += d.toString();
          if (output.includes('GraphQL ready')) resolve();
        });
        npm.once('exit', () => reject(new Error(`npm start exited early:\n${output}`)));
      });
      started = listDescendants(npm.pid!);
      expect(started.some((p) => p.cmd.includes('src/main.ts'))).toBe(true);
      expect(started.some((p) => p.cmd.includes('Launcher'))).toBe(true);
      expect((await fetch(`http://127.0.0.1:${httpPort}/readyz`)).status).toBe(200);
      expect(await isListening(boltPort)).toBe(true);

      process.kill(npm.pid!, 'SIGTERM');
      expect(await exited).toBe(0);
      expect(started.filter((p) => isRunning(p.pid))).toEqual([]);
      expect(await isListening(httpPort)).toBe(false);
      expect(await isListening(boltPort)).toBe(false);
      expect(output).toContain('Stopped.');
    } finally {
      // Only after a failure is anything left: the processes this test started, by pid.
      for (const p of [...started, { pid: npm.pid! }]) if (isRunning(p.pid)) process.kill(p.pid, 'SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});
