// The start path builds the explorer only when its build is missing or older than a source.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isExplorerBuildStale } from '../../explorer/buildIfStale.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function writeAt(path: string, seconds: number): void {
  writeFileSync(path, 'x');
  utimesSync(path, seconds, seconds);
}

describe('explorer build check', () => {
  it('is stale without a build, fresh after one, stale again once a nested source or the lock file is newer', () => {
    dir = mkdtempSync(join(tmpdir(), 'ftz-explorer-'));
    mkdirSync(join(dir, 'src', 'views'), { recursive: true });
    const lock = join(dir, 'package-lock.json');
    writeAt(lock, 1_000);
    writeAt(join(dir, 'index.html'), 1_000);
    writeAt(join(dir, 'src', 'views', 'Page.tsx'), 1_000);
    // Folders count too (a deleted source changes its folder's time).
    for (const folder of [join(dir, 'src', 'views'), join(dir, 'src')]) utimesSync(folder, 1_000, 1_000);
    expect(isExplorerBuildStale(dir, lock)).toBe(true);
    mkdirSync(join(dir, 'dist'));
    writeAt(join(dir, 'dist', 'index.html'), 2_000);
    expect(isExplorerBuildStale(dir, lock)).toBe(false);
    writeAt(join(dir, 'src', 'views', 'Page.tsx'), 3_000);
    expect(isExplorerBuildStale(dir, lock)).toBe(true);
    writeAt(join(dir, 'dist', 'index.html'), 4_000);
    writeAt(lock, 5_000);
    expect(isExplorerBuildStale(dir, lock)).toBe(true);
  });
});
