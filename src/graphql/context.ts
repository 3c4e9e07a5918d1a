// What every resolver receives: the request's loaders and its Neo4j statistics.
import type { Executor, QueryStats } from '../graph/executor.js';
import { GraphLoaders, type QueryStrategy } from '../graph/loaders.js';

export interface GraphQLContext {
  executor: Executor;
  loaders: GraphLoaders;
  stats: QueryStats;
  /** The request's raw `Authorization` header (checked only by operations that need a role). */
  authorization: string | null;
  /** What the operation was charged (set before it runs; see graphql/plugins/cost/computeCost.ts). */
  cost?: { charged: number; max: number; ceiling: number; basis: 'statistics' | 'pageSizes' };
}

export function createContext(baseExecutor: Executor, request: { authorization?: string | null; strategy?: QueryStrategy } = {}): GraphQLContext {
  const stats: QueryStats = { queries: 0, timeMs: 0 };
  const executor = baseExecutor.forRequest(stats);
  return { executor, loaders: new GraphLoaders(executor, request.strategy), stats, authorization: request.authorization ?? null };
}
