// Builds the explorer (vite build → explorer/dist) when the build is missing or older than
// its sources. Run before `npm start` and `npm test` (prestart/pretest) and by the browser
// tests, so a fresh clone serves the explorer after `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPLORER = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(EXPLORER, '..');

function readNewestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, readNewestMtime(join(path, entry)));
  return newest;
}

/** True when `explorer`/dist is missing or any source (src/, bench/, public/, index.html, configs, the lock file) is newer. */
export function isExplorerBuildStale(explorer: string = EXPLORER, lockFile: string = join(ROOT, 'package-lock.json')): boolean {
  const built = join(explorer, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = [...['src', 'bench', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json'].map((p) => join(explorer, p)), lockFile];
  const newest = Math.max(...sources.filter(existsSync).map(readNewestMtime));
  return newest > statSync(built).mtimeMs;
}

export function ensureExplorerBuilt(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (!isExplorerBuildStale()) return;
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) throw new Error('The explorer is not built and Vite is missing: run `npm install` (with dev dependencies), then `npm run build:explorer`.');
  log('Building the explorer (explorer/dist)…');
  // Always the production bundle: under vitest NODE_ENV is `test`, which Vite would honour
  // and ship React's development build (522 KB instead of 305 KB, measured).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(vite, ['build', '--config', join(EXPLORER, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`Building the explorer failed (vite build exited with ${result.status ?? result.signal}).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureExplorerBuilt();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
