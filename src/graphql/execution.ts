// How an operation is executed. Documents whose root fields are all industry chains (plain
// records that the default resolvers read, thousands of fields) run compiled by graphql-jit:
// on the chain, graphql-js's per-field work was a third of the server's CPU, compiled 7.24 →
// 4.84 ms a request (docs/profiles/, fourth pass). Documents the record writer knows every
// field of are written from the statements' records (recordWriter.ts, fifth pass). Every
// other document, and every request either declines, runs through graphql-js.
// Apollo Server 5 has no executor option; its one seam is the gateway interface, which then
// owns the schema (built here exactly as Apollo builds it from typeDefs and resolvers).
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, getOperationAST, getVariableValues, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { compileRecordWriter, directiveVariables, type RecordWriter } from './recordWriter.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './typeDefs.js';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Record writers kept per document operation (one per values of its @skip/@include variables). */
const MAX_WRITERS_PER_OPERATION = 64;

/** Root fields that run compiled (an IndustryChain is a plain record); `__typename` rides along. */
const COMPILED_ROOT_FIELDS: ReadonlySet<string> = new Set(['industryChain', '__typename']);

/** Whether every root field of the document's query operation is one that runs compiled. */
export function runsCompiled(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return false;
  // Only plain root fields: a fragment or @skip/@include at the root is left to graphql-js.
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !s.directives?.length && COMPILED_ROOT_FIELDS.has(s.name.value));
}

/** The executable schema, built exactly as Apollo builds it from typeDefs and resolvers. */
export const buildExecutableSchema = (): GraphQLSchema => makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });

/**
 * What is kept per document and operation. Apollo's document store hands every request of a
 * document the same DocumentNode, so entries live as long as it keeps the document.
 */
function perOperation<T>(): (document: DocumentNode) => Map<string, T> {
  const entries = new WeakMap<DocumentNode, Map<string, T>>();
  return (document) => {
    let byOperation = entries.get(document);
    if (!byOperation) entries.set(document, (byOperation = new Map()));
    return byOperation;
  };
}

export function createExecutionGateway(): GatewayInterface {
  const schema = buildExecutableSchema();
  // A document is compiled by graphql-jit on its second request, not its first: a stream of
  // distinct one-off documents would otherwise buy a compilation each, which the cost
  // estimate does not charge. null: graphql-js.
  const compiled = perOperation<CompiledQuery | 'seen' | null>();
  const compiledFor = (document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null => {
    const byOperation = compiled(document);
    const key = operationName ?? '';
    const known = byOperation.get(key);
    if (known === undefined) {
      byOperation.set(key, runsCompiled(document, operationName) ? 'seen' : null);
      return null;
    }
    if (known === 'seen') {
      const made = compileQuery(schema, document, operationName ?? undefined);
      byOperation.set(key, isCompiledQuery(made) ? made : null);
      return byOperation.get(key) as CompiledQuery | null;
    }
    return known;
  };
  // The record writer's compiled documents, per values of the variables @skip/@include read
  // (the explorer's documents switch their lists with them); null: not one it writes.
  const writers = perOperation<{ variables: string[] | null; byValues: Map<string, RecordWriter | null> }>();
  const writersOf = (document: DocumentNode, operation: OperationDefinitionNode) => {
    const byOperation = writers(document);
    const name = operation.name?.value ?? '';
    let entry = byOperation.get(name);
    if (!entry) byOperation.set(name, (entry = { variables: operation.operation === 'query' ? directiveVariables(document) : null, byValues: new Map() }));
    return entry;
  };
  const writerFor = (entry: ReturnType<typeof writersOf>, document: DocumentNode, operation: OperationDefinitionNode, coerced: Record<string, unknown>): RecordWriter | null => {
    if (!entry.variables) return null;
    const key = JSON.stringify(entry.variables.map((v) => coerced[v] ?? null));
    let writer = entry.byValues.get(key);
    if (writer === undefined) {
      // Boolean switches only, so few; the bound keeps an adversary's variants from piling up.
      if (entry.byValues.size >= MAX_WRITERS_PER_OPERATION) entry.byValues.clear();
      entry.byValues.set(key, (writer = compileRecordWriter(schema, document, operation, coerced)));
    }
    return writer;
  };
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const query = compiledFor(document, operationName);
    const entry = query ? null : writersOf(document, operation);
    // Variables that do not coerce go to graphql-js, whose errors Apollo turns into
    // BAD_USER_INPUT; graphql-jit's own are not GraphQLErrors (an injection test found it).
    // Coerced here only for the two paths that need them: graphql-js coerces its own.
    const coerced = query || entry?.variables ? getVariableValues(schema, operation.variableDefinitions ?? [], variables) : null;
    if (coerced && !coerced.errors) {
      if (query) return query.query(undefined, context, variables) as Awaited<ReturnType<GatewayExecutor>>;
      const writer = writerFor(entry!, document, operation, coerced.coerced);
      const written = writer && (await writer(context, coerced.coerced));
      if (written) return written;
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Awaited<ReturnType<GatewayExecutor>>;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
