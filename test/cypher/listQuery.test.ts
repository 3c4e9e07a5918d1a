// Root list pages and totals (src/graph/entities.ts over paging.ts's page window), no
// database: the recording executor keeps the text each builder hands it and answers nothing.
import { describe, expect, it } from 'vitest';
import { countEntities, readEntitiesById, readEntityPage } from '../../src/graph/entities.js';
import { encodeSortCursor } from '../../src/graph/pagination.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('a root list page', () => {
  it('ordered by id alone: an id range from the empty id, one more row than the page', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityPage(executor, { label: 'Zone', window: { first: 10, after: null } });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      MATCH (n:Zone)
      WITH n
      WHERE (n.id > $p0)
      RETURN n, [] AS keys
      ORDER BY n.id ASC
      LIMIT $p1"
    `);
  });

  it('news naming given entities: starts from them by id and walks back to the items (no scan of every item)', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityPage(executor, {
      label: 'NewsItem',
      where: { mentions_some: ['zone:shanghai', 'area:shanghai-lingang'] },
      orderBy: [{ field: 'BROADCAST_ON', direction: 'DESC' }],
      window: { first: 20, after: null },
    });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      MATCH (a:Entity) WHERE a.id IN $p0
      MATCH (n:NewsItem)-[:MENTIONS]->(a)
      WITH DISTINCT n
      WITH n, n.broadcastOn AS k0
      RETURN n, [k0] AS keys
      ORDER BY k0 IS NULL, k0 DESC, n.id ASC
      LIMIT $p1"
    `);
  });

  it('filtered, ordered by two keys, after a cursor', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityPage(executor, {
      label: 'Zone',
      where: { province_in: ['Shanghai', 'Hainan'] },
      orderBy: [{ field: 'LAUNCHED_ON', direction: 'DESC' }, { field: 'MEASURES_COUNT' }],
      window: { first: 5, after: encodeSortCursor(['2013-09-29', 12], 'zone:shanghai') },
    });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2, $p3, $p4
      MATCH (n:Zone)
      WHERE n.province IN $p0
      WITH n, n.launchedOn AS k0, COUNT { (n)<-[:PILOTED_IN]-() } AS k1
      WHERE ((k0 < date($p1) OR k0 IS NULL)) OR (k0 = date($p1) AND k1 > $p2) OR (k0 = date($p1) AND k1 = $p2 AND n.id > $p3)
      RETURN n, [k0, k1] AS keys
      ORDER BY k0 IS NULL, k0 DESC, k1 ASC, n.id ASC
      LIMIT $p4"
    `);
  });

  it('anchored at a related node (`fields_some: { id }`)', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityPage(executor, { label: 'ReformMeasure', where: { fields_some: { id: 'field:finance' } }, window: { first: 20, after: null } });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2
      MATCH (a:ReformField {id: $p0})
      WHERE true
      MATCH (n)-[:IN_FIELD]->(a:ReformField)
      WHERE n:ReformMeasure
      WITH DISTINCT n
      WITH n
      WHERE (n.id > $p1)
      RETURN n, [] AS keys
      ORDER BY n.id ASC
      LIMIT $p2"
    `);
  });
});

describe('a root list total', () => {
  it('unfiltered and filtered', async () => {
    const { executor, statements } = createRecordingExecutor();
    await countEntities(executor, { label: 'PolicyDocument' });
    await countEntities(executor, { label: 'PolicyDocument', where: { kind: 'OVERALL_PLAN', zones_some: { id: 'zone:hainan' } } });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: (none)
      MATCH (n:PolicyDocument)
      WHERE true
      RETURN count(n) AS c

      -- read
      params: $p0, $p1
      MATCH (a:Zone {id: $p0})
      WHERE true
      MATCH (n)-[:APPLIES_TO]->(a:Zone)
      WHERE n:PolicyDocument
      WITH DISTINCT n
      WHERE n.kind = $p1
      RETURN count(n) AS c"
    `);
  });
});

describe('entities by id', () => {
  it('one batched statement for every id a request asks for', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntitiesById(executor, ['zone:shanghai', 'industry:biomedicine']);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $ids
      UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n"
    `);
  });
});
