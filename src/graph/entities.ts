// Entity reads: by id (batched) and root lists with filters, ordering and keyset pagination.
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { ParamBag, rootMatch } from './filters/index.js';
import { ENTITY } from './model.js';
import { countTail, pagePieces, pageWindow, toPageRecord, type ListSpec } from './paging.js';
import { cursorFor } from './pagination.js';
import { toEntityRecord, type EntityRecord, type PageRecord } from './records.js';

/** Entities by id, in the order of `ids`; null where no entity has the id. */
export async function readEntitiesById(executor: Executor, ids: readonly string[]): Promise<Array<EntityRecord | null>> {
  const records = await executor.read<{ n: Neo4jNode }>(`UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN n`, { ids });
  const byId = new Map(records.map((r) => [r.get('n').properties.id as string, toEntityRecord(r.get('n'))]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** One page of a label's entities. */
export async function readEntityPage(executor: Executor, spec: ListSpec): Promise<PageRecord> {
  const bag = new ParamBag();
  const { match, rest } = rootMatch(spec.label, spec.where, bag);
  const cypher = `${match}\n${pageWindow(pagePieces({ ...spec, where: rest }, bag), { carry: ['n'], rows: 'RETURN', columns: ['n'] })}`;
  const records = await executor.read<{ n: Neo4jNode; keys: unknown[] }>(cypher, bag.params);
  const rows = records.map((r) => ({ node: toEntityRecord(r.get('n')), keys: r.get('keys') }));
  return toPageRecord(rows, spec.window.first, ({ node, keys }) => ({ cursor: cursorFor(keys, node.id), node, link: null }));
}

/** How many of a label's entities match the filter. */
export async function countEntities(executor: Executor, spec: Pick<ListSpec, 'label' | 'where'>): Promise<number> {
  const bag = new ParamBag();
  const { match, rest } = rootMatch(spec.label, spec.where, bag);
  const records = await executor.read<{ c: number }>(`${match}\n${countTail({ ...spec, where: rest }, bag)}\nRETURN count(n) AS c`, bag.params);
  return records[0]?.get('c') ?? 0;
}
