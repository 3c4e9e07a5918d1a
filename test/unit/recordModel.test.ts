// The record model in src/records: id checks derived from the one id-prefix table, and the
// directory the server loads at start coming from config (SEED_DIR).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { LABEL_BY_PREFIX, labelOfId } from '../../src/graph/model.js';
import * as ids from '../../src/records/ids.js';
import { readRecordDir } from '../../src/records/readRecordDir.js';
import { RECORD_SECTIONS } from '../../src/records/schema.js';

describe('record ids', () => {
  it.each([
    ['zone:shanghai', true],
    ['area:shanghai-lingang', true],
    ['industry:biomedicine', true],
    ['cluster:zhangjiang-biomedicine', true],
    // Not something an observation is about.
    ['obs:x', false],
    ['source:w-sh', false],
    ['planet:mars', false],
    ['constructor:x', false],
    ['zone:Shanghai', false],
  ])('anyEntityId accepts %j: %j', (id, ok) => expect(ids.anyEntityId.safeParse(id).success).toBe(ok));

  it('has one id check per prefix of the table, each accepting exactly its own label', () => {
    const checks = Object.values(ids).filter((v) => v !== ids.anyEntityId);
    expect(checks).toHaveLength(Object.keys(LABEL_BY_PREFIX).length);
    for (const prefix of Object.keys(LABEL_BY_PREFIX)) {
      const id = `${prefix}:some-slug`;
      expect(
        checks.filter((c) => c.safeParse(id).success),
        id,
      ).toHaveLength(1);
      expect(labelOfId(id)).toBe(LABEL_BY_PREFIX[prefix as keyof typeof LABEL_BY_PREFIX]);
    }
  });
});

describe('SEED_DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ftz-seed-dir-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("defaults to the repo's seed/data", () => {
    expect(loadConfig({}).seedDir).toBe(fileURLToPath(new URL('../../seed/data', import.meta.url)));
  });

  it('refuses an empty value, naming the variable', () => {
    expect(() => loadConfig({ SEED_DIR: '' })).toThrow(/SEED_DIR/);
  });

  it('names the directory whose YAML files are read', () => {
    writeFileSync(join(dir, 'one.yaml'), 'sources:\n  - id: source:only-one\n    title: The only source\n');
    const records = readRecordDir(loadConfig({ SEED_DIR: dir }).seedDir);
    expect(records.sources).toEqual([{ id: 'source:only-one', title: 'The only source', file: 'one.yaml' }]);
    expect(RECORD_SECTIONS.filter((s) => records[s].length > 0)).toEqual(['sources']);
  });

  it('stops the start with its message when the directory is missing, before connecting to Neo4j', async () => {
    const missing = join(dir, 'no-such-dir');
    // Port 1 has no Neo4j: had the start connected first, it would fail (or retry) with a connection error instead.
    const start = startApp(loadConfig({ SEED_DIR: missing, NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent' }), () => {});
    await expect(start).rejects.toThrow(`The record directory ${missing} does not exist or is not a directory (config SEED_DIR).`);
  });

  it('stops the start on a bad record, naming file, record and field', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'ftz-bad-seed-'));
    writeFileSync(join(bad, 'bad.yaml'), 'sources:\n  - id: source:bad\n');
    const start = startApp(loadConfig({ SEED_DIR: bad, NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent' }), () => {});
    await expect(start).rejects.toThrow(/bad\.yaml: record source:bad: field title/);
    rmSync(bad, { recursive: true, force: true });
  });
});
