// Aggregates (src/graph/aggregates.ts): grouped counts, distinct values, indicator series.
// Text only, no database (recording executor, empty answers).
import { describe, expect, it } from 'vitest';
import { countGroups, readDistinctValues, readIndicatorSeries } from '../../src/graph/aggregates.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('countGroups', () => {
  it('by entity dimensions: grouped on the nodes, their ids read for the groups kept', async () => {
    const { executor, statements } = createRecordingExecutor();
    await countGroups(executor, 'ReformMeasure', ['ZONE', 'FIELD'], null, 10);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0
      MATCH (n:ReformMeasure) WHERE true
      OPTIONAL MATCH (n)-[:PILOTED_IN]->(d0:Zone)
      OPTIONAL MATCH (n)-[:IN_FIELD]->(d1:ReformField)
      WITH d0, d1, count(n) AS c
      ORDER BY c DESC, d0.id, d1.id
      LIMIT $p0
      RETURN [d0.id, d1.id] AS keys, c"
    `);
  });

  it('by a value dimension, filtered', async () => {
    const { executor, statements } = createRecordingExecutor();
    await countGroups(executor, 'Zone', ['BATCH'], { province_in: ['Shanghai', 'Hainan'] });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      MATCH (n:Zone) WHERE n.province IN $p0
      WITH n.batch AS k0, count(DISTINCT n) AS c
      ORDER BY c DESC, k0
      LIMIT $p1
      RETURN [k0] AS keys, c"
    `);
  });
});

describe('readDistinctValues and readIndicatorSeries', () => {
  it('one fixed text each, values as parameters', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readDistinctValues(executor, 'ZONE_BATCH', 5);
    await readIndicatorSeries(executor, ['gdp', 'trade-volume'], 'zone:shanghai');
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $limit
      MATCH (n:Zone) WITH toString(n.batch) AS value WHERE value IS NOT NULL
      RETURN value, count(*) AS count ORDER BY value LIMIT $limit

      -- read
      params: $metrics, $subject
      MATCH (o:Observation) WHERE o.metric IN $metrics
      OPTIONAL MATCH (o)-[:ABOUT]->(s)
      WITH o, s WHERE $subject IS NULL OR s.id = $subject
      WITH o.metric AS metric, s.id AS subject, o ORDER BY o.asOf, o.id
      RETURN metric, subject, collect(o) AS points ORDER BY metric, subject"
    `);
  });
});
