// Counts of the knowledge graph (entities and all relationships): printed at start-up and
// served as `graphStats`.
import type { Executor } from './executor.js';
import { ENTITY } from './model.js';

export interface GraphStatsRecord {
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ label: string; count: number }>;
}

export async function readGraphStats(executor: Executor): Promise<GraphStatsRecord> {
  const [totals] = await executor.read<{ nodes: number; rels: number }>(
    `CALL { MATCH (n:${ENTITY}) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels`,
  );
  const labels = await executor.read<{ label: string; count: number }>(
    // Only the knowledge graph: tokens, audit entries and bookkeeping are not the public's business.
    `MATCH (n:${ENTITY}) UNWIND labels(n) AS label WITH label WHERE label <> '${ENTITY}'
RETURN label, count(*) AS count ORDER BY count DESC, label`,
  );
  return {
    nodeCount: totals?.get('nodes') ?? 0,
    relationshipCount: totals?.get('rels') ?? 0,
    labels: labels.map((r) => ({ label: r.get('label'), count: r.get('count') })),
  };
}
