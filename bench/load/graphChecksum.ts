// A fingerprint of the whole graph: every node and relationship with its properties. The load
// run and the tests (test/support/graphChecksum.ts) both use it, so "unchanged" means one thing.
import { createHash } from 'node:crypto';
import { createDriver } from '../../src/neo4j/driver.js';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function computeGraphChecksum(uri: string): Promise<GraphChecksum> {
  const driver = createDriver({ uri });
  try {
    const nodes = await driver.executeQuery('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id');
    const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b');
    const canon = (v: unknown): string =>
      JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : typeof x === 'bigint' ? String(x) : x));
    const hash = createHash('sha256');
    for (const r of nodes.records) hash.update(canon([r.get('id'), [...r.get('labels')].sort(), r.get('props')]));
    for (const r of rels.records) hash.update(canon([r.get('a'), r.get('t'), r.get('b'), r.get('props')]));
    return { nodes: nodes.records.length, relationships: rels.records.length, hash: hash.digest('hex') };
  } finally {
    await driver.close();
  }
}
