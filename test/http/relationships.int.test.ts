// Every relationship is a field on both ends: for each pair, every link read from one end
// must be found from the other end, over HTTP against the real server and seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  // These queries read every link three levels deep (100 × 100 × 100 × 100 at worst): checking
  // the data, not the cost limit, so the limit is raised for this server.
  app = await startTestApp({ MAX_COST: '1000000000' });
});
afterAll(() => app.stop());

/** [root list path, field, field is single, inverse, inverse is single] */
const PAIRS: Array<[string, string, boolean, string, boolean]> = [
  ['zones', 'areas', false, 'zone', true],
  ['zones', 'documents', false, 'zones', false],
  ['zones', 'measures', false, 'zones', false],
  ['zones', 'clusters', false, 'zone', true],
  ['zones', 'industries', false, 'zones', false],
  ['zones', 'observations', false, 'subject', true],
  ['zones', 'sources', false, 'supports', false],
  ['zones.areas', 'clusters', false, 'area', true],
  ['zones.areas', 'establishedBy', true, 'establishedAreas', false],
  ['zones.areas', 'documents', false, 'areas', false],
  ['policyDocuments', 'issuers', false, 'documents', false],
  ['policyDocuments', 'measures', false, 'documents', false],
  ['policyDocuments', 'relatedDocuments', false, 'relatedDocuments', false],
  ['authorities', 'partOf', true, 'units', false],
  ['authorities', 'people', false, 'authorities', false],
  ['reformFields', 'measures', false, 'fields', false],
  ['reformMeasures', 'industries', false, 'measures', false],
  ['industries', 'parent', true, 'subIndustries', false],
  ['industries', 'upstream', false, 'downstream', false],
  ['industries', 'clusters', false, 'industries', false],
  ['industrialClusters', 'observations', false, 'subject', true],
];

const many = (f: string, inner: string) => `${f}(first: 100) { nodes { ${inner} } }`;
const one = (f: string, inner: string) => `${f} { ${inner} }`;

function buildQuery(path: string, field: string, single: boolean, inverse: string, inverseSingle: boolean): string {
  const inv = inverseSingle ? one(inverse, 'id') : many(inverse, 'id');
  const fieldSel = single ? one(field, `id ${inv}`) : many(field, `id ${inv}`);
  const [root, nested] = path.split('.');
  const parentSel = `id ${fieldSel}`;
  return `{ ${many(root!, nested ? many(nested, parentSel) : parentSel)} }`;
}

type Entity = { id: string; [k: string]: unknown };
const idsOf = (v: unknown): string[] => (v == null ? [] : Array.isArray((v as { nodes?: unknown }).nodes) ? (v as { nodes: Entity[] }).nodes.map((n) => n.id) : [(v as Entity).id]);
const childrenOf = (v: unknown): Entity[] => (v == null ? [] : Array.isArray((v as { nodes?: unknown }).nodes) ? (v as { nodes: Entity[] }).nodes : [v as Entity]);

describe('relationships are readable from both ends', () => {
  it.each(PAIRS)('%s.%s ↔ %s', async (path, field, single, inverse, inverseSingle) => {
    const r = await gql(app, buildQuery(path, field, single, inverse, inverseSingle));
    expect(r.errors).toBeUndefined();
    const [root, nested] = path.split('.');
    let parents: Entity[] = (r.data![root!] as { nodes: Entity[] }).nodes;
    if (nested) parents = parents.flatMap((p) => (p[nested] as { nodes: Entity[] }).nodes);
    let links = 0;
    for (const parent of parents) {
      for (const child of childrenOf(parent[field])) {
        links++;
        expect(idsOf(child[inverse]), `${child.id}.${inverse} should contain ${parent.id}`).toContain(parent.id);
      }
    }
    // Not vacuous: the seed holds at least one such link.
    expect(links).toBeGreaterThan(0);
  });

  it('every entity of every type has at least one source', async () => {
    const roots = ['zones', 'policyDocuments', 'authorities', 'people', 'reformFields', 'reformMeasures', 'industries', 'industrialClusters'];
    const r = await gql(
      app,
      `{ ${roots.map((f) => `${f}(first: 100) { totalCount nodes { id sources(first: 1) { totalCount } } }`).join(' ')} zones(first: 100) { nodes { areas(first: 100) { nodes { id sources(first: 1) { totalCount } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const unsourced: string[] = [];
    for (const f of roots) {
      const conn = r.data![f] as { totalCount: number; nodes: Array<{ id: string; sources: { totalCount: number } }> };
      expect(conn.nodes.length, `${f} fits in one page`).toBe(conn.totalCount);
      unsourced.push(...conn.nodes.filter((n) => n.sources.totalCount === 0).map((n) => n.id));
    }
    expect(unsourced).toEqual([]);
  });
});
