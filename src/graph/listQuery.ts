// Builds the Cypher of one page of a list (root or per parent): filter, ordering keys,
// keyset condition, limit. The text depends only on the query's shape (which filters and
// keys are used), never on values, so Neo4j's plan cache is hit.
import neo4j, { isDate } from 'neo4j-driver';
import { afterCondition, compileOrder, compileWhere, decodeSortCursor, encodeSortCursor, type OrderInput, type ParamBag, type Where } from './filters.js';
import type { EntityLabel } from './model.js';
import { formatDate } from './records.js';
import type { PageWindow } from './pagination.js';

export interface ListSpec {
  label: EntityLabel;
  where?: Where | null;
  orderBy?: OrderInput[] | null;
  window: PageWindow;
}

/**
 * The part after the MATCH that binds `n` (and whatever `carry` names): WHERE, keys,
 * keyset, RETURN with `keys`, ORDER BY, LIMIT.
 */
export function pageTail(spec: ListSpec, bag: ParamBag, carry: string[], returns: string): string {
  const predicate = compileWhere(spec.label, spec.where, bag);
  const keys = compileOrder(spec.label, spec.orderBy);
  const keyVars = keys.map((_, i) => `k${i}`);
  const withKeys = [...carry, 'n', ...keys.map((k, i) => `${k.expression} AS ${keyVars[i]}`)].join(', ');
  // Ordered by id alone, the first page is "after the empty id": the same text as every
  // later page, and an id range the uniqueness index answers in order (no scan, no sort).
  const cursor = spec.window.after === null ? (keys.length === 0 ? { values: [], id: '' } : null) : decodeSortCursor(spec.window.after, keys);
  const after = cursor === null ? 'true' : afterCondition(keys, keyVars, 'n.id', cursor, bag);
  const orderBy = [...keys.map((k, i) => `${keyVars[i]} ${k.direction}`), 'n.id ASC'].join(', ');
  return `WHERE ${predicate}
WITH ${withKeys}
WHERE ${after}
RETURN ${returns}, [${keyVars.join(', ')}] AS keys
ORDER BY ${orderBy}
LIMIT ${bag.add(neo4j.int(spec.window.first + 1))}`;
}

/** Sort values as a cursor stores them (dates as ISO strings). */
export function cursorFor(keys: unknown[], id: string): string {
  return encodeSortCursor(keys.map((k) => (isDate(k) ? formatDate(k) : k)), id);
}

export function countTail(spec: Pick<ListSpec, 'label' | 'where'>, bag: ParamBag): string {
  return `WHERE ${compileWhere(spec.label, spec.where, bag)}`;
}
