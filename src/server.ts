// Builds the Apollo server. It never listens: src/http.ts serves it, and tests build it too.
import { ApolloServer } from '@apollo/server';
import type { Executor } from './graph/executor.js';
import { createContext, type GraphQLContext } from './graphql/context.js';
import { createFormatError } from './graphql/formatError.js';
import { queryStatsPlugin } from './graphql/plugins/queryStatsPlugin.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/typeDefs.js';

export interface ServerOptions {
  production: boolean;
  introspection: boolean;
}

export function createApolloServer(options: ServerOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createFormatError(options.production),
    plugins: [queryStatsPlugin],
  });
}

export { createContext };
export type { Executor };
