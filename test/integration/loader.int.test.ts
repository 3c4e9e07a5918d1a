// The seed loader against the real Neo4j: idempotent, and all-or-nothing on a bad file.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadSeed } from '../../seed/loadSeed.js';
import { RecordValidationError } from '../../src/records/readRecordDir.js';
import { SEED_DATA_DIR } from '../../seed/readSeed.js';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/neo4j/driver.js';
import type { Driver } from 'neo4j-driver';
import { graphChecksum } from '../support/graphChecksum.js';

let driver: Driver;
let executor: Executor;
const badDir = mkdtempSync(join(tmpdir(), 'ftz-bad-seed-'));

beforeAll(() => {
  driver = createDriver({ uri: inject('neo4jUri') });
  executor = new Executor(driver, { timeoutMs: 120_000 });
});
afterAll(async () => {
  await driver.close();
  rmSync(badDir, { recursive: true, force: true });
});

describe('seed loader', () => {
  it('is idempotent: loading twice leaves the graph identical', async () => {
    await loadSeed(executor, { reset: true });
    const once = await graphChecksum();
    await loadSeed(executor);
    const twice = await graphChecksum();
    expect(twice).toEqual(once);
    expect(once.nodes).toBeGreaterThan(100);
  });

  it('--reset rebuilds the same graph', async () => {
    const before = await graphChecksum();
    await loadSeed(executor, { reset: true });
    expect(await graphChecksum()).toEqual(before);
  });

  it('refuses a bad file, naming file, record and field, and writes nothing (even with reset)', async () => {
    const before = await graphChecksum();
    cpSync(SEED_DATA_DIR, badDir, { recursive: true });
    // Sorted last, so every good file was read before it.
    writeFileSync(
      join(badDir, 'zz-bad.yaml'),
      'zones:\n  - id: zone:atlantis\n    kind: PILOT_FREE_TRADE_ZONE\n    nameEn: Atlantis\n    shortName: Atlantis\n    province: Sea\n    launchedOn: 2013-13-01\n    sources: [source:w-sh]\n',
    );
    const error = await loadSeed(executor, { reset: true, dir: badDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(error).toMatchObject({ file: 'zz-bad.yaml', recordId: 'zone:atlantis', field: 'launchedOn' });
    expect(await graphChecksum()).toEqual(before);
  });

  it('refuses a dangling reference and a duplicate id across files, writing nothing', async () => {
    const before = await graphChecksum();
    writeFileSync(join(badDir, 'zz-bad.yaml'), 'areas:\n  - id: area:atlantis-core\n    zone: zone:atlantis\n    nameEn: Core\n    sources: [source:w-sh]\n');
    await expect(loadSeed(executor, { dir: badDir })).rejects.toMatchObject({ recordId: 'area:atlantis-core', field: 'zone' });
    writeFileSync(join(badDir, 'zz-bad.yaml'), 'sources:\n  - id: source:w-sh\n    title: Duplicate\n');
    await expect(loadSeed(executor, { dir: badDir })).rejects.toMatchObject({ recordId: 'source:w-sh', field: 'id' });
    expect(await graphChecksum()).toEqual(before);
  });
});
