// The seed as loaded into Neo4j (moved from test/data/seedData.test.ts, which needs no database).
import { describe, expect, it, inject } from 'vitest';
import { readSeed } from '../../seed/readSeed.js';
import { buildRecordRows } from '../../src/graph/recordRows.js';
import { createDriver } from '../../src/neo4j/driver.js';

const rows = buildRecordRows(readSeed());

describe('loaded graph', () => {
  it('in Neo4j, every entity except sources has a SOURCED_FROM link', async () => {
    const driver = createDriver({ uri: inject('neo4jUri') });
    try {
      const { records } = await driver.executeQuery('MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN n.id AS id');
      expect(records.map((r) => r.get('id'))).toEqual([]);
      const { records: counts } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
      expect(counts[0]!.get('n')).toBe(rows.nodes.length);
    } finally {
      await driver.close();
    }
  });
});
