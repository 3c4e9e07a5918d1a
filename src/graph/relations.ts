// Batched relationship reads: one query answers a relationship field for every parent at
// once, so the number of round trips follows the query's shape, not the data.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { hasFilter, ParamBag, type OrderInput, type Where } from './filters/index.js';
import { countTail, cursorFor, pageTail } from './listQuery.js';
import { degreePattern, listLabelOf, relationField, type RelationKey } from './model.js';
import { toEdgeLinkRecord, toEntityRecord, type LinkDirection, type PageRecord } from './records.js';
import type { PageWindow } from './pagination.js';

export interface RelationQuery {
  key: RelationKey;
  where?: Where | null;
  orderBy?: OrderInput[] | null;
  window: PageWindow;
}

const parentLabel = (key: RelationKey) => key.split('.')[0]!;

type Item = { node: Neo4jNode; rel: Relationship | null; dir: LinkDirection | null; keys: unknown[] };

/** One page of related nodes for each parent id, in the order of `ids`. */
export async function readRelationPages(executor: Executor, q: RelationQuery, ids: readonly string[]): Promise<PageRecord[]> {
  const f = relationField(q.key);
  const bag = new ParamBag();
  const spec = { label: listLabelOf(f), where: q.where, orderBy: q.orderBy, window: q.window };
  // Targets of "any label" fields (Observation.subject, Source.supports) are not filtered by label.
  const body = f.derived
    ? `MATCH ${f.pattern}
    WITH DISTINCT p, n
    ${pageTail(spec, bag, ['p'], 'n, null AS r, null AS dir').replaceAll('\n', '\n    ')}`
    : `MATCH ${f.pattern}
    ${pageTail(spec, bag, ['p', 'r'], "n, r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir").replaceAll('\n', '\n    ')}`;
  const cypher = `UNWIND ${bag.add(ids)} AS pid
MATCH (p:${parentLabel(q.key)} {id: pid})
CALL {
    WITH p
    ${body}
}
RETURN pid, collect({node: n, rel: r, dir: dir, keys: keys}) AS items`;
  const records = await executor.read<{ pid: string; items: Item[] }>(cypher, bag.params);
  const byParent = new Map(records.map((r) => [r.get('pid'), r.get('items')]));
  return ids.map((id) => {
    const items = byParent.get(id) ?? [];
    return {
      hasNextPage: items.length > q.window.first,
      edges: items.slice(0, q.window.first).map((item) => {
        const node = toEntityRecord(item.node);
        return { cursor: cursorFor(item.keys, node.id), node, link: toEdgeLinkRecord(f, item.rel, item.dir) };
      }),
    };
  });
}

/** How many related nodes (matching the filter) each parent has, in the order of `ids`. */
export async function readRelationCounts(executor: Executor, q: Pick<RelationQuery, 'key' | 'where'>, ids: readonly string[]): Promise<number[]> {
  const f = relationField(q.key);
  const bag = new ParamBag();
  const degree = hasFilter(q.where) ? undefined : degreePattern(f, 'p');
  const cypher = degree
    ? `UNWIND ${bag.add(ids)} AS pid
MATCH (p:${parentLabel(q.key)} {id: pid})
RETURN pid, COUNT { ${degree} } AS c`
    : `UNWIND ${bag.add(ids)} AS pid
MATCH (p:${parentLabel(q.key)} {id: pid})
CALL {
    WITH p
    MATCH ${f.pattern}
    ${countTail({ label: listLabelOf(f), where: q.where }, bag)}
    RETURN count(DISTINCT n) AS c
}
RETURN pid, c`;
  const records = await executor.read<{ pid: string; c: number }>(cypher, bag.params);
  const byParent = new Map(records.map((r) => [r.get('pid'), r.get('c')]));
  return ids.map((id) => byParent.get(id) ?? 0);
}
