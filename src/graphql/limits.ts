// Request limits. The standard ones (depth, aliases, directives, tokens) come from
// graphql-armor; query cost is ours because it must be weighted by the data (counted and
// charged in plugins/cost/). Every rejection happens before any Neo4j query and
// leaves with LIMIT_EXCEEDED, the limit and its maximum.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type GraphQLError, Lexer, Source, TokenKind, type ValidationContext } from 'graphql';
import { LimitExceededError } from '../errors.js';

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
const reportLimit = (limit: string, max: number) => (ctx: ValidationContext | null, error: GraphQLError) => {
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
    // Counted at the HTTP front instead (src/httpServer.ts), where the refusal can carry our code.
    maxTokens: { enabled: false },
    // Replaced by the data-weighted cost below.
    costLimit: { enabled: false },
    // Suggestions are governed by Apollo's hideSchemaDetailsFromClientErrors (see src/apolloServer.ts).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
