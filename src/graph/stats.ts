// Whole-graph counts: printed at start-up and served as `graphStats` (the data-version stamp).
import type { Executor } from './executor.js';
import { ENTITY } from './model.js';

export interface GraphStatsRecord {
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ label: string; count: number }>;
}

export async function readGraphStats(executor: Executor): Promise<GraphStatsRecord> {
  const [totals] = await executor.read<{ nodes: number; rels: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const labels = await executor.read<{ label: string; count: number }>(
    `MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN ['${ENTITY}', 'Meta']
RETURN label, count(*) AS count ORDER BY count DESC, label`,
  );
  return {
    nodeCount: totals?.get('nodes') ?? 0,
    relationshipCount: totals?.get('rels') ?? 0,
    labels: labels.map((r) => ({ label: r.get('label'), count: r.get('count') })),
  };
}
