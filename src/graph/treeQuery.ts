// One Cypher statement for an entity (or a root list) and every relationship connection
// selected beneath it, nested as CALL subqueries, so a dashboard's whole tree is one round
// trip. The GraphQL layer turns a selection set into a plan (plan.ts, made by
// graphql/selectionPlan.ts); resolvers then find their results attached to the records
// (`prefetched`). Anything not planned (deeper levels, abstract targets, errors) falls back
// to the batched loaders.
import type { Relationship } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { indent, ParamBag, rootMatch } from './filters/index.js';
import { relationField, targetLabelOf, type EntityLabel, type RelationField } from './model.js';
import { countRelated, countTail, linkColumns, pagePieces, pageWindow, relatedMatch, toPageRecord, type ListSpec } from './paging.js';
import { cursorFor } from './pagination.js';
import type { RelationPlan } from './plan.js';
import { renderMapProjection } from './projection.js';
import { toApiProperties, toEdgeLinkRecord, type EntityRecord, type LinkDirection, type PageRecord } from './records.js';

/** `n {.id, .nameEn, ...}`: the selected properties, with the precision of each date. */
const projection = (label: EntityLabel, properties: readonly string[]) => renderMapProjection('n', label, properties);

const toRecord = (label: EntityLabel, props: Record<string, unknown>): EntityRecord => ({ ...(toApiProperties(props) as { id: string }), __typename: label });

/** What a planned field's resolver finds on its parent record. */
export interface Prefetched {
  page?: PageRecord;
  count?: number;
}

const PREFETCHED = Symbol('prefetched');
type Decorated = EntityRecord & { [PREFETCHED]?: Map<string, Prefetched> };

/** The planned result of the field `responseKey` on `parent`, if it was read with it. */
export function prefetched(parent: EntityRecord, responseKey: string): Prefetched | undefined {
  return (parent as Decorated)[PREFETCHED]?.get(responseKey);
}

type Item = { node: Record<string, unknown>; rel?: Relationship | null; dir?: LinkDirection | null; keys?: unknown[]; sub?: Record<string, unknown> };

/** What a page's items carry beside the node; with none of it, an item is the node's map alone. */
interface ItemShape {
  link: boolean;
  keys: boolean;
  children: RelationPlan[];
}
const isBare = (shape: ItemShape) => !shape.link && !shape.keys && shape.children.length === 0;

/** CALL subqueries reading `plans` for the node bound to `n`; results in s<i> (pages) and c<i> (counts). */
function nestedCalls(plans: RelationPlan[], bag: ParamBag): string[] {
  const calls: string[] = [];
  plans.forEach((plan, i) => {
    const f = relationField(plan.key);
    const spec: ListSpec = { label: targetLabelOf(f), where: plan.where, orderBy: plan.orderBy, window: plan.window };
    if (plan.page) {
      const q = pagePieces(spec, bag, 'parent');
      // The link and its direction only when the selection asks for the link.
      const window = plan.link
        ? pageWindow(q, { carry: ['n', linkColumns(f)], rows: 'WITH', columns: ['n', 'r', 'dir'] })
        : pageWindow(q, { carry: ['n'], rows: 'WITH', columns: ['n'] });
      calls.push(`CALL {
    WITH n
    WITH n AS p
    ${indent(`${relatedMatch(f)}\n${window}`)}
    ${indent(collectItems({ link: plan.link, keys: q.keyVars.length > 0, children: plan.children }, bag, q.orderBy, `s${i}`, projection(targetLabelOf(f), plan.properties)))}
}`);
    }
    if (plan.count) {
      const count = countRelated(f, plan.where, bag, 'n', `c${i}`);
      calls.push(
        count.kind === 'degree'
          ? `CALL {
    WITH n
    RETURN ${count.column}
}`
          : `CALL {
    WITH n
    WITH n AS p
    ${indent(count.clauses)}
}`,
      );
    }
  });
  return calls;
}

/**
 * The children's subqueries, then the rows (re-sorted after them) collected as items. An item
 * carries only what is asked: its link, its sort keys (for cursors), its children's results;
 * with none of them it is the node's map alone, as a hand-written statement returns it (the
 * dashboard's 400 leaf items were 4 maps and lists each to send, decode and collect, not 1).
 */
function collectItems(shape: ItemShape, bag: ParamBag, orderBy: string, as: string, node: string): string {
  const calls = nestedCalls(shape.children, bag);
  const fields = [
    `node: ${node}`,
    ...(shape.link ? ['rel: r, dir: dir'] : []),
    ...(shape.keys ? ['keys: keys'] : []),
    ...(shape.children.length ? [`sub: {${subProjection(shape.children)}}`] : []),
  ];
  return [...calls, ...(calls.length ? [`WITH * ORDER BY ${orderBy}`] : []), `RETURN collect(${isBare(shape) ? node : `{${fields.join(', ')}}`}) AS ${as}`].join('\n');
}

/** Attaches the children's results to a record, for their resolvers. */
function decorate(record: EntityRecord, children: RelationPlan[], sub: Record<string, unknown>): EntityRecord {
  if (children.length === 0) return record;
  const map = new Map<string, Prefetched>();
  children.forEach((c, i) => {
    const entry: Prefetched = {};
    if (c.page) entry.page = toPage(relationField(c.key), sub[`s${i}`] as unknown[], c.window.first, { link: c.link, keys: (c.orderBy?.length ?? 0) > 0, children: c.children });
    if (c.count) entry.count = sub[`c${i}`] as number;
    map.set(c.responseKey, entry);
  });
  (record as Decorated)[PREFETCHED] = map;
  return record;
}

/** A page of a relationship field (`of` a field: edges carry its links) or of a root list (`of` a label: no links). */
function toPage(of: RelationField | EntityLabel, raw: unknown[], first: number, shape: ItemShape): PageRecord {
  const field = typeof of === 'string' ? undefined : of;
  const label = field ? targetLabelOf(field) : (of as EntityLabel);
  const items = isBare(shape) ? (raw as Record<string, unknown>[]).map((node): Item => ({ node })) : (raw as Item[]);
  return toPageRecord(items, first, (item) => {
    const node = decorate(toRecord(label, item.node), shape.children, item.sub ?? {});
    // Encoded when asked for (edges.cursor, pageInfo's start/endCursor): a dashboard's 100
    // nodes ask for none, and encoding each cost 1.7 % of its CPU (docs/profiles/).
    let cursor: string | undefined;
    return {
      get cursor() {
        cursor ??= cursorFor(item.keys ?? [], node.id);
        return cursor;
      },
      node,
      link: field ? toEdgeLinkRecord(field, item.rel ?? null, item.dir ?? null) : null,
    };
  });
}

/** One entity by id with the planned relationship fields beneath it; null when absent. */
export async function readEntityTree(executor: Executor, label: EntityLabel, id: string, properties: readonly string[], children: RelationPlan[]): Promise<EntityRecord | null> {
  const bag = new ParamBag();
  const cypher = [
    `MATCH (n:${label} {id: ${bag.add(id)}})`,
    ...nestedCalls(children, bag),
    `RETURN ${projection(label, properties)} AS n, {${subProjection(children)}} AS sub`,
  ].join('\n');
  const records = await executor.read<{ n: Record<string, unknown>; sub: Record<string, unknown> }>(cypher, bag.params);
  const r = records[0];
  return r ? decorate(toRecord(label, r.get('n')), children, r.get('sub')) : null;
}

function subProjection(children: RelationPlan[]): string {
  return children.flatMap((c, i) => [...(c.page ? [`s${i}: s${i}`] : []), ...(c.count ? [`c${i}: c${i}`] : [])]).join(', ');
}

/** A root list's page and/or total, with the planned relationship fields of its nodes. */
export async function readListTree(
  executor: Executor,
  spec: ListSpec,
  wants: { page: boolean; count: boolean; properties: readonly string[] },
  children: RelationPlan[],
): Promise<{ page?: PageRecord; count?: number }> {
  const bag = new ParamBag();
  const parts: string[] = [];
  if (wants.count) {
    const { match, rest } = rootMatch(spec.label, spec.where, bag);
    parts.push(`CALL {
    ${indent(match)}
    ${countTail({ ...spec, where: rest }, bag)}
    RETURN count(n) AS total
}`);
  }
  if (wants.page) {
    const { match, rest } = rootMatch(spec.label, spec.where, bag);
    const q = pagePieces({ ...spec, where: rest }, bag);
    parts.push(`CALL {
    ${indent(match)}
    ${indent(pageWindow(q, { carry: ['n'], rows: 'WITH', columns: ['n'] }))}
    ${indent(collectItems({ link: false, keys: q.keyVars.length > 0, children }, bag, q.orderBy, 'items', projection(spec.label, wants.properties)))}
}`);
  }
  parts.push(`RETURN ${wants.count ? 'total' : 'null AS total'}, ${wants.page ? 'items' : 'null AS items'}`);
  const records = await executor.read<{ total: number | null; items: unknown[] | null }>(parts.join('\n'), bag.params);
  const r = records[0]!;
  return {
    ...(wants.count ? { count: r.get('total')! } : {}),
    ...(wants.page ? { page: toPage(spec.label, r.get('items')!, spec.window.first, { link: false, keys: (spec.orderBy?.length ?? 0) > 0, children }) } : {}),
  };
}
