// Batched relationship reads: one query answers a relationship field for every parent at
// once, so the number of round trips follows the query's shape, not the data.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { relationField, type RelationKey } from './model.js';
import { encodeCursor, toEntityRecord, toLinkRecord, type LinkDirection, type PageRecord } from './records.js';
import type { PageWindow } from './pagination.js';

const parentLabel = (key: RelationKey) => key.split('.')[0]!;

function pageCypher(key: RelationKey): string {
  const f = relationField(key);
  const body = f.derived
    ? `MATCH ${f.pattern}
    WITH DISTINCT n
    WHERE $afterId IS NULL OR n.id > $afterId
    RETURN n, null AS r, null AS dir`
    : `MATCH ${f.pattern}
    WHERE $afterId IS NULL OR n.id > $afterId
    RETURN n, r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir`;
  return `UNWIND $ids AS pid
MATCH (p:${parentLabel(key)} {id: pid})
CALL {
    WITH p
    ${body}
    ORDER BY n.id
    LIMIT $limit
}
RETURN pid, collect({node: n, rel: r, dir: dir}) AS items`;
}

function countCypher(key: RelationKey): string {
  const f = relationField(key);
  return `UNWIND $ids AS pid
MATCH (p:${parentLabel(key)} {id: pid})
CALL {
    WITH p
    MATCH ${f.pattern}
    RETURN count(DISTINCT n) AS c
}
RETURN pid, c`;
}

// Query texts depend only on the field, so Neo4j's plan cache is hit; built once each.
const pageCache = new Map<RelationKey, string>();
const countCache = new Map<RelationKey, string>();
const cached = (cache: Map<RelationKey, string>, key: RelationKey, build: (k: RelationKey) => string) => {
  let text = cache.get(key);
  if (!text) cache.set(key, (text = build(key)));
  return text;
};

type Item = { node: Neo4jNode; rel: Relationship | null; dir: LinkDirection | null };

/** One page of related nodes for each parent id, in the order of `ids`. */
export async function readRelationPages(executor: Executor, key: RelationKey, ids: readonly string[], window: PageWindow): Promise<PageRecord[]> {
  const records = await executor.read<{ pid: string; items: Item[] }>(cached(pageCache, key, pageCypher), {
    ids,
    afterId: window.afterId,
    limit: window.first + 1,
  });
  const byParent = new Map(records.map((r) => [r.get('pid'), r.get('items')]));
  return ids.map((id) => {
    const items = byParent.get(id) ?? [];
    return {
      hasNextPage: items.length > window.first,
      edges: items.slice(0, window.first).map((item) => {
        const node = toEntityRecord(item.node);
        return { cursor: encodeCursor(node.id), node, link: toLinkRecord(item.rel, item.dir) };
      }),
    };
  });
}

/** How many related nodes each parent has, in the order of `ids`. */
export async function readRelationCounts(executor: Executor, key: RelationKey, ids: readonly string[]): Promise<number[]> {
  const records = await executor.read<{ pid: string; c: number }>(cached(countCache, key, countCypher), { ids });
  const byParent = new Map(records.map((r) => [r.get('pid'), r.get('c')]));
  return ids.map((id) => byParent.get(id) ?? 0);
}
