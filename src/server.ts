// Builds the Apollo server. It never listens: src/http.ts serves it, and tests build it too.
import { ApolloServer } from '@apollo/server';
import type { Executor } from './graph/executor.js';
import { createContext, type GraphQLContext } from './graphql/context.js';
import { createFormatError } from './graphql/formatError.js';
import { createQueryStatsPlugin } from './graphql/plugins/queryStatsPlugin.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/typeDefs.js';

export interface ServerOptions {
  production: boolean;
  introspection: boolean;
  /** Reads the data-version stamp for `extensions.dataVersion`. */
  readDataVersion?: () => Promise<string | null>;
}

export function createApolloServer(options: ServerOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createFormatError(options.production),
    plugins: [createQueryStatsPlugin(options.readDataVersion)],
  });
}

export { createContext };
export type { Executor };
