// Batched relationship reads (src/graph/relations.ts): one statement answers a field for
// every parent id. Text only, no database (recording executor, empty answers).
import { describe, expect, it } from 'vitest';
import { readRelationCounts, readRelationPages } from '../../src/graph/relations.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

const IDS = ['zone:shanghai', 'zone:hainan'];

describe('relation pages', () => {
  it('a stored relationship: the link and its direction are read with the node', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readRelationPages(executor, { key: 'Zone.measures', window: { first: 3, after: null } }, IDS);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      UNWIND $p1 AS pid
      MATCH (p:Zone {id: pid})
      CALL {
          WITH p
          MATCH (p)<-[r:PILOTED_IN]-(n:ReformMeasure)
          WITH p, r, n
          RETURN n, r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir, [] AS keys
          ORDER BY n.id ASC
          LIMIT $p0
      }
      RETURN pid, collect({node: n, rel: r, dir: dir, keys: keys}) AS items"
    `);
  });

  it('a derived field (Zone.industries through clusters): distinct nodes, no link', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readRelationPages(executor, { key: 'Zone.industries', window: { first: 3, after: null } }, IDS);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      UNWIND $p1 AS pid
      MATCH (p:Zone {id: pid})
      CALL {
          WITH p
          MATCH (p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)
          WITH DISTINCT p, n
          WITH p, n
          RETURN n, null AS r, null AS dir, [] AS keys
          ORDER BY n.id ASC
          LIMIT $p0
      }
      RETURN pid, collect({node: n, rel: r, dir: dir, keys: keys}) AS items"
    `);
  });

  it('filtered and ordered', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readRelationPages(
      executor,
      { key: 'Zone.documents', where: { kind: 'OVERALL_PLAN' }, orderBy: [{ field: 'ISSUED_ON', direction: 'DESC' }], window: { first: 5, after: null } },
      IDS,
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2
      UNWIND $p2 AS pid
      MATCH (p:Zone {id: pid})
      CALL {
          WITH p
          MATCH (p)<-[r:APPLIES_TO]-(n:PolicyDocument)
          WHERE n.kind = $p0
          WITH p, r, n, n.issuedOn AS k0
          RETURN n, r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir, [k0] AS keys
          ORDER BY k0 IS NULL, k0 DESC, n.id ASC
          LIMIT $p1
      }
      RETURN pid, collect({node: n, rel: r, dir: dir, keys: keys}) AS items"
    `);
  });
});

describe('relation counts', () => {
  it('unfiltered: from the degree store', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readRelationCounts(executor, { key: 'Zone.measures' }, IDS);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0
      UNWIND $p0 AS pid
      MATCH (p:Zone {id: pid})
      RETURN pid, COUNT { (p)<-[:PILOTED_IN]-() } AS c"
    `);
  });

  it('filtered: a counting subquery', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readRelationCounts(executor, { key: 'Zone.measures', where: { nameEn_contains: 'trade' } }, IDS);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      UNWIND $p0 AS pid
      MATCH (p:Zone {id: pid})
      CALL {
          WITH p
          MATCH (p)<-[r:PILOTED_IN]-(n:ReformMeasure)
          WHERE toLower(n.nameEn) CONTAINS toLower($p1)
          RETURN count(DISTINCT n) AS c
      }
      RETURN pid, c"
    `);
  });
});
