// The cost model: what an operation will make Neo4j do, counted from its document before
// any query runs. Each field costs 1; a list multiplies what is selected under it by how
// many items it can return: the page size the resolver will use (the data layer's own rule,
// so `first: null` is charged as the default page it returns), capped by what the graph can
// hold there (degree statistics, when they could be read). Filters and sort keys are
// charged once per statement, for the planning they cost, and refused beyond their caps.
// This file walks the document; listSizes.ts sizes each list, chargeArguments.ts charges
// filters and sort keys, introspectionSizes.ts sizes introspection.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import type { DegreeStatsRecord } from '../../../graph/degreeStats.js';
import { chargeArguments } from './chargeArguments.js';
import { measureIntrospection, type IntrospectionSizes } from './introspectionSizes.js';
import { sizeOf, type Scope } from './listSizes.js';

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
      sel.name.value === '__schema'
        ? isRoot
          ? SchemaMetaFieldDef
          : undefined
        : sel.name.value === '__type'
          ? isRoot
            ? TypeMetaFieldDef
            : undefined
          : type.getFields()[sel.name.value];
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
