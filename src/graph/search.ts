// Bilingual full-text search over the `entitySearch` index (CJK analyzer: English words,
// Chinese character bigrams).
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { BadUserInputError } from '../errors.js';
import type { Executor } from './executor.js';
import { FULLTEXT_INDEX, type EntityLabel } from './model.js';
import { toEntityRecord, type EntityRecord } from './records.js';

export interface SearchHitRecord {
  score: number;
  node: EntityRecord;
}

export const MAX_SEARCH_TEXT = 200;

/**
 * How many best hits the index is asked for first: SEARCH_PROBE_FACTOR times `first`, at
 * least SEARCH_PROBE_MIN. Enough, in practice, to hold every hit tied with the last one kept
 * (the synthetic graphs have dozens of names that score alike) and to survive a type filter
 * on a common type. A probe is a Lucene top-k heap; its size barely changes its cost.
 */
const SEARCH_PROBE_FACTOR = 10;
// 1,000: at 1M nodes a common word ties 250 names at the cut; a top-1,000 probe costs about
// what a top-10 one does, and far less than scoring and reading every hit (23,000).
const SEARCH_PROBE_MIN = 1_000;

/**
 * The top `$limit` hits by score, then id, in one statement. Asking the index for every hit
 * makes Neo4j score, sort and yield them all (thousands for a common word) to keep ten, so
 * the index is first asked for its best `$probe` hits only (`{limit: ...}`). Those give
 * exactly the answer when the probe saw every hit, or when it kept `$limit` hits and the
 * last of them scores above the lowest score probed: every hit left out scores at most
 * that, so none can outscore a kept hit or tie with one and win on id. Otherwise (a tie
 * wider than the probe at the cut, or a type filter that left too few) the second branch
 * asks for every hit, as a plain search would.
 */
const SEARCH_HITS = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $probe})
YIELD node, score
WITH count(*) AS seen, min(score) AS lowest,
     collect(CASE WHEN $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels) THEN {node: node, score: score} END) AS candidates
// The index yields best first, so the $limit-th candidate's score is the cut: only hits
// scoring at least that can be kept, and only their ids are read to break ties.
WITH seen, lowest, candidates, CASE WHEN $limit > 0 AND size(candidates) >= $limit THEN candidates[$limit - 1].score END AS cut
CALL (candidates, cut) {
  UNWIND candidates AS hit
  WITH hit WHERE cut IS NULL OR hit.score >= cut
  WITH hit ORDER BY hit.score DESC, hit.node.id LIMIT $limit
  RETURN collect(hit) AS kept
}
WITH kept, cut, seen < $probe OR $limit = 0 OR coalesce(cut > lowest, false) AS conclusive
CALL (kept, cut, conclusive) {
  WITH kept WHERE conclusive
  UNWIND kept AS hit
  RETURN hit.node AS node, hit.score AS score
  UNION ALL
  WITH cut, conclusive WHERE NOT conclusive
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query)
  YIELD node, score
  WHERE (cut IS NULL OR score >= cut) AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  RETURN node, score ORDER BY score DESC, node.id LIMIT $limit
}
RETURN node, score ORDER BY score DESC, node.id`;

/**
 * Makes user text a plain Lucene query: every operator character is escaped and the
 * boolean keywords lowercased, so text can never become Lucene (or Cypher) syntax.
 */
export function toLuceneQuery(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase())
    .trim();
}

/** `probeSize` is for tests, which shrink it to exercise the full search on a small graph. */
export async function searchEntities(
  executor: Executor,
  text: string,
  labels: EntityLabel[] | null,
  first: number,
  probeSize = Math.max(SEARCH_PROBE_MIN, first * SEARCH_PROBE_FACTOR),
): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query.length === 0 || text.length > MAX_SEARCH_TEXT)
    throw new BadUserInputError(`\`text\` must have 1 to ${MAX_SEARCH_TEXT} characters.`, { argument: 'text' });
  const records = await executor.read<{ node: Neo4jNode; score: number }>(SEARCH_HITS, {
    query,
    labels,
    limit: neo4j.int(first),
    probe: neo4j.int(probeSize),
  });
  return records.map((r) => ({ score: r.get('score'), node: toEntityRecord(r.get('node')) }));
}
