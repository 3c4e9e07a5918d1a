// The curated data, checked as data: counts, completeness, provenance, references.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeWithGraphContents, README_PATH } from '../../seed/graphContents.js';
import { readSeed } from '../../seed/readSeed.js';
import { buildRecordRows } from '../../src/graph/recordRows.js';

const seed = readSeed();
const rows = buildRecordRows(seed);
const FOCUS = ['industry:biomedicine', 'industry:bulk-commodities', 'industry:marine-economy'];

/** The industry and all its sub-industries. */
function industryTree(root: string): Set<string> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of seed.industries)
      if (i.parent && tree.has(i.parent) && !tree.has(i.id)) {
        tree.add(i.id);
        grew = true;
      }
  }
  return tree;
}

describe('seed data', () => {
  it('holds exactly 22 pilot FTZs and one free trade port, each with a Chinese name', () => {
    expect(seed.zones.filter((z) => z.kind === 'PILOT_FREE_TRADE_ZONE')).toHaveLength(22);
    expect(seed.zones.filter((z) => z.kind === 'FREE_TRADE_PORT').map((z) => z.id)).toEqual(['zone:hainan-ftp']);
    expect(seed.zones.filter((z) => !z.nameZh).map((z) => z.id)).toEqual([]);
  });

  it('numbers the batches as the fact sheet does (1+3+7+Hainan+6+3+1)', () => {
    const perBatch = [1, 2, 3, 4, 5, 6, 7].map((b) => seed.zones.filter((z) => z.batch === b).length);
    expect(perBatch).toEqual([1, 3, 7, 1, 6, 3, 1]);
  });

  it('gives every zone at least one sub-area and an overall plan', () => {
    const withAreas = new Set(seed.areas.map((a) => a.zone));
    const withPlan = new Set(seed.documents.filter((d) => d.kind === 'OVERALL_PLAN').flatMap((d) => d.appliesTo));
    expect(seed.zones.filter((z) => !withAreas.has(z.id)).map((z) => z.id)).toEqual([]);
    expect(seed.zones.filter((z) => !withPlan.has(z.id)).map((z) => z.id)).toEqual([]);
  });

  it('links every node except sources to at least one source', () => {
    const sourced = new Set(rows.relationships.filter((r) => r.type === 'SOURCED_FROM').map((r) => r.from));
    expect(rows.nodes.filter((n) => n.label !== 'Source' && !sourced.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('gives every fact-bearing relationship at least one source', () => {
    const bare = rows.relationships.filter((r) => r.type !== 'SOURCED_FROM' && !(r.props.sources as string[] | undefined)?.length);
    expect(bare.map((r) => `${r.from} -${r.type}-> ${r.to}`)).toEqual([]);
  });

  it('has no dangling endpoints and no duplicate ids', () => {
    const ids = rows.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    const dangling = rows.relationships.filter((r) => !known.has(r.from) || !known.has(r.to));
    expect(dangling).toEqual([]);
    const sourceIds = rows.relationships.flatMap((r) => (r.props.sources as string[] | undefined) ?? []);
    expect(sourceIds.filter((s) => !known.has(s))).toEqual([]);
  });

  it.each(FOCUS)('%s has at least six supply links and two clusters', (industry) => {
    const tree = industryTree(industry);
    const links = seed.industries.filter((i) => tree.has(i.id)).flatMap((i) => i.supplies.map((s) => [i.id, s.to]));
    expect(links.length).toBeGreaterThanOrEqual(6);
    const clusters = seed.clusters.filter((c) => c.industries.some((i) => tree.has(i)));
    expect(clusters.length).toBeGreaterThanOrEqual(2);
  });

  it('marks editorial chain links as such, citing the editorial source and nothing dressed up', () => {
    for (const i of seed.industries)
      for (const s of i.supplies) {
        if (s.editorial) expect(s.sources).toEqual(['source:editorial']);
        else expect(s.sources).not.toContain('source:editorial');
      }
  });

  it('keeps both sides of every disagreement: disputed figures come at least in pairs', () => {
    const groups = new Map<string, number>();
    for (const o of seed.observations.filter((o) => o.disputed)) {
      const key = `${o.subject ?? 'ftz-system'}|${o.metric}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    expect(groups.size).toBeGreaterThan(0);
    expect([...groups].filter(([, n]) => n < 2)).toEqual([]);
  });

  it("records Shanghai's Lin-gang area and Zhejiang's 2020 expansion as dated changes", () => {
    const lingang = seed.areas.find((a) => a.id === 'area:shanghai-lingang');
    expect(lingang?.establishedOn).toMatch(/^2019/);
    const zhejiang2020 = seed.areas.filter((a) => a.zone === 'zone:zhejiang' && a.establishedOn?.startsWith('2020'));
    expect(zhejiang2020).toHaveLength(3);
  });

  it('README "What\'s in the graph" is generated from the current data (run `npm run docs`)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readmeWithGraphContents(readme)).toBe(readme);
  });
});
