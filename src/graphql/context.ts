// What every resolver receives: the request's loaders and its Neo4j statistics.
import type { Executor, QueryStats } from '../graph/executor.js';
import { GraphLoaders } from '../graph/loaders.js';

export interface GraphQLContext {
  executor: Executor;
  loaders: GraphLoaders;
  stats: QueryStats;
}

export function createContext(baseExecutor: Executor): GraphQLContext {
  const stats: QueryStats = { queries: 0, timeMs: 0 };
  const executor = baseExecutor.forRequest(stats);
  return { executor, loaders: new GraphLoaders(executor), stats };
}
