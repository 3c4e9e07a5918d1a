// Batched relationship reads: one query answers a relationship field for every parent at
// once, so the number of round trips follows the query's shape, not the data.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { indent, ParamBag, type OrderInput, type Where } from './filters/index.js';
import { listLabelOf, relationField, type RelationKey } from './model.js';
import { countRelated, linkColumns, pagePieces, pageWindow, relatedMatch, toPageRecord } from './paging.js';
import { toEdgeLinkRecord, toEntityRecord, type LinkDirection, type PageRecord } from './records.js';
import { cursorFor, type PageWindow } from './pagination.js';

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
  const window = pageWindow(pagePieces(spec, bag, 'parent'), { carry: f.derived ? ['p', 'n'] : ['p', 'r', 'n'], rows: 'RETURN', columns: ['n', linkColumns(f)] });
  const body = indent(`${relatedMatch(f)}\n${window}`);
  const cypher = `UNWIND ${bag.add(ids)} AS pid
MATCH (p:${parentLabel(q.key)} {id: pid})
CALL {
    WITH p
    ${body}
}
RETURN pid, collect({node: n, rel: r, dir: dir, keys: keys}) AS items`;
  const records = await executor.read<{ pid: string; items: Item[] }>(cypher, bag.params);
  const byParent = new Map(records.map((r) => [r.get('pid'), r.get('items')]));
  return ids.map((id) =>
    toPageRecord(byParent.get(id) ?? [], q.window.first, (item) => {
      const node = toEntityRecord(item.node);
      return { cursor: cursorFor(item.keys, node.id), node, link: toEdgeLinkRecord(f, item.rel, item.dir) };
    }),
  );
}

/** How many related nodes (matching the filter) each parent has, in the order of `ids`. */
export async function readRelationCounts(executor: Executor, q: Pick<RelationQuery, 'key' | 'where'>, ids: readonly string[]): Promise<number[]> {
  const f = relationField(q.key);
  const bag = new ParamBag();
  const parents = `UNWIND ${bag.add(ids)} AS pid
MATCH (p:${parentLabel(q.key)} {id: pid})`;
  const count = countRelated(f, q.where, bag, 'p', 'c');
  const cypher =
    count.kind === 'degree'
      ? `${parents}
RETURN pid, ${count.column}`
      : `${parents}
CALL {
    WITH p
    ${indent(count.clauses)}
}
RETURN pid, c`;
  const records = await executor.read<{ pid: string; c: number }>(cypher, bag.params);
  const byParent = new Map(records.map((r) => [r.get('pid'), r.get('c')]));
  return ids.map((id) => byParent.get(id) ?? 0);
}
