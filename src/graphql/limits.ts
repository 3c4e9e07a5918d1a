// Request limits. The standard ones (depth, aliases, directives, tokens) come from
// graphql-armor; query cost is ours because it must be weighted by the data: a list counts
// by the page size it asks for, a traversal by its hop and size caps. Every rejection
// happens before any Neo4j query and leaves with LIMIT_EXCEEDED, the limit and its maximum.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationContext,
} from 'graphql';
import { BadUserInputError, LimitExceededError } from '../errors.js';
import type { GraphQLContext } from './context.js';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 10, maxAliases: 30, maxDirectives: 20, maxTokens: 2_000, maxCost: 200_000 };

/**
 * graphql-armor's validation rules call `onReject(context, error)`; we report our own
 * LimitExceededError instead of armor's generic one, so the response carries our code,
 * the limit's name and its maximum (armor's message says what was found).
 */
const reportLimit =
  (limit: string, max: number) =>
  (ctx: ValidationContext | null, error: GraphQLError) => {
    ctx?.reportError(new LimitExceededError(error.message.replace(/^Syntax Error: /, ''), { limit, max }));
  };

/** Counts a document's tokens with graphql's own lexer, stopping one past `max`. */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (n <= max && lexer.advance().kind !== TokenKind.EOF) n++;
  } catch {
    // A syntax error: let the parser report it.
  }
  return n;
}

export function createArmorProtection(limits: Limits) {
  const rule = (limit: string, max: number) => ({ n: max, onReject: [reportLimit(limit, max)], propagateOnRejection: false });
  return new ApolloArmor({
    maxDepth: { ...rule('depth', limits.maxDepth), flattenFragments: true },
    maxAliases: rule('aliases', limits.maxAliases),
    maxDirectives: rule('directives', limits.maxDirectives),
    // Counted at the HTTP front instead (src/http.ts), where the refusal can carry our code.
    maxTokens: { enabled: false },
    // Replaced by the data-weighted cost below.
    costLimit: { enabled: false },
    // Suggestions are governed by Apollo's hideSchemaDetailsFromClientErrors (see server.ts).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Multipliers: how many items a field may return per parent, from its arguments. */
function multiplierOf(fieldName: string, args: Record<string, unknown>): number {
  const n = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  switch (fieldName) {
    case 'industryChain':
      return 10 * n(args.maxHops, 3);
    case 'paths':
      return n(args.limit, 5) * n(args.maxHops, 4);
    case 'neighborhood':
      return n(args.limit, 50) * n(args.hops, 1);
    default:
      return 'first' in args ? n(args.first, 1) : 1;
  }
}

type Selections = readonly SelectionNode[];

interface CostWalk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Each named fragment is costed once per parent type, then reused: a fragment that
   * spreads another twice, 24 levels deep, costs 24 walks, not 2^24. */
  memo: Map<string, number>;
}

function selectionsCost(walk: CostWalk, selections: Selections, parentType: GraphQLNamedType | undefined): number {
  const { schema, variables } = walk;
  let total = 0;
  for (const sel of selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(sel.name.value) : sel;
      if (!fragment) continue;
      const typeName = fragment.typeCondition?.name.value;
      const type = typeName ? schema.getType(typeName) ?? parentType : parentType;
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${sel.name.value}|${type?.name ?? ''}`;
        let cost = walk.memo.get(key);
        if (cost === undefined) walk.memo.set(key, (cost = selectionsCost(walk, fragment.selectionSet.selections, type)));
        total += cost;
      } else total += selectionsCost(walk, fragment.selectionSet.selections, type);
      continue;
    }
    const fieldDef = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[sel.name.value] : undefined;
    if (!sel.selectionSet || !fieldDef) {
      total += 1;
      continue;
    }
    const args: Record<string, unknown> = {};
    for (const argDef of fieldDef.args) {
      const argNode = sel.arguments?.find((a) => a.name.value === argDef.name);
      args[argDef.name] = argNode ? valueFromAST(argNode.value, argDef.type, variables) : argDef.defaultValue;
    }
    const inner = selectionsCost(walk, sel.selectionSet.selections, getNamedType(fieldDef.type));
    total += 1 + multiplierOf(sel.name.value, args) * inner;
  }
  return total;
}

/**
 * The cost of an operation: each field costs 1, and a field that returns many items
 * multiplies the cost of what is selected under it by how many it may return.
 */
export function computeCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) operation ??= d;
  }
  if (!operation) return 0;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return selectionsCost({ schema, variables, fragments, memo: new Map() }, operation.selectionSet.selections, root ?? undefined);
}

/** Charges each operation its cost before it runs; refuses it above `maxCost`. */
export function createCostPlugin(maxCost: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, request, contextValue, operationName, operation }) {
          // Errors thrown here would be answered with HTTP 500; a refusal is the client's error.
          const asClientError = <E extends GraphQLError>(e: E): E => {
            e.extensions.http = { status: 400 };
            return e;
          };
          if (operation?.operation === 'subscription') throw asClientError(new BadUserInputError('This API has no subscriptions.'));
          const cost = computeCost(schema, document, request.variables ?? {}, operationName);
          contextValue.cost = { charged: cost, max: maxCost };
          if (cost > maxCost)
            throw asClientError(
              new LimitExceededError(`The query would cost ${cost}, above the maximum of ${maxCost}: ask for smaller pages or fewer levels.`, {
                limit: 'cost',
                max: maxCost,
                requested: cost,
              }),
            );
        },
      };
    },
  };
}
