// Builds the Cypher of one page of a list (root or per parent): filter, ordering keys,
// keyset condition, limit. The text depends only on the query's shape (which filters and
// keys are used), never on values, so Neo4j's plan cache is hit.
import neo4j from 'neo4j-driver';
import { afterCondition, compileOrder, compileWhere, orderByClause, type OrderInput, type ParamBag, type Where } from './filters/index.js';
import type { EntityLabel } from './model.js';
import { decodeSortCursor, type PageWindow } from './pagination.js';

export interface ListSpec {
  label: EntityLabel;
  where?: Where | null;
  orderBy?: OrderInput[] | null;
  window: PageWindow;
}

/** The pieces of one page's Cypher: filter, sort keys, keyset condition, order, limit. */
export interface PagePieces {
  predicate: string;
  /** `<expression> AS k<i>` for each sort key. */
  keyDefs: string[];
  keyVars: string[];
  /** The keyset condition on the key variables and `n.id` ('true' on a first page). */
  after: string;
  /** ORDER BY's text: the keys (missing values last), then `n.id` as the tie-breaker. */
  orderBy: string;
  /** The LIMIT parameter: one more than the page, to learn whether a next page exists. */
  limit: string;
}

export function pagePieces(spec: ListSpec, bag: ParamBag): PagePieces {
  const predicate = compileWhere(spec.label, spec.where, bag);
  const keys = compileOrder(spec.label, spec.orderBy);
  const keyVars = keys.map((_, i) => `k${i}`);
  // Ordered by id alone, the first page is "after the empty id": the same text as every
  // later page, and an id range the uniqueness index answers in order (no scan, no sort).
  const cursor = spec.window.after === null ? (keys.length === 0 ? { values: [], id: '' } : null) : decodeSortCursor(spec.window.after, keys);
  return {
    predicate,
    keyDefs: keys.map((k, i) => `${k.expression} AS ${keyVars[i]}`),
    keyVars,
    after: cursor === null ? 'true' : afterCondition(keys, keyVars, 'n.id', cursor, bag),
    orderBy: orderByClause(keys, keyVars, 'n.id'),
    limit: bag.add(neo4j.int(spec.window.first + 1)),
  };
}

/**
 * The part after the MATCH that binds `n` (and whatever `carry` names): WHERE, keys,
 * keyset, RETURN with `keys`, ORDER BY, LIMIT.
 */
export function pageTail(spec: ListSpec, bag: ParamBag, carry: string[], returns: string): string {
  const q = pagePieces(spec, bag);
  return `WHERE ${q.predicate}
WITH ${[...carry, 'n', ...q.keyDefs].join(', ')}
WHERE ${q.after}
RETURN ${returns}, [${q.keyVars.join(', ')}] AS keys
ORDER BY ${q.orderBy}
LIMIT ${q.limit}`;
}

export function countTail(spec: Pick<ListSpec, 'label' | 'where'>, bag: ParamBag): string {
  return `WHERE ${compileWhere(spec.label, spec.where, bag)}`;
}
