// What the HTTP front and the plugins share about one request, found through its context:
// the front attaches it when it creates the context; the plugins fill in what only GraphQL
// knows (the operation, its cost, the error codes) and apply the client's rate budget; the
// front writes the request's log line from it once the response is sent.
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../errors.js';
import type { GraphQLContext } from '../context.js';

/** How the client's cost budget is charged (the HTTP front's rate limiter; see src/http). */
export interface CostBudget {
  /** Charges `cost` points, or says how long to wait (charging nothing). */
  charge(cost: number): { limit: 'costPerMinute' | 'concurrentRequests'; max: number; requested?: number; retryAfter: number } | null;
}

export interface RequestTrace {
  /** The client's address (see src/http/clientAddress.ts). */
  client: string;
  operationName?: string | null;
  operationType?: string;
  /** Apollo's SHA-256 of the document: groups requests by query without logging its text. */
  queryHash?: string;
  /** What the operation was charged (copied from the context the plugins saw). */
  cost?: { charged: number; max: number };
  /** `extensions.code` of every error in the response. */
  errorCodes: string[];
  budget?: CostBudget;
}

// A symbol-keyed property, not a WeakMap on the context: Apollo runs each operation on a
// shallow copy of the context object, which copies own properties (symbols too).
const TRACE = Symbol('requestTrace');
type TracedContext = GraphQLContext & { [TRACE]?: RequestTrace };

export function attachRequestTrace(context: GraphQLContext, trace: RequestTrace): void {
  (context as TracedContext)[TRACE] = trace;
}

export function findRequestTrace(context: GraphQLContext): RequestTrace | undefined {
  return (context as TracedContext)[TRACE];
}

/** `extensions.code` of each error sent (INTERNAL_SERVER_ERROR for one without a code). */
export function readErrorCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  return (errors ?? []).map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
}
