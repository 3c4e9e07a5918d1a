// Bilingual full-text search over the `entitySearch` index (CJK analyzer: English words,
// Chinese character bigrams).
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { BadUserInputError } from '../errors.js';
import type { Executor } from './executor.js';
import { createTextCache, indent } from './filters/index.js';
import { FULLTEXT_INDEX, type EntityLabel } from './model.js';
import { renderMapProjection } from './projection.js';
import { toEntityRecord, type EntityRecord } from './records.js';

export interface SearchHitRecord {
  score: number;
  node: EntityRecord;
}

export const MAX_SEARCH_TEXT = 200;

/**
 * How many best hits the index is asked for: first a narrow probe (10 × `first`, at least
 * 100), then, only when that cannot decide, a wide one (100 × `first`, at least 1,000). A
 * probe is a Lucene top-k heap: its cost grows with what it yields, not with the hits it
 * scores, so the narrow probe answers most searches cheaply, and the wide one covers the
 * wide ties of a common word at 1M nodes (250 names tie at the cut) for far less than
 * reading every hit (23,000).
 */
export const SEARCH_PROBES = { narrow: { factor: 10, min: 100 }, wide: { factor: 100, min: 1_000 } } as const;

/**
 * One probe's decision, for a probe yielding `node, score` best first: the $limit-th
 * candidate's score is the cut; only hits at or above it can be kept, and only their ids are
 * read to break ties. It is conclusive when the probe saw every hit, or when the cut scores
 * above the lowest score probed (every hit left out scores at most that, so none can
 * outscore a kept hit or tie with one and win on id).
 */
const decide = (probe: string, v: string) => `WITH count(*) AS seen, min(score) AS lowest,
     collect(CASE WHEN $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels) THEN {node: node, score: score} END) AS candidates${v}
WITH candidates${v}, CASE WHEN $limit > 0 AND size(candidates${v}) >= $limit THEN candidates${v}[$limit - 1].score END AS cut${v}, seen, lowest
WITH candidates${v}, cut${v}, seen < ${probe} OR $limit = 0 OR coalesce(cut${v} > lowest, false) AS conclusive${v}`;

const keep = (v: string) => `WITH candidates${v}, cut${v} WHERE conclusive${v}
UNWIND candidates${v} AS hit
WITH hit WHERE cut${v} IS NULL OR hit.score >= cut${v}
RETURN hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT $limit`;

/**
 * The top `$limit` hits by score, then id, in one statement: the narrow probe; if it cannot
 * decide, the wide probe; if that cannot either (a tie wider than it at the cut, or a type
 * filter that left too few), every hit scoring at least the wide probe's cut. (Each stage
 * names its variables apart: a subquery may not shadow what it imports.)
 */
const SEARCH_HITS = `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $probe})
YIELD node, score
${decide('$probe', '1')}
CALL (candidates1, cut1, conclusive1) {
  ${indent(keep('1'), 2)}
  UNION ALL
  WITH conclusive1 WHERE NOT conclusive1
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: $wideProbe})
  YIELD node, score
  ${indent(decide('$wideProbe', '2'), 2)}
  CALL (candidates2, cut2, conclusive2) {
    ${indent(keep('2'), 4)}
    UNION ALL
    WITH cut2, conclusive2 WHERE NOT conclusive2
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query)
    YIELD node, score
    WHERE (cut2 IS NULL OR score >= cut2) AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
    RETURN node, score ORDER BY score DESC, node.id LIMIT $limit
  }
  RETURN node, score
}
`;

/** The hits, best first: whole nodes, or (`properties`) only those properties of each, with its labels. */
function renderReturn(properties: readonly string[] | null): string {
  if (!properties) return 'RETURN node, score ORDER BY score DESC, node.id';
  return `WITH node, score ORDER BY score DESC, node.id
RETURN ${renderMapProjection('node', 'any', properties)} AS node, labels(node) AS labels, score`;
}

/** Statement texts by selection. */
const searchTexts = createTextCache();
const searchCypher = (properties: readonly string[] | null) => searchTexts(JSON.stringify(properties), () => SEARCH_HITS + renderReturn(properties));

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

/**
 * `probes` is for tests, which shrink them to exercise every branch on a small graph.
 * `properties`: read only these of each hit (and its id and labels), not the whole node: the
 * benchmark's `node { __typename id }` decoded every property of ten nodes.
 */
export async function searchEntities(
  executor: Executor,
  text: string,
  labels: EntityLabel[] | null,
  first: number,
  probes: { narrow: number; wide: number } = {
    narrow: Math.max(SEARCH_PROBES.narrow.min, first * SEARCH_PROBES.narrow.factor),
    wide: Math.max(SEARCH_PROBES.wide.min, first * SEARCH_PROBES.wide.factor),
  },
  properties: readonly string[] | null = null,
): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query.length === 0 || text.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`\`text\` must have 1 to ${MAX_SEARCH_TEXT} characters.`, { argument: 'text' });
  const records = await executor.read<{ node: Neo4jNode | Record<string, unknown>; labels?: string[]; score: number }>(searchCypher(properties), {
    query,
    labels,
    limit: neo4j.int(first),
    probe: neo4j.int(probes.narrow),
    wideProbe: neo4j.int(probes.wide),
  });
  return records.map((r) => {
    const node = r.get('node');
    return {
      score: r.get('score'),
      node: properties ? toEntityRecord({ labels: r.get('labels')!, properties: node as Record<string, unknown> }) : toEntityRecord(node as Neo4jNode),
    };
  });
}
