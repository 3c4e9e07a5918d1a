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
 * Makes user text a plain Lucene query: every operator character is escaped and the
 * boolean keywords lowercased, so text can never become Lucene (or Cypher) syntax.
 */
export function toLuceneQuery(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase())
    .trim();
}

export async function searchEntities(executor: Executor, text: string, labels: EntityLabel[] | null, first: number): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query.length === 0 || text.length > MAX_SEARCH_TEXT)
    throw new BadUserInputError(`\`text\` must have 1 to ${MAX_SEARCH_TEXT} characters.`, { argument: 'text' });
  const records = await executor.read<{ node: Neo4jNode; score: number }>(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query)
YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score ORDER BY score DESC, node.id LIMIT $limit`,
    { query, labels, limit: neo4j.int(first) },
  );
  return records.map((r) => ({ score: r.get('score'), node: toEntityRecord(r.get('node')) }));
}
