// The paging builder both read strategies share: batched relation pages (relations.ts, via
// loaders.ts), the one-statement tree (treeQuery.ts) and root lists (entities.ts). It writes
// the page window (filter, sort keys, keyset condition, ORDER BY, LIMIT + 1), the related
// nodes' match with the link and its direction, and the choice between a node's degree and
// a counted pattern. The text depends only on the query's shape (which filters and keys are
// used), never on values, so Neo4j's plan cache is hit.
import neo4j from 'neo4j-driver';
import { afterCondition, compileOrder, compileWhere, hasFilter, orderByClause, type OrderInput, type ParamBag, type Where } from './filters/index.js';
import { degreePattern, listLabelOf, type EntityLabel, type RelationField } from './model.js';
import { decodeSortCursor, type PageWindow } from './pagination.js';
import type { EdgeRecord, PageRecord } from './records.js';

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

/**
 * `from`: where the page's nodes come from: a label's index (root lists) or a parent's
 * relationships (relationship fields).
 */
export function pagePieces(spec: ListSpec, bag: ParamBag, from: 'label' | 'parent' = 'label'): PagePieces {
  const predicate = compileWhere(spec.label, spec.where, bag);
  const keys = compileOrder(spec.label, spec.orderBy);
  const keyVars = keys.map((_, i) => `k${i}`);
  // Ordered by id alone, a root list's first page is "after the empty id": the same text as
  // every later page, and an id range the uniqueness index answers in order (no scan, no
  // sort). A parent's related nodes come from its relationships, where no index helps and
  // the comparison is only work: their first page has no condition.
  const emptyId = keys.length === 0 && from === 'label' ? { values: [], id: '' } : null;
  const cursor = spec.window.after === null ? emptyId : decodeSortCursor(spec.window.after, keys);
  return {
    predicate,
    keyDefs: keys.map((k, i) => `${k.expression} AS ${keyVars[i]}`),
    keyVars,
    after: cursor === null ? 'true' : afterCondition(keys, keyVars, 'n.id', cursor, bag),
    orderBy: orderByClause(keys, keyVars, 'n.id'),
    limit: bag.add(neo4j.int(spec.window.first + 1)),
  };
}

/** A page from the window's rows: one more than `first` is read to learn whether a next page exists. */
export function toPageRecord<Row>(rows: readonly Row[], first: number, toEdge: (row: Row) => EdgeRecord): PageRecord {
  return { hasNextPage: rows.length > first, edges: rows.slice(0, first).map(toEdge) };
}

/** How a page's rows leave the window. */
export interface WindowShape {
  /** What is projected beside the sort keys once the filter has passed (`n` among them). */
  carry: string[];
  /**
   * `RETURN` ends the statement or subquery; `WITH` goes on (the tree reads each row's
   * children next and keeps the key variables to sort by them again).
   */
  rows: 'RETURN' | 'WITH';
  /** The rows' columns; `keys` (the sort values, for cursors) is added. */
  columns: string[];
}

/**
 * The page window after the MATCH that binds `n`: WHERE, sort keys, keyset condition, the
 * rows with their `keys`, ORDER BY, LIMIT.
 */
export function pageWindow(q: PagePieces, shape: WindowShape): string {
  const columns = shape.rows === 'WITH' ? [...shape.columns, ...q.keyVars] : shape.columns;
  // A condition that is `true` is left out: the planner would drop it, but each clause is
  // still planned and carried (measured on the dashboard's tree: 5.8 -> 5.1 ms per statement).
  return [
    ...(q.predicate === 'true' ? [] : [`WHERE ${q.predicate}`]),
    `WITH ${[...shape.carry, ...q.keyDefs].join(', ')}`,
    ...(q.after === 'true' ? [] : [`WHERE ${q.after}`]),
    `${shape.rows} ${columns.join(', ')}, [${q.keyVars.join(', ')}] AS keys`,
    `ORDER BY ${q.orderBy}`,
    `LIMIT ${q.limit}`,
  ].join('\n');
}

/** The related nodes of the parent bound to `p`, as `n`: a derived field's paths made distinct per node. */
export function relatedMatch(field: RelationField): string {
  return `MATCH ${field.pattern}${field.derived ? '\nWITH DISTINCT p, n' : ''}`;
}

/**
 * `r, dir` beside each related node: its relationship and which way it points from the
 * parent `p`; null for a derived field (several hops, no one relationship).
 */
export function linkColumns(field: RelationField): string {
  return field.derived ? 'null AS r, null AS dir' : "r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir";
}

/** A count as one column (`expression AS <as>`), or as clauses run from `p` that return it. */
export type RelatedCount = { kind: 'degree'; column: string } | { kind: 'match'; clauses: string };

/**
 * How many related nodes (matching `where`) the parent bound to `parent` has. Unfiltered,
 * where the model fixes the other end's label, it is the node's degree (no neighbour is
 * visited); otherwise the pattern is matched from `p` (the parent, bound by the caller),
 * filtered and counted distinct.
 */
export function countRelated(field: RelationField, where: Where | null | undefined, bag: ParamBag, parent: string, as: string): RelatedCount {
  const degree = hasFilter(where) ? undefined : degreePattern(field, parent);
  if (degree) return { kind: 'degree', column: `COUNT { ${degree} } AS ${as}` };
  return {
    kind: 'match',
    clauses: `MATCH ${field.pattern}
${countTail({ label: listLabelOf(field), where }, bag)}
RETURN count(DISTINCT n) AS ${as}`,
  };
}

export function countTail(spec: Pick<ListSpec, 'label' | 'where'>, bag: ParamBag): string {
  return `WHERE ${compileWhere(spec.label, spec.where, bag)}`;
}
