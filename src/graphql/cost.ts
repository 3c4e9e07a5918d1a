// The cost model: what an operation will make Neo4j do, counted from its document before
// any query runs. Each field costs 1; a list multiplies what is selected under it by how
// many items it can return: the page size the resolver will use (the data layer's own rule,
// so `first: null` is charged as the default page it returns), capped by what the graph can
// hold there (degree statistics, when they could be read). Filters and sort keys are
// charged once per statement, for the planning they cost, and refused beyond their caps.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isEnumType,
  isInterfaceType,
  isInputObjectType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { LimitExceededError } from '../errors.js';
import { checkFirst } from '../graph/aggregates.js';
import type { DegreeStatsRecord } from '../graph/degreeStats.js';
import { MAX_ORDER_KEYS } from '../graph/filters/index.js';
import { ENTITY_LABELS, type EntityLabel } from '../graph/model.js';
import { MAX_PAGE_SIZE, toPageWindow } from '../graph/pagination.js';
import { CHAIN_HOPS, NEIGHBORHOOD_HOPS, NEIGHBORHOOD_LIMIT, PATH_HOPS, PATH_LIMIT } from '../graph/traversal/index.js';

/**
 * Caps on one filter tree (a `where` argument, through AND/OR/NOT and `_some`/`_none`).
 * Planning time grows with the filter's length and every new length is a new query text,
 * so the plan cache does not help. Measured on the seed graph (2 shared cores), cold plans
 * of `zones(where:)`: 10 OR leaves 0.25 s, 20 0.5 s, 30 1.5 s, 50 1.8 s, 100 2.4 s, 390
 * 2.4-9 s; `_some` subqueries cost 3-5 leaves each (20 of them 1.3 s, nested pairs 1.7 s).
 * An `_in` list is one parameter (its length does not change the plan) but is capped like
 * a page, so one condition cannot carry an unbounded list.
 */
export const FILTER_LIMITS = { conditions: 20, subqueries: 5, inValues: MAX_PAGE_SIZE } as const;

/**
 * Cost units for planning, charged once per occurrence in the document (each is compiled
 * into a statement once, however many rows it is applied to): a condition about what the
 * planner spends on it, ~10 ms, against a field's 1 unit. With the default maximum of
 * 200,000 an operation carries at most 200 conditions (about 2.5 s of cold planning).
 */
export const PLANNING_COST = { condition: 1_000, subquery: 3_000, orderKey: 500, countOrderKey: 3_000 } as const;

/** A list the cost model knows nothing better of (admin lists, a link's sources without statistics). */
const UNKNOWN_LIST = 10;

export interface CostEstimate {
  /** Charged against the maximum: by the graph's statistics when known, else by page sizes. */
  charged: number;
  /** The cost if every list were as long as its page size (the charge without statistics). */
  ceiling: number;
  basis: 'statistics' | 'pageSizes';
}

interface Cost {
  /** Work per item: multiplied by every enclosing list. */
  items: number;
  /** Work per statement (planning filters and sort keys): added once, whatever encloses it. */
  planning: number;
}

const ZERO: Cost = { items: 0, planning: 0 };
const add = (a: Cost, b: Cost): Cost => ({ items: a.items + b.items, planning: a.planning + b.planning });
const max = (a: Cost, b: Cost): Cost => ({ items: Math.max(a.items, b.items), planning: Math.max(a.planning, b.planning) });

/** What an enclosing traversal says about the lists beneath it. */
type Scope =
  | { kind: 'chain'; hops: number; both: boolean }
  | { kind: 'paths'; hops: number }
  | { kind: 'neighborhood'; hops: number; limit: number }
  | { kind: 'groups'; dimensions: number }
  | { kind: 'series'; series: number; observations: number }
  | undefined;

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  stats: DegreeStatsRecord | null;
  introspection: IntrospectionSizes;
  /** A selection set's cost per concrete type and scope, computed once: a fragment that
   * spreads another twice, 24 levels deep, costs 24 walks, not 2^24. */
  memo: Map<readonly SelectionNode[], Map<string, Cost>>;
}

// ---- Introspection ------------------------------------------------------------------------

type IntrospectionSizes = Record<string, number>;
const introspectionSizes = new WeakMap<GraphQLSchema, IntrospectionSizes>();

/** Introspection lists by their average length in this schema: a full introspection costs about what it returns. */
function measureIntrospection(schema: GraphQLSchema): IntrospectionSizes {
  let sizes = introspectionSizes.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)));
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  const allFields = types.flatMap(fieldsOf);
  const directives = schema.getDirectives();
  sizes = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': average(types.map((t) => fieldsOf(t).length)),
    // Averages over every type: a type that has none of a list returns an empty one.
    '__Type.inputFields': average(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))),
    '__Type.enumValues': average(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))),
    '__Type.interfaces': average(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))),
    '__Type.possibleTypes': average(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))),
    '__Field.args': average(allFields.map((f) => f.args.length)),
    '__Directive.args': average(directives.map((d) => d.args.length)),
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}

// ---- Filters ------------------------------------------------------------------------------

interface FilterCount {
  conditions: number;
  subqueries: number;
}

/** Counts a filter tree's leaves and subqueries from its coerced value; refuses an `_in` list over the cap. */
function countFilter(type: GraphQLInputObjectType, value: unknown, count: FilterCount = { conditions: 0, subqueries: 0 }): FilterCount {
  if (value === null || typeof value !== 'object') return count;
  const fields = type.getFields();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue;
    const inner = fields[key] ? getNamedType(fields[key].type) : undefined;
    if (isInputObjectType(inner)) {
      // AND/OR lists and NOT combine; `<relation>_some`/`_none` are subqueries with their own tree.
      if (key !== 'AND' && key !== 'OR' && key !== 'NOT') count.subqueries++;
      for (const item of Array.isArray(v) ? v : [v]) countFilter(inner, item, count);
      continue;
    }
    count.conditions++;
    if (key.endsWith('_in') && Array.isArray(v) && v.length > FILTER_LIMITS.inValues)
      throw new LimitExceededError(`\`${key}\` lists ${v.length} values; at most ${FILTER_LIMITS.inValues} are allowed.`, {
        limit: 'filterValues',
        max: FILTER_LIMITS.inValues,
        requested: v.length,
      });
  }
  return count;
}

/** The planning charge of a field's `where` and `orderBy`; refuses them over their caps. */
function chargeArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  let planning = 0;
  const whereType = field.args.find((a) => a.name === 'where')?.type;
  const whereInput = whereType ? getNamedType(whereType) : undefined;
  if (isInputObjectType(whereInput) && args.where) {
    const { conditions, subqueries } = countFilter(whereInput, args.where);
    if (conditions > FILTER_LIMITS.conditions)
      throw new LimitExceededError(`The filter has ${conditions} conditions; at most ${FILTER_LIMITS.conditions} are allowed in one \`where\`.`, {
        limit: 'filterConditions',
        max: FILTER_LIMITS.conditions,
        requested: conditions,
      });
    if (subqueries > FILTER_LIMITS.subqueries)
      throw new LimitExceededError(`The filter has ${subqueries} \`_some\`/\`_none\` conditions; at most ${FILTER_LIMITS.subqueries} are allowed in one \`where\`.`, {
        limit: 'filterSubqueries',
        max: FILTER_LIMITS.subqueries,
        requested: subqueries,
      });
    planning += conditions * PLANNING_COST.condition + subqueries * PLANNING_COST.subquery;
  }
  if (Array.isArray(args.orderBy)) {
    if (args.orderBy.length > MAX_ORDER_KEYS)
      throw new LimitExceededError(`\`orderBy\` has ${args.orderBy.length} keys; at most ${MAX_ORDER_KEYS} are allowed.`, {
        limit: 'orderBy',
        max: MAX_ORDER_KEYS,
        requested: args.orderBy.length,
      });
    // A `*_COUNT` key is a COUNT subquery per row and in the keyset condition: 5 of them
    // planned in 0.2-0.5 s cold, about what as many `_some` filters take.
    for (const key of args.orderBy as Array<{ field?: unknown }>)
      planning += typeof key?.field === 'string' && key.field.endsWith('_COUNT') ? PLANNING_COST.countOrderKey : PLANNING_COST.orderKey;
  }
  return planning;
}

// ---- List sizes -----------------------------------------------------------------------------

/** A resolver-side rule applied to the arguments: the size it will use, or undefined when it refuses them (nothing runs). */
function sizeBy(rule: () => number): number | undefined {
  try {
    return rule();
  } catch {
    return undefined;
  }
}

/** An integer bound the traversal resolvers accept (1..max, default when null). */
function boundOf(value: unknown, bound: { default: number; max: number }): number | undefined {
  const n = typeof value === 'number' ? value : bound.default;
  return n >= 1 && n <= bound.max ? n : undefined;
}

/** The entity label a connection or list field returns, from its `nodes` (or own) type. */
function labelOfList(field: GraphQLField<unknown, unknown>): EntityLabel | undefined {
  const type = getNamedType(field.type);
  const nodes = isObjectType(type) ? type.getFields().nodes : undefined;
  const name = nodes ? getNamedType(nodes.type).name : type.name;
  return (ENTITY_LABELS as readonly string[]).includes(name) ? (name as EntityLabel) : undefined;
}

const capBy = (n: number, cap: number | undefined) => (cap === undefined ? n : Math.min(n, cap));

/**
 * How many items a field can return per parent (1 for a single object), or undefined when
 * its resolver will refuse the arguments; and the scope it opens for the lists beneath it.
 */
function sizeOf(
  walk: Walk,
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  scope: Scope,
): { size: number | undefined; scope: Scope } {
  const { stats } = walk;
  const key = `${parent.name}.${field.name}`;
  const introspected = walk.introspection[key];
  if (introspected !== undefined) return { size: introspected, scope };

  switch (key) {
    case 'Query.industryChain': {
      const hops = boundOf(args.maxHops, CHAIN_HOPS);
      return { size: hops && 1, scope: hops ? { kind: 'chain', hops, both: args.direction === 'BOTH' } : undefined };
    }
    case 'Query.paths': {
      const hops = boundOf(args.maxHops, PATH_HOPS);
      const limit = boundOf(args.limit, PATH_LIMIT);
      return { size: hops && limit, scope: hops ? { kind: 'paths', hops } : undefined };
    }
    case 'Query.neighborhood': {
      const hops = boundOf(args.hops, NEIGHBORHOOD_HOPS);
      const limit = boundOf(args.limit, NEIGHBORHOOD_LIMIT);
      return { size: hops && limit && 1, scope: hops && limit ? { kind: 'neighborhood', hops, limit } : undefined };
    }
    case 'Query.search':
      // The resolver's own rule: the page rule with a default of 10 (the SDL's), then the page cap.
      return { size: sizeBy(() => Math.min(toPageWindow({ first: args.first as number | null }, defaultOf(field, 10)).first, MAX_PAGE_SIZE)), scope };
    case 'Query.distinctValues':
      return { size: sizeBy(() => checkFirst(args.first as number | null, defaultOf(field, 100))), scope };
    case 'Query.indicatorSeries': {
      const metrics = Array.isArray(args.metrics) ? args.metrics.length : 1;
      const subject = typeof args.subject === 'string';
      // Every series holds at least one point and every point is an observation of one of the
      // requested metrics: their observations bound the series and the points together.
      const observations = stats ? readObservationsOf(args.metrics, stats) : 0;
      const series = stats ? Math.max(1, Math.min(metrics * (subject ? 1 : observations), observations)) : metrics;
      return { size: series, scope: { kind: 'series', series, observations } };
    }
    case 'Query.graphStats':
      return { size: 1, scope };
    case 'GraphStats.labels':
      return { size: ENTITY_LABELS.length, scope };
    case 'IndicatorSeries.points':
      // Each observation is a point of exactly one series: all the series together hold at
      // most every observation, so the points per series times the series is that total.
      if (!stats) return { size: MAX_PAGE_SIZE, scope };
      return { size: Math.max(1, Math.ceil((scope?.kind === 'series' ? scope.observations : stats.nodes.Observation) / (scope?.kind === 'series' ? scope.series : 1))), scope };
    case 'GroupCount.keys':
      return { size: scope?.kind === 'groups' ? scope.dimensions : 3, scope };
  }
  if (field.args.some((a) => a.name === 'by') && getNamedType(field.type).name === 'GroupCount') {
    const label = whereLabel(field);
    const groups = sizeBy(() => checkFirst(args.first as number | null, defaultOf(field, 100)));
    const dimensions = Array.isArray(args.by) ? args.by.length : 1;
    // Never more groups than nodes to group.
    return { size: groups === undefined ? undefined : capBy(groups, stats && label ? stats.nodes[label] : undefined), scope: { kind: 'groups', dimensions } };
  }

  if (scope?.kind === 'chain') {
    // Without statistics, the old bound: ten industries per hop and side.
    const perSide = 10 * scope.hops;
    const fallback = scope.both ? 2 * perSide : perSide;
    if (key === 'IndustryChain.nodes') return { size: stats ? stats.nodes.Industry : fallback, scope };
    if (key === 'IndustryChain.links') return { size: stats ? stats.chainLinks : fallback, scope };
    if (!stats) if (key === 'ChainNode.zones' || key === 'ChainNode.clusters') return { size: UNKNOWN_LIST, scope };
    if (stats && (key === 'ChainNode.zones' || key === 'ChainNode.clusters')) {
      // Charged as a share of what all the chain's industries can hold together, not as every
      // industry having the busiest one's clusters (that made a 3-hop chain at 100k nodes cost
      // 547,693 and be refused): each IN_INDUSTRY link puts one cluster in one industry, and
      // an (industry, zone) pair needs a cluster located in the zone.
      const chainNodes = Math.max(1, stats.nodes.Industry);
      const together = key === 'ChainNode.clusters' ? stats.clusterIndustryLinks : stats.clusterIndustryLinks * Math.max(1, stats.maxDegree['IndustrialCluster.zone'] ?? 1);
      const busiest = stats.maxDegree[key === 'ChainNode.clusters' ? 'Industry.clusters' : 'Industry.zones'] ?? 0;
      return { size: Math.min(busiest, Math.ceil(together / chainNodes)), scope };
    }
  }
  if (scope?.kind === 'paths') {
    if (key === 'Path.nodes') return { size: scope.hops + 1, scope };
    if (key === 'Path.links') return { size: scope.hops, scope };
  }
  if (scope?.kind === 'neighborhood') {
    const reachable = stats ? ENTITY_LABELS.filter((l) => l !== 'Source' && l !== 'Observation').reduce((n, l) => n + stats.nodes[l], 0) : Infinity;
    const nodes = Math.min(scope.limit + 1, reachable);
    if (key === 'Subgraph.nodes') return { size: nodes, scope };
    // Every link among the nodes: no more than the graph has, nor than their degrees allow.
    if (key === 'Subgraph.links') return { size: stats ? Math.min(stats.traversedLinks, nodes * stats.maxTraversedDegree) : nodes * scope.hops, scope };
  }
  // A chain's links are SUPPLIES links: charged by the most sources one of those cites.
  if (key === 'Link.sources' && scope?.kind === 'chain' && stats) return { size: stats.maxChainLinkSources, scope };
  if (key === 'Link.sources' || key === 'Observation.sources') {
    const degrees = stats ? Object.entries(stats.maxDegree).filter(([k]) => k.endsWith('.sources')).map(([, n]) => n) : [];
    const sources = degrees.length ? Math.max(...degrees) : UNKNOWN_LIST;
    return { size: sources, scope };
  }

  if (field.args.some((a) => a.name === 'first')) {
    // The data layer's page rule: `first: null` (or a missing variable) is its default page.
    const page = sizeBy(() => toPageWindow({ first: args.first as number | null }, defaultOf(field, 20)).first);
    if (page === undefined || !stats) return { size: page, scope };
    const label = labelOfList(field);
    const degree = parent.name === 'Query' ? (label ? stats.nodes[label] : undefined) : stats.maxDegree[key];
    return { size: capBy(page, degree), scope };
  }
  // A page's own lists hold the items its field was charged for.
  if (/(Connection|Page)$/.test(parent.name)) return { size: 1, scope };
  // Other lists of objects (admin lists): a fixed guess; single objects: 1.
  const listed = field.type.toString().includes('[');
  return { size: listed ? UNKNOWN_LIST : 1, scope };
}

/** Observations of the requested metric slugs (unknown slugs have none; a non-list argument counts every observation). */
function readObservationsOf(metrics: unknown, stats: DegreeStatsRecord): number {
  if (!Array.isArray(metrics)) return stats.nodes.Observation;
  return [...new Set(metrics)].reduce((n: number, m) => n + (typeof m === 'string' ? (stats.observationsByMetric[m] ?? 0) : 0), 0);
}

/** The SDL default of `first` (what an omitted argument means), else the given one. */
function defaultOf(field: GraphQLField<unknown, unknown>, fallback: number): number {
  const d = field.args.find((a) => a.name === 'first')?.defaultValue;
  return typeof d === 'number' ? d : fallback;
}

function whereLabel(field: GraphQLField<unknown, unknown>): EntityLabel | undefined {
  const where = field.args.find((a) => a.name === 'where');
  const name = where ? getNamedType(where.type).name.replace(/Where$/, '') : '';
  return (ENTITY_LABELS as readonly string[]).includes(name) ? (name as EntityLabel) : undefined;
}

// ---- The walk -------------------------------------------------------------------------------

function isSkipped(walk: Walk, node: SelectionNode): boolean {
  if (!node.directives?.length) return false;
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, walk.variables);
    if (skip?.if === true) return true;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, walk.variables);
    return include?.if === false;
  } catch {
    // Invalid variables: execution refuses the operation; charge the field.
    return false;
  }
}

/** The arguments as the resolver will see them: variables and defaults applied, as at execution. */
function argumentsOf(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // Invalid variables: execution refuses the operation before any resolver runs.
    return {};
  }
}

const scopeKey = (scope: Scope) => (scope ? JSON.stringify(scope) : '');

/** The cost of a selection set on `type`: on an abstract type, the most any of its possible types costs. */
function selectionsCost(walk: Walk, selections: readonly SelectionNode[], type: GraphQLNamedType | undefined, scope: Scope): Cost {
  if (!type) return ZERO;
  if (isAbstractType(type)) return walk.schema.getPossibleTypes(type).reduce((m, t) => max(m, selectionsCost(walk, selections, t, scope)), ZERO);
  if (!isObjectType(type)) return ZERO;
  let byType = walk.memo.get(selections);
  const memoKey = `${type.name}|${scopeKey(scope)}`;
  const known = byType?.get(memoKey);
  if (known) return known;

  let total = ZERO;
  for (const sel of selections) {
    if (isSkipped(walk, sel)) continue;
    if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(sel.name.value) : sel;
      if (!fragment) continue;
      const condition: GraphQLNamedType | undefined = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      // A fragment on another type never applies to this one.
      const applies = condition === type || (condition && isAbstractType(condition) && walk.schema.isSubType(condition, type));
      if (applies) total = add(total, selectionsCost(walk, fragment.selectionSet.selections, type, scope));
      continue;
    }
    // Meta fields: __typename is answered by the server without a resolver; introspection is charged by the schema's size below.
    if (sel.name.value === '__typename') continue;
    const isRoot = walk.schema.getQueryType() === type;
    const field =
      sel.name.value === '__schema' ? (isRoot ? SchemaMetaFieldDef : undefined) : sel.name.value === '__type' ? (isRoot ? TypeMetaFieldDef : undefined) : type.getFields()[sel.name.value];
    if (!field) continue;
    if (!sel.selectionSet) {
      total = add(total, { items: 1, planning: 0 });
      continue;
    }
    const args = argumentsOf(walk, field, sel);
    const planning = chargeArguments(field, args);
    const { size, scope: inner } = sizeOf(walk, type, field, args, scope);
    // A field whose resolver refuses its arguments runs nothing beneath it.
    const below = size ? selectionsCost(walk, sel.selectionSet.selections, getNamedType(field.type), inner) : ZERO;
    total = add(total, { items: 1 + (size ?? 0) * below.items, planning: planning + below.planning });
  }
  if (!byType) walk.memo.set(selections, (byType = new Map()));
  byType.set(memoKey, total);
  return total;
}

function findOperation(document: DocumentNode, operationName?: string | null): { operation?: OperationDefinitionNode; fragments: Map<string, FragmentDefinitionNode> } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) operation ??= d;
  }
  return { operation, fragments };
}

/**
 * The cost of an operation, by the graph's statistics when given (else by page sizes).
 * Throws LimitExceededError when a filter or an ordering is over its cap.
 */
export function computeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Record<string, unknown> = {},
  operationName?: string | null,
  stats: DegreeStatsRecord | null = null,
): CostEstimate {
  const { operation, fragments } = findOperation(document, operationName);
  if (!operation) return { charged: 0, ceiling: 0, basis: stats ? 'statistics' : 'pageSizes' };
  // Variables coerced as execution will coerce them, so a variable counts exactly as the same literal would.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  const variables = coerced.coerced ?? rawVariables;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const walkWith = (s: DegreeStatsRecord | null) => {
    const walk: Walk = { schema, variables, fragments, stats: s, introspection: measureIntrospection(schema), memo: new Map() };
    const cost = selectionsCost(walk, operation.selectionSet.selections, root ?? undefined, undefined);
    return cost.items + cost.planning;
  };
  const ceiling = walkWith(null);
  return { charged: stats ? walkWith(stats) : ceiling, ceiling, basis: stats ? 'statistics' : 'pageSizes' };
}
