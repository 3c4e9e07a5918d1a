// Full-text search (src/graph/search.ts): one fixed text; the user's words reach it only as
// the escaped Lucene query parameter. Text only, no database.
import { describe, expect, it } from 'vitest';
import { searchEntities, toLuceneQuery } from '../../src/graph/search.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('searchEntities', () => {
  it('the statement and its parameters', async () => {
    const { executor, statements } = createRecordingExecutor();
    await searchEntities(executor, 'free trade', ['Zone', 'PolicyDocument'], 10);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $labels, $limit, $probe, $query, $wideProbe
      CALL db.index.fulltext.queryNodes('entitySearch', $query, {limit: $probe})
      YIELD node, score
      WITH count(*) AS seen, min(score) AS lowest,
           collect(CASE WHEN $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels) THEN {node: node, score: score} END) AS candidates1
      WITH candidates1, CASE WHEN $limit > 0 AND size(candidates1) >= $limit THEN candidates1[$limit - 1].score END AS cut1, seen, lowest
      WITH candidates1, cut1, seen < $probe OR $limit = 0 OR coalesce(cut1 > lowest, false) AS conclusive1
      CALL (candidates1, cut1, conclusive1) {
        WITH candidates1, cut1 WHERE conclusive1
        UNWIND candidates1 AS hit
        WITH hit WHERE cut1 IS NULL OR hit.score >= cut1
        RETURN hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT $limit
        UNION ALL
        WITH conclusive1 WHERE NOT conclusive1
        CALL db.index.fulltext.queryNodes('entitySearch', $query, {limit: $wideProbe})
        YIELD node, score
        WITH count(*) AS seen, min(score) AS lowest,
             collect(CASE WHEN $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels) THEN {node: node, score: score} END) AS candidates2
        WITH candidates2, CASE WHEN $limit > 0 AND size(candidates2) >= $limit THEN candidates2[$limit - 1].score END AS cut2, seen, lowest
        WITH candidates2, cut2, seen < $wideProbe OR $limit = 0 OR coalesce(cut2 > lowest, false) AS conclusive2
        CALL (candidates2, cut2, conclusive2) {
          WITH candidates2, cut2 WHERE conclusive2
          UNWIND candidates2 AS hit
          WITH hit WHERE cut2 IS NULL OR hit.score >= cut2
          RETURN hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT $limit
          UNION ALL
          WITH cut2, conclusive2 WHERE NOT conclusive2
          CALL db.index.fulltext.queryNodes('entitySearch', $query)
          YIELD node, score
          WHERE (cut2 IS NULL OR score >= cut2) AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
          RETURN node, score ORDER BY score DESC, node.id LIMIT $limit
        }
        RETURN node, score
      }
      RETURN node, score ORDER BY score DESC, node.id"
    `);
    expect(statements[0]!.params.query).toBe(toLuceneQuery('free trade'));
  });
});
