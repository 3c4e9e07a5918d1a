// The news timeline (src/graph/newsTimeline.ts): one statement per shape, the period from a
// fixed table, every value a parameter. Text only, no database.
import { describe, expect, it } from 'vitest';
import { readNewsTimeline } from '../../src/graph/newsTimeline.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('readNewsTimeline', () => {
  it('by zone and year: a sub-area mention counts for its zone', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readNewsTimeline(executor, { period: 'YEAR', byZone: true, zones: ['zone:shanghai'], from: '2021-01-01' });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $from, $to, $zones
      MATCH (n:NewsItem)
      WHERE ($from IS NULL OR n.broadcastOn >= date($from)) AND ($to IS NULL OR n.broadcastOn <= date($to))
      MATCH (n)-[:MENTIONS]->(m) WHERE m:Zone OR m:ZoneArea
      OPTIONAL MATCH (m)<-[:HAS_AREA]-(parent:Zone)
      WITH DISTINCT n, coalesce(parent, m) AS z
      WHERE $zones IS NULL OR z.id IN $zones
      WITH toString(n.broadcastOn.year) AS period, z.id AS zone, count(n) AS c
      RETURN period, zone, c ORDER BY period, zone"
    `);
  });

  it('over all items by month, narrowed to zones', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readNewsTimeline(executor, { period: 'MONTH', byZone: false, zones: ['zone:hainan-ftp', 'zone:shanghai'] });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $from, $to, $zones
      MATCH (n:NewsItem)
      WHERE ($from IS NULL OR n.broadcastOn >= date($from)) AND ($to IS NULL OR n.broadcastOn <= date($to))
        AND EXISTS { MATCH (n)-[:MENTIONS]->(m) WHERE (m:Zone AND m.id IN $zones) OR (m:ZoneArea AND EXISTS { MATCH (m)<-[:HAS_AREA]-(z:Zone) WHERE z.id IN $zones }) }
      WITH toString(n.broadcastOn.year) + '-' + right('0' + toString(n.broadcastOn.month), 2) AS period, count(n) AS c
      RETURN period, null AS zone, c ORDER BY period"
    `);
  });

  it('refuses more than 30 zones before any statement', async () => {
    const { executor, statements } = createRecordingExecutor();
    const zones = Array.from({ length: 31 }, (_, i) => `zone:z${i}`);
    await expect(readNewsTimeline(executor, { period: 'YEAR', byZone: true, zones })).rejects.toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' } });
    expect(statements).toEqual([]);
  });
});
