// An entity's neighbourhood: breadth-first up to a number of hops and of nodes, in one query.
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import type { Executor } from '../executor.js';
import { ENTITY, type EntityLabel } from '../model.js';
import { toEntityRecord, type EntityRecord } from '../records.js';
import {
  checkBound,
  checkId,
  compareLinks,
  FLATTEN_LEVELS,
  NEIGHBORHOOD_HOPS,
  NEIGHBORHOOD_LIMIT,
  renderBfsStep,
  toIdLink,
  toPathLinkRecords,
  TRAVERSED_LABELS,
  TRAVERSED_TYPES,
  type PathLinkRecord,
  type RawLink,
} from './traversalRules.js';

export interface SubgraphRecord {
  center: EntityRecord;
  nodes: EntityRecord[];
  links: PathLinkRecord[];
  truncated: boolean;
}

export interface NeighborhoodArgs {
  id: string;
  hops?: number | null;
  limit?: number | null;
  /** Labels that may be reached; null or empty for every label but provenance. */
  labels?: readonly EntityLabel[] | null;
}

/**
 * The neighbourhood in one query. A level is expanded only while no more than `limit`
 * neighbours are known: the next level is then needed to fill the limit or to tell
 * whether it was cut, and nothing beyond it.
 */
const NEIGHBORHOOD_CYPHER = `MATCH (c:${ENTITY} {id: $id})
WITH c, [c] AS seen, [c] AS frontier, [] AS levels
${Array.from({ length: NEIGHBORHOOD_HOPS.max }, () =>
  renderBfsStep('c', `(f)-[:${TRAVERSED_TYPES}]-(n:${ENTITY})`, 'hops', {
    guard: 'size(seen) <= $limit + 1',
    filter: 'any(l IN labels(n) WHERE l IN $labels)',
  }),
).join('\n')}
WITH c, ${FLATTEN_LEVELS('levels')} AS reached
WITH c, [c] + [e IN reached[0..$limit] | e.node] AS nodes, size(reached) > $limit AS truncated
RETURN c, nodes, truncated, COLLECT {
    UNWIND nodes AS a MATCH (a)-[r:${TRAVERSED_TYPES}]->(b) WHERE b IN nodes
    RETURN {r: r, from: a.id, to: b.id} AS link
  } AS links`;

/** An entity's surroundings, or null when no entity has the id. */
export async function readNeighborhood(executor: Executor, args: NeighborhoodArgs): Promise<SubgraphRecord | null> {
  checkId('id', args.id);
  const hops = checkBound('hops', args.hops, NEIGHBORHOOD_HOPS);
  const limit = checkBound('limit', args.limit, NEIGHBORHOOD_LIMIT);
  const labels = args.labels?.length ? args.labels : TRAVERSED_LABELS;
  const records = await executor.read<{ c: Neo4jNode; nodes: Neo4jNode[]; truncated: boolean; links: RawLink[] }>(NEIGHBORHOOD_CYPHER, {
    id: args.id,
    hops: neo4j.int(hops),
    limit: neo4j.int(limit),
    labels,
  });
  const record = records[0];
  if (!record) return null;
  const nodes = record.get('nodes').map(toEntityRecord);
  return {
    center: nodes[0]!,
    nodes,
    links: toPathLinkRecords(record.get('links').map(toIdLink).sort(compareLinks), nodes),
    truncated: record.get('truncated'),
  };
}
