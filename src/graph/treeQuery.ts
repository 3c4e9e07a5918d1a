// One Cypher statement for an entity (or a root list) and every relationship connection
// selected beneath it, nested as CALL subqueries, so a dashboard's whole tree is one round
// trip. The GraphQL layer turns a selection set into a plan (plan.ts, made by
// graphql/selectionPlan.ts); resolvers then find their results attached to the records
// (`prefetched`). Anything not planned (deeper levels, abstract targets, errors) falls back
// to the batched loaders.
import { isDate, type Relationship } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { indent, ParamBag, rootMatch } from './filters/index.js';
import { relationField, targetLabelOf, type EntityLabel, type RelationField } from './model.js';
import { countRelated, countTail, linkColumns, pagePieces, pageWindow, relatedMatch, toPageRecord, type ListSpec } from './paging.js';
import { cursorFor } from './pagination.js';
import type { RelationPlan } from './plan.js';
import { PROPERTIES } from './fieldSpec.js';
import { projectedNames, renderMapProjection } from './projection.js';
import { formatDate, toEdgeLinkRecord, type DatePrecision, type EntityRecord, type LinkDirection, type LinkRecord, type PageRecord } from './records.js';

/** `n {.id, .nameEn, ...}`: the selected properties, with the precision of each date. */
const projection = (label: EntityLabel, properties: readonly string[]) => renderMapProjection('n', label, properties);

type Shaper = (props: Record<string, unknown>) => EntityRecord;
const shapers = new WeakMap<readonly string[], Map<EntityLabel, Shaper>>();

/**
 * Turns a statement's maps of `label` (the `properties` projected, projection.ts) into records:
 * one object each, and only the date properties checked, as toApiProperties converts them. Kept
 * per plan (plans are kept per document): on the dashboard's 100 nodes, the generic conversion's
 * per-key checks and copies were most of the data layer's shaping (docs/profiles/).
 */
function shaperOf(label: EntityLabel, properties: readonly string[]): Shaper {
  let byLabel = shapers.get(properties);
  if (!byLabel) shapers.set(properties, (byLabel = new Map()));
  let shaper = byLabel.get(label);
  if (!shaper) {
    const names = projectedNames(label, properties).filter((n) => !n.endsWith('Precision'));
    const dates = new Map(names.filter((n) => PROPERTIES[label][n]?.kind === 'date').map((n) => [n, `${n}Precision`]));
    shaper = (props) => {
      const out: Record<string, unknown> = {};
      for (const n of names) {
        const v = props[n];
        const precision = dates.get(n);
        out[n] = precision !== undefined && isDate(v) ? formatDate(v, props[precision] as DatePrecision | undefined) : v;
      }
      out.__typename = label;
      return out as EntityRecord;
    };
    byLabel.set(label, shaper);
  }
  return shaper;
}

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

type Item = {
  node: Record<string, unknown>;
  rel?: Relationship | null;
  dir?: LinkDirection | null;
  srcs?: Record<string, unknown>[];
  keys?: unknown[];
  sub?: Record<string, unknown>;
};

const SOURCES = Symbol('sources');
type LinkWithSources = LinkRecord & { [SOURCES]?: EntityRecord[] };

/** The sources of a link, if its statement read them with it (in the order of its ids, missing ones left out). */
export function prefetchedSources(link: LinkRecord): EntityRecord[] | undefined {
  return (link as LinkWithSources)[SOURCES];
}

/** What a page's items carry beside the node; with none of it, an item is the node's map alone. */
interface ItemShape {
  link: boolean;
  /** The properties read of the link's sources (plan.linkSources). */
  linkSources: readonly string[] | null;
  keys: boolean;
  children: RelationPlan[];
  /** What is read of each node (the plan's properties). */
  properties: readonly string[];
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
    ${indent(collectItems(itemShapeOf(plan), bag, q.orderBy, `s${i}`, projection(targetLabelOf(f), plan.properties)))}
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
    // The link's sources in the order of its ids (as the entity loader answers them).
    ...(shape.link && shape.linkSources
      ? [
          `srcs: COLLECT { UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS srcIndex MATCH (src:Source {id: r.sources[srcIndex]}) WITH src, srcIndex ORDER BY srcIndex RETURN ${renderMapProjection('src', 'Source', shape.linkSources)} }`,
        ]
      : []),
    ...(shape.keys ? ['keys: keys'] : []),
    ...(shape.children.length ? [`sub: {${subProjection(shape.children)}}`] : []),
  ];
  return [...calls, ...(calls.length ? [`WITH * ORDER BY ${orderBy}`] : []), `RETURN collect(${isBare(shape) ? node : `{${fields.join(', ')}}`}) AS ${as}`].join('\n');
}

const itemShapeOf = (plan: RelationPlan): ItemShape => ({
  link: plan.link,
  linkSources: plan.linkSources,
  keys: (plan.orderBy?.length ?? 0) > 0,
  children: plan.children,
  properties: plan.properties,
});

/** A planned child as decorate reads it: its columns in `sub`, its field, the shape of its items. */
interface ChildShape {
  plan: RelationPlan;
  page: string;
  count: string;
  field: RelationField;
  items: ItemShape;
}
const childShapes = new WeakMap<RelationPlan[], ChildShape[]>();
const childShapesOf = (children: RelationPlan[]): ChildShape[] => {
  let shapes = childShapes.get(children);
  if (!shapes)
    childShapes.set(
      children,
      (shapes = children.map((plan, i) => ({
        plan,
        page: `s${i}`,
        count: `c${i}`,
        field: relationField(plan.key),
        items: itemShapeOf(plan),
      }))),
    );
  return shapes;
};

/** Attaches the children's results to a record, for their resolvers. */
function decorate(record: EntityRecord, children: RelationPlan[], sub: Record<string, unknown>): EntityRecord {
  if (children.length === 0) return record;
  const map = new Map<string, Prefetched>();
  for (const c of childShapesOf(children)) {
    const entry: Prefetched = {};
    if (c.plan.page) entry.page = toPage(c.field, sub[c.page] as unknown[], c.plan.window.first, c.items);
    if (c.plan.count) entry.count = sub[c.count] as number;
    map.set(c.plan.responseKey, entry);
  }
  (record as Decorated)[PREFETCHED] = map;
  return record;
}

/** A page of a relationship field (`of` a field: edges carry its links) or of a root list (`of` a label: no links). */
function toPage(of: RelationField | EntityLabel, raw: unknown[], first: number, shape: ItemShape): PageRecord {
  const field = typeof of === 'string' ? undefined : of;
  const label = field ? targetLabelOf(field) : (of as EntityLabel);
  const items = isBare(shape) ? (raw as Record<string, unknown>[]).map((node): Item => ({ node })) : (raw as Item[]);
  const toRecord = shaperOf(label, shape.properties);
  const toSource = shape.linkSources && shaperOf('Source', shape.linkSources);
  return toPageRecord(items, first, (item) => {
    const node = decorate(toRecord(item.node), shape.children, item.sub ?? {});
    const link = field ? toEdgeLinkRecord(field, item.rel ?? null, item.dir ?? null) : null;
    if (link && toSource && item.srcs) (link as LinkWithSources)[SOURCES] = item.srcs.map(toSource);
    // Encoded when asked for (edges.cursor, pageInfo's start/endCursor): a dashboard's 100
    // nodes ask for none, and encoding each cost 1.7 % of its CPU (docs/profiles/).
    let cursor: string | undefined;
    return {
      get cursor() {
        cursor ??= cursorFor(item.keys ?? [], node.id);
        return cursor;
      },
      node,
      link,
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
  return r ? decorate(shaperOf(label, properties)(r.get('n')), children, r.get('sub')) : null;
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
  const root = rootMatch(spec.label, spec.where, bag);
  // A root list's items: no links; sort keys when its order has any (for cursors).
  const itemsOf = (keys: boolean): ItemShape => ({ link: false, linkSources: null, keys, children, properties: wants.properties });
  if (wants.count && wants.page && root.anchored) {
    // Page and total in one pass over the anchor's matches, as a hand-written statement reads
    // them: the filter (a relationship test per node, the costly part) runs once, not once
    // for the total and again for the page. Only when anchored: the matches are then at most
    // the anchor's neighbours, so collecting them all is what counting them costs anyway.
    const q = pagePieces({ ...spec, where: root.rest }, bag);
    const keys = q.keyVars.map((k, i) => `row.keys[${i}] AS ${k}`);
    parts.push(`CALL {
    ${indent(root.match)}
    ${q.predicate === 'true' ? '' : `WHERE ${q.predicate}`}
    WITH ${['n', ...q.keyDefs].join(', ')}
    WITH n, [${q.keyVars.join(', ')}] AS keys, ${q.after} AS past${q.keyVars.map((k) => `, ${k}`).join('')}
    ORDER BY ${q.orderBy}
    WITH count(*) AS total, collect(CASE WHEN past THEN {n: n, keys: keys} END)[0..${q.limit}] AS rows
    CALL (rows) {
        UNWIND rows AS row
        WITH ${['row.n AS n', 'row.keys AS keys', ...keys].join(', ')}
        ${indent(collectItems(itemsOf(q.keyVars.length > 0), bag, q.orderBy, 'items', projection(spec.label, wants.properties)), 8)}
    }
    RETURN total, items
}`);
  } else if (wants.count) {
    parts.push(`CALL {
    ${indent(root.match)}
    ${countTail({ ...spec, where: root.rest }, bag)}
    RETURN count(n) AS total
}`);
  }
  if (wants.page && !(wants.count && root.anchored)) {
    const q = pagePieces({ ...spec, where: root.rest }, bag);
    parts.push(`CALL {
    ${indent(root.match)}
    ${indent(pageWindow(q, { carry: ['n'], rows: 'WITH', columns: ['n'] }))}
    ${indent(collectItems(itemsOf(q.keyVars.length > 0), bag, q.orderBy, 'items', projection(spec.label, wants.properties)))}
}`);
  }
  parts.push(`RETURN ${wants.count ? 'total' : 'null AS total'}, ${wants.page ? 'items' : 'null AS items'}`);
  const records = await executor.read<{ total: number | null; items: unknown[] | null }>(parts.join('\n'), bag.params);
  const r = records[0]!;
  return {
    ...(wants.count ? { count: r.get('total')! } : {}),
    ...(wants.page
      ? {
          page: toPage(spec.label, r.get('items')!, spec.window.first, itemsOf((spec.orderBy?.length ?? 0) > 0)),
        }
      : {}),
  };
}
