// Turns the selection set under an entity or a root list into the data layer's plan
// (graph/plan.ts) of relationship fields to read in the same Cypher statement (graph/treeQuery.ts). It follows
// aliases, fragments, inline fragments and @skip/@include as execution will; arguments are
// coerced exactly as resolvers receive them. A field whose arguments are refused is left out
// of the plan, so that its own resolver raises the error at the right path.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { DIMENSIONS } from '../graph/aggregates.js';
import { PROPERTIES } from '../graph/fieldSpec.js';
import { validateListArgs } from '../graph/loaders.js';
import { ENTITY_LABELS, RELATION_FIELDS, type EntityLabel, type RelationField, type RelationKey } from '../graph/model.js';
import { toPageWindow } from '../graph/pagination.js';
import type { ChainPlan, ListArgs, ListPlan, NodePlan, PathPlan, RelationPlan } from '../graph/plan.js';

/** Levels of relationship fields read with their root; deeper ones use the batched loaders. */
export const MAX_PLANNED_DEPTH = 3;

type Fields = Map<string, FieldNode[]>;

/** What collecting fields reads of a request: a GraphQLResolveInfo, or the record writer's document. */
export type SelectionContext = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;

/**
 * The fields selected in `sets` on `type`, by response key, through fragments. Without a
 * type every fragment applies (along a path of object types a valid one can only match).
 */
export function collectFields(
  info: SelectionContext,
  type: GraphQLObjectType | undefined,
  sets: readonly SelectionSetNode[],
  out: Fields = new Map(),
  seen = new Set<string>(),
): Fields {
  const applies = (condition: string | undefined) => {
    if (!condition || !type || condition === type.name) return true;
    const t = info.schema.getType(condition);
    return t !== undefined && isAbstractType(t) && info.schema.isSubType(t, type);
  };
  for (const set of sets)
    for (const sel of set.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, sel, info.variableValues)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, sel, info.variableValues)?.if === false) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        out.set(key, [...(out.get(key) ?? []), sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(sel.typeCondition?.name.value)) collectFields(info, type, [sel.selectionSet], out, seen);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) collectFields(info, type, [fragment.selectionSet], out, seen);
      }
    }
  return out;
}

export const selectionSets = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

function objectType(info: SelectionContext, name: string): GraphQLObjectType | undefined {
  const t = info.schema.getType(name);
  return t && isObjectType(t) ? t : undefined;
}

/** What a connection's selection asks for: page, count, link (and of its sources), and the selection sets of its nodes. */
export function connectionSelection(info: SelectionContext, connection: GraphQLObjectType, nodes: readonly FieldNode[]) {
  const fields = collectFields(info, connection, selectionSets(nodes));
  const nodeSets = selectionSets(fields.get('nodes') ?? []);
  const edges = fields.get('edges');
  const edgeType = edges && getNamedType(connection.getFields().edges!.type);
  const links: FieldNode[] = [];
  if (edges && edgeType && isObjectType(edgeType)) {
    for (const [, f] of collectFields(info, edgeType, selectionSets(edges))) {
      if (f[0]!.name.value === 'node') nodeSets.push(...selectionSets(f));
      if (f[0]!.name.value === 'link') links.push(...f);
    }
  }
  return {
    page: fields.has('nodes') || fields.has('edges') || fields.has('pageInfo'),
    count: fields.has('totalCount'),
    link: links.length > 0,
    linkSources: links.length > 0 ? linkSourceProperties(info, links) : null,
    nodeSets,
  };
}

/** The properties selected on a link's `sources` (under `links`); null when none are selected or more than properties is. */
function linkSourceProperties(info: SelectionContext, links: readonly FieldNode[]): string[] | null {
  const link = objectType(info, 'Link');
  const source = objectType(info, 'Source');
  if (!link || !source) return null;
  const sources = [...collectFields(info, link, selectionSets(links)).values()].flat().filter((f) => f.name.value === 'sources');
  if (sources.length === 0) return null;
  const names = new Set<string>();
  for (const [, f] of collectFields(info, source, selectionSets(sources))) {
    const name = f[0]!.name.value;
    if (name === '__typename') continue;
    if (Object.hasOwn(RELATION_FIELDS.Source, name) || !source.getFields()[name]) return null;
    names.add(name);
  }
  return [...names].sort();
}

/** Whether a relationship field at `depth` (1: under the root entity) is read with its root. */
export function isPlannedRelation(relation: RelationField, def: GraphQLField<unknown, unknown>, depth: number): relation is RelationField & { target: EntityLabel } {
  // Fields that can lead to any label (Observation.subject, Source.supports) and connections
  // without links (observations, sources) are left to the loaders.
  if (relation.target === 'any' || (relation.cardinality === 'many' && !relation.withLink)) return false;
  return depth <= MAX_PLANNED_DEPTH && !isListType(getNullableType(def.type));
}

/** The properties selected on `label` (in `sets`), and its relationship fields that can be read with it. */
export function planNode(info: GraphQLResolveInfo, label: EntityLabel, sets: readonly SelectionSetNode[], depth = 1): NodePlan {
  const type = objectType(info, label);
  if (!type) return { properties: [], children: [] };
  const relations = RELATION_FIELDS[label] as Record<string, RelationField>;
  const properties = new Set<string>();
  const children: RelationPlan[] = [];
  for (const [responseKey, nodes] of collectFields(info, type, sets)) {
    const name = nodes[0]!.name.value;
    const relation = relations[name];
    const def = type.getFields()[name];
    if (!def || name.startsWith('__')) continue;
    if (!relation) {
      properties.add(name);
      continue;
    }
    if (!isPlannedRelation(relation, def, depth)) continue;
    const returns = getNamedType(def.type).name;
    const key = `${label}.${name}` as RelationKey;
    try {
      // A connection, `<Target>LinkConnection` (edges with the link).
      if (relation.cardinality === 'many') {
        const args = getArgumentValues(def, nodes[0]!, info.variableValues) as ListArgs;
        validateListArgs(relation.target, args);
        const sel = connectionSelection(info, objectType(info, returns)!, nodes);
        const below = sel.page ? planNode(info, relation.target, sel.nodeSets, depth + 1) : { properties: [], children: [] };
        children.push({
          responseKey,
          key,
          where: args.where,
          orderBy: args.orderBy,
          window: toPageWindow(args),
          page: sel.page,
          count: sel.count,
          link: sel.link,
          linkSources: sel.linkSources,
          ...below,
        });
      } else {
        // A one-valued field (ZoneArea.zone): the first related node.
        const below = planNode(info, relation.target, selectionSets(nodes), depth + 1);
        children.push({ responseKey, key, window: { first: 1, after: null }, page: true, count: false, link: false, linkSources: null, ...below });
      }
    } catch {
      // Refused arguments: the field's resolver reports them.
    }
  }
  return { properties: [...properties], children };
}

/**
 * Plans made per root field node. Apollo's document store hands every request of the same
 * document the same parsed DocumentNode, so its field nodes key the plans (and are
 * forgotten with it). A plan depends on the document, the operation and the values of the
 * variables used *beneath* the root field (arguments and @skip/@include there), not on the
 * root field's own arguments: a dashboard asked for any zone reuses one plan. Nothing
 * downstream mutates a plan (src/graph only reads it).
 */
const planCache = new WeakMap<FieldNode, { variables: readonly string[]; plans: Map<string, unknown> }>();
/** Distinct variable values kept per root field node; past it, that node's plans start afresh. */
export const MAX_PLANS_PER_FIELD = 100;

/** The variables used in `node`'s selection set, through the fragments it spreads. */
function readUsedVariables(info: GraphQLResolveInfo, node: FieldNode): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const stack: unknown[] = [node.selectionSet];
  while (stack.length) {
    const at = stack.pop();
    if (!at || typeof at !== 'object') continue;
    if (Array.isArray(at)) {
      stack.push(...at);
      continue;
    }
    const ast = at as { kind?: Kind; name?: { value: string } };
    if (ast.kind === Kind.VARIABLE) names.add(ast.name!.value);
    else if (ast.kind === Kind.FRAGMENT_SPREAD && !seen.has(ast.name!.value)) {
      seen.add(ast.name!.value);
      stack.push(info.fragments[ast.name!.value]);
    }
    for (const [key, child] of Object.entries(at)) if (key !== 'loc') stack.push(child);
  }
  return [...names].sort();
}

/** `kind` names what is planned (and of which label): plans of one field node are kept per kind and variable values. */
function planOnce<T>(info: GraphQLResolveInfo, kind: string, make: () => T): T {
  // Two field nodes under one response key: which ones merge can depend on the root's own
  // directives, which the key below does not see; rare, so planned each time.
  if (info.fieldNodes.length !== 1) return make();
  const node = info.fieldNodes[0]!;
  let entry = planCache.get(node);
  if (!entry) planCache.set(node, (entry = { variables: readUsedVariables(info, node), plans: new Map() }));
  // An omitted variable ([]) and an explicit null ([null]) coerce differently.
  const values = entry.variables.map((name) => (Object.hasOwn(info.variableValues, name) ? [info.variableValues[name]] : []));
  const key = `${kind}:${JSON.stringify(values)}`;
  if (entry.plans.has(key)) return entry.plans.get(key) as T;
  const plan = make();
  if (entry.plans.size >= MAX_PLANS_PER_FIELD) entry.plans.clear();
  entry.plans.set(key, plan);
  return plan;
}

/** For a root field returning one entity of `label`. */
export function planEntity(info: GraphQLResolveInfo, label: EntityLabel): NodePlan {
  return planOnce(info, `entity:${label}`, () => planNode(info, label, selectionSets(info.fieldNodes)));
}

/** For a root list of `label`: whether page and count are asked, and what is selected on its nodes. */
export function planList(info: GraphQLResolveInfo, label: EntityLabel): ListPlan | undefined {
  return planOnce(info, `list:${label}`, () => {
    const connection = objectType(info, `${label}Connection`);
    if (!connection) return undefined;
    const sel = connectionSelection(info, connection, info.fieldNodes);
    return { page: sel.page, count: sel.count, ...(sel.page ? planNode(info, label, sel.nodeSets) : { properties: [], children: [] }) };
  });
}

/**
 * The names (not aliases) of the fields selected at `path` below the field being resolved:
 * `selectedFieldNames(info, ['nodes'])` in `industryChain` gives what is asked of each node.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  return new Set([...collectFields(info, undefined, selectionSetsAt(info, path)).values()].map((f) => f[0]!.name.value));
}

/** The selection sets of the fields at `path` below the field being resolved (on any type). */
function selectionSetsAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let sets = selectionSets(info.fieldNodes);
  for (const step of path)
    sets = [...collectFields(info, undefined, sets).values()]
      .flat()
      .filter((f) => f.name.value === step)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return sets;
}

/** The properties (relationship fields left out: their resolvers read them) selected at any of `paths`, on `label` or on a Link. */
function selectedProperties(info: GraphQLResolveInfo, label: EntityLabel | 'Link', paths: readonly (readonly string[])[]): string[] {
  const relations: Record<string, unknown> = label === 'Link' ? {} : RELATION_FIELDS[label];
  const names = new Set<string>();
  for (const path of paths) for (const name of selectedFieldNames(info, path)) if (!name.startsWith('__') && !Object.hasOwn(relations, name)) names.add(name);
  return [...names].sort();
}

/** For `Query.industryChain`: the properties to read of its industries and links, and whether (and what) of its zones and clusters. */
export function planChain(info: GraphQLResolveInfo): ChainPlan {
  return planOnce(info, 'chain', () => {
    const placed = selectedFieldNames(info, ['nodes']);
    return {
      industry: selectedProperties(info, 'Industry', [['root'], ['nodes', 'industry'], ['links', 'from'], ['links', 'to']]),
      link: selectedProperties(info, 'Link', [['links', 'link']]),
      zones: placed.has('zones') ? selectedProperties(info, 'Zone', [['nodes', 'zones']]) : null,
      clusters: placed.has('clusters') ? selectedProperties(info, 'IndustrialCluster', [['nodes', 'clusters']]) : null,
    };
  });
}

/**
 * For a grouped count: per dimension of `by` whose key is an entity, the stored properties of
 * that entity selected under `keys { node }` (fragments on other types left out), so the
 * grouped count reads them with the groups; null for a dimension that is not an entity, or
 * when something is selected that only the whole entity can answer (then it is loaded by id).
 */
export function planGroupKeys(info: GraphQLResolveInfo, label: EntityLabel, by: readonly string[]): Array<string[] | null> {
  return planOnce(info, `groups:${label}:${by.join(',')}`, () => {
    const sets = selectionSetsAt(info, ['keys', 'node']);
    return by.map((dimension) => {
      const target = DIMENSIONS[label]?.[dimension]?.label;
      const type = target && info.schema.getType(target);
      if (!target || !isObjectType(type)) return null;
      return storedProperties(
        [...collectFields(info, type, sets).values()].map((f) => f[0]!.name.value),
        [target],
      );
    });
  });
}

/**
 * The stored properties of `labels` among the selected `names` (id left out: it is always
 * read), or null when a name is neither a property nor a relationship field of them (only
 * the whole node answers it).
 */
function storedProperties(names: Iterable<string>, labels: readonly EntityLabel[] = ENTITY_LABELS): string[] | null {
  const list = [...names];
  const stored = (n: string) => labels.some((l) => Object.hasOwn(PROPERTIES[l], n));
  const known = (n: string) => stored(n) || labels.some((l) => Object.hasOwn(RELATION_FIELDS[l], n));
  if (!list.every((n) => n === 'id' || n === '__typename' || known(n))) return null;
  return list.filter((n) => n !== 'id' && stored(n)).sort();
}

/** For `Query.search`: the properties selected on its hits' nodes (on any type), or null for whole nodes. */
export function planSearchNode(info: GraphQLResolveInfo): string[] | null {
  return planOnce(info, 'search', () => storedProperties(selectedFieldNames(info, ['node'])));
}

/** For `Query.paths`: the properties selected on its nodes (wherever they appear) and on its links. */
export function planPaths(info: GraphQLResolveInfo): PathPlan {
  return planOnce(info, 'paths', () => ({
    node: storedProperties(['nodes', 'links.from', 'links.to'].flatMap((path) => [...selectedFieldNames(info, path.split('.'))])),
    link: selectedProperties(info, 'Link', [['links', 'link']]),
  }));
}

/** Per field node and request (its variables object): whether only `id` and `__typename` are selected beneath it. */
const identityOnly = new WeakMap<FieldNode, WeakMap<object, boolean>>();

/** True when the field being resolved selects nothing but `id` and `__typename` (through fragments, @skip/@include). */
export function selectsOnlyIdentity(info: GraphQLResolveInfo): boolean {
  const read = () => [...selectedFieldNames(info)].every((name) => name === 'id' || name === '__typename');
  if (info.fieldNodes.length !== 1) return read();
  const node = info.fieldNodes[0]!;
  let byRequest = identityOnly.get(node);
  if (!byRequest) identityOnly.set(node, (byRequest = new WeakMap()));
  let only = byRequest.get(info.variableValues);
  if (only === undefined) {
    only = read();
    byRequest.set(info.variableValues, only);
  }
  return only;
}
