// Sub-area focus industries (issue 12): the seed's keyIndustries become one sourced
// (area)-[:FOCUSES_ON]->(industry) row per pair. Checked on the rows, not in Neo4j: the model's
// relationship list does not have FOCUSES_ON yet, so the writer does not load it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../seed/readSeed.js';
import { buildRecordRows } from '../../src/graph/recordRows.js';
import { RecordValidationError } from '../../src/records/readRecordDir.js';

const seed = readSeed();
const rows = buildRecordRows(seed);
const focus = rows.relationships.filter((r) => String(r.type) === 'FOCUSES_ON');
const labelOf = new Map(rows.nodes.map((n) => [n.id, n.label]));
const linkOf = (area: string, industry: string) => focus.filter((r) => r.from === area && r.to === industry);

describe('sub-area focus industries', () => {
  it('links 28 sub-areas to industries, every link from a ZoneArea to an Industry and sourced', () => {
    expect(new Set(focus.map((r) => r.from)).size).toBe(28);
    expect(focus.filter((r) => labelOf.get(r.from) !== 'ZoneArea' || labelOf.get(r.to) !== 'Industry')).toEqual([]);
    expect(focus.filter((r) => !(r.props.sources as string[]).length)).toEqual([]);
  });

  it.each([
    ['area:hubei-xiangyang', 'industry:new-energy-vehicles', ['source:ctjb17-hb']],
    ['area:tianjin-port', 'industry:financial-leasing', ['source:cnfin15-tj']],
    ['area:xinjiang-kashgar', 'industry:electronics-assembly', ['source:cctv23-ks']],
    ['area:henan-kaifeng', 'industry:medical-tourism', ['source:kfzmt']],
  ])('%s focuses on %s, from %j', (area, industry, sources) => {
    const links = linkOf(area, industry);
    expect(links).toHaveLength(1);
    expect(links[0]!.props.sources).toEqual(sources);
  });

  it('makes one link per pair, pooling the sources of every statement that names it', () => {
    // Lin-gang's integrated circuits are named by the 2019 industrial map and by the 2019 policies.
    const links = linkOf('area:shanghai-lingang', 'industry:integrated-circuits');
    expect(links).toHaveLength(1);
    expect(links[0]!.props.sources).toEqual(['source:pd-lg', 'source:lgxc19']);
    const pairs = focus.map((r) => `${r.from}>${r.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('keeps positioning text on 15 sub-areas, each sub-area citing the page it comes from', () => {
    const positioned = seed.areas.filter((a) => a.positioningEn || a.positioningZh);
    expect(positioned).toHaveLength(15);
    expect(seed.areas.find((a) => a.id === 'area:jiangsu-nanjing')?.positioningZh).toContain('自主创新先导区');
    expect(seed.areas.find((a) => a.id === 'area:jiangsu-nanjing')?.sources).toContain('source:ql');
  });

  it('refuses a keyIndustries entry naming an unknown industry, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftz-seed-'));
    try {
      writeFileSync(
        join(dir, 'one.yaml'),
        `sources:
  - { id: 'source:s', title: S }
zones:
  - { id: 'zone:z', kind: PILOT_FREE_TRADE_ZONE, nameEn: Z, shortName: Z, province: P, sources: ['source:s'] }
areas:
  - id: 'area:a'
    zone: 'zone:z'
    nameEn: A
    keyIndustries: [{ industries: ['industry:nope'], sources: ['source:s'] }]
    sources: ['source:s']
`,
      );
      let error: unknown;
      try {
        readSeed(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RecordValidationError);
      expect((error as RecordValidationError).field).toBe('keyIndustries[0].industries[0]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
