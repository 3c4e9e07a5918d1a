// Writes a query's response straight from the records its root resolvers return, without
// graphql-js walking them field by field. The root resolvers run as always (arguments, plans,
// one statement each); beneath them, the data layer has already read everything: properties
// are plain values, relationship fields were read in the same statement (treeQuery.ts's
// `prefetched`), grouped-count keys carry their entities. On the dashboard, graphql-js's
// completion of those records was a third of the server's CPU (docs/profiles/, fourth pass).
//
// A document is written only if every field in it is one of these: a property read by the
// default resolver, `__typename`, a planned relationship field or a root list and its
// connection, edges and PageInfo, a planned link's sources, a grouped-count key's entity.
// Anything else (directives other than @skip/@include, introspection, fields whose resolvers
// load more) leaves the document to graphql-js, decided once per document and values of the
// variables @skip/@include read. At run time, anything unexpected (an error, a null in a non-null field, a
// relationship field its statement did not read) abandons the writer and graphql-js answers
// the request from the start, with its errors at their paths: the writer never answers
// differently, it only answers or declines.
import {
  BREAK,
  getArgumentValues,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { ENTITY_LABELS, RELATION_FIELDS, ROOT_FIELDS, type RelationField } from '../graph/model.js';
import type { ConnectionRecord, EntityRecord, LinkRecord } from '../graph/records.js';
import { prefetched, prefetchedSources } from '../graph/treeQuery.js';
import { CONNECTION_TYPES, EDGE_TYPES } from './connectionTypes.js';
import { collectFields, connectionSelection, isPlannedRelation, selectionSets, type SelectionContext } from './selectionPlan.js';

/** Thrown (never an Error: no stack to capture) to decline a request to graphql-js. */
const DECLINE = Symbol('decline');
const decline = (): never => {
  throw DECLINE;
};

/** Completes a value of one output type, as graphql-js would when nothing goes wrong. */
type Complete = (value: unknown) => unknown;

/** Root fields read as a tree (`zone`, `node`, the root lists): relationship fields beneath their entities are planned from depth 1. */
const TREE_ROOTS: ReadonlySet<string> = new Set(['node', ...ENTITY_LABELS.flatMap((l) => [ROOT_FIELDS[l].byId, ROOT_FIELDS[l].list].filter((f) => f !== undefined))]);
/** Types whose resolvers read only their parent and answer synchronously from a prefetched parent (connections.ts). */
const PARENT_ONLY_TYPES: ReadonlySet<string> = new Set([...CONNECTION_TYPES, 'PageInfo']);
/** Relationship fields beneath a root that is not a tree were not read with it. */
const UNPLANNED = Number.POSITIVE_INFINITY;

/** A prefetched connection whose resolvers must not fetch: what was not read declines. */
const prefetchedConnection = (ready: NonNullable<ConnectionRecord['ready']>): ConnectionRecord => ({ ready, page: decline, count: decline });

interface RootField {
  key: string;
  nodes: FieldNode[];
  def: GraphQLField<unknown, unknown> | null;
  complete: Complete;
  /** A root list's lazy connection (loaders.list): the parts selected, read before writing. */
  reads?: { page: boolean; count: boolean };
}

/** Reads what a root list's connection is asked for (in tree mode one statement for both, as graphql-js's order reads it). */
async function settle(connection: ConnectionRecord | null, reads: { page: boolean; count: boolean }): Promise<ConnectionRecord | null> {
  if (!connection) return connection;
  const [page, count] = await Promise.all([reads.page ? connection.page() : undefined, reads.count ? connection.count() : undefined]);
  return prefetchedConnection({ page, count });
}

/** A document's operation compiled to a writer; null when some field of it is not one the writer knows. */
export type RecordWriter = (context: unknown, variableValues: Record<string, unknown>) => Promise<{ data: Record<string, unknown> } | null>;

/**
 * The variables that @skip and @include read in the document, sorted: a writer is compiled for
 * their values (what is selected depends on them, as collectFields reads them). null: some
 * other directive, or an `if` that is neither a literal nor a variable; graphql-js decides.
 */
export function directiveVariables(document: DocumentNode): string[] | null {
  const names = new Set<string>();
  let known = true;
  visit(document, {
    Directive(node) {
      const condition = node.arguments?.find((a) => a.name.value === 'if')?.value;
      if ((node.name.value !== 'skip' && node.name.value !== 'include') || !condition) known = false;
      else if (condition.kind === Kind.VARIABLE) names.add(condition.name.value);
      else if (condition.kind !== Kind.BOOLEAN) known = false;
      return known ? undefined : BREAK;
    },
  });
  return known ? [...names].sort() : null;
}

/**
 * `variableValues`: the request's coerced values, of which only those directiveVariables names
 * are read here (the writer is then kept for those values only).
 */
export function compileRecordWriter(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
): RecordWriter | null {
  if (operation.operation !== 'query') return null;
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const query = schema.getQueryType()!;
  const compiler = new Compiler(schema, fragments, variableValues);
  const roots: RootField[] = [];
  for (const [key, nodes] of compiler.collect(query, [operation.selectionSet])) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      roots.push({ key, nodes, def: null, complete: () => query.name });
      continue;
    }
    const def = query.getFields()[name];
    if (!def?.resolve || name.startsWith('__')) return null;
    const complete = compiler.complete(def.type, nodes, TREE_ROOTS.has(name) ? 1 : UNPLANNED);
    if (!complete) return null;
    const named = getNamedType(def.type);
    if (!CONNECTION_TYPES.includes(named.name)) roots.push({ key, nodes, def, complete });
    else if (TREE_ROOTS.has(name) && isObjectType(named)) roots.push({ key, nodes, def, complete, reads: compiler.connectionReads(named, nodes) });
    else return null;
  }
  return async (context, variableValues) => {
    const infoOf = (root: RootField): GraphQLResolveInfo => ({
      fieldName: root.def!.name,
      fieldNodes: root.nodes,
      returnType: root.def!.type,
      parentType: query,
      path: { prev: undefined, key: root.key, typename: query.name },
      schema,
      fragments,
      rootValue: undefined,
      operation,
      variableValues,
    });
    try {
      // Root fields of a query resolve side by side, as graphql-js runs them.
      const values = await Promise.all(
        roots.map(async (root) => {
          if (!root.def) return null;
          const value = await root.def.resolve!(undefined, getArgumentValues(root.def, root.nodes[0]!, variableValues), context, infoOf(root));
          return root.reads ? settle(value as ConnectionRecord | null, root.reads) : value;
        }),
      );
      const data: Record<string, unknown> = {};
      roots.forEach((root, i) => {
        data[root.key] = root.complete(values[i]);
      });
      return { data };
    } catch {
      return null;
    }
  };
}

class Compiler {
  private readonly selection: SelectionContext;

  constructor(
    private readonly schema: GraphQLSchema,
    fragments: Record<string, FragmentDefinitionNode>,
    variableValues: Record<string, unknown>,
  ) {
    this.selection = { schema, fragments, variableValues };
  }

  /** The fields selected on `type`, as graphql-js collects them (@skip/@include read with the compiled-for values). */
  collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    return collectFields(this.selection, type, sets);
  }

  /** Which of a connection's page and count its selection reads, as the planner decides it. */
  connectionReads(connection: GraphQLObjectType, nodes: readonly FieldNode[]): { page: boolean; count: boolean } {
    const { page, count } = connectionSelection(this.selection, connection, nodes);
    return { page, count };
  }

  /** `depth`: the level of relationship fields on an entity of this type, as the planner counts it. */
  complete(type: GraphQLOutputType, nodes: readonly FieldNode[], depth: number): Complete | null {
    if (isNonNullType(type)) {
      const inner = this.complete(type.ofType, nodes, depth);
      return inner && ((v) => (v === null || v === undefined ? decline() : inner(v)));
    }
    const inner = this.completeNullable(type, nodes, depth);
    return inner && ((v) => (v === null || v === undefined ? null : inner(v)));
  }

  private completeNullable(type: GraphQLOutputType, nodes: readonly FieldNode[], depth: number): Complete | null {
    if (isListType(type)) {
      const item = this.complete(type.ofType, nodes, depth);
      return item && ((v) => (Array.isArray(v) ? v.map(item) : decline()));
    }
    if (isLeafType(type))
      return (v) => {
        const out = type.serialize(v);
        return out === null || out === undefined ? decline() : out;
      };
    const sets = selectionSets(nodes);
    if (isObjectType(type)) return this.object(type, sets, depth);
    // An interface or union: the object type its resolveType names (Node: the record's __typename).
    // Every possible type must be writable: a decline after the statement would run it twice.
    const byType = new Map<string, Complete>();
    for (const possible of this.schema.getPossibleTypes(type)) {
      const complete = this.object(possible, sets, depth);
      if (!complete) return null;
      byType.set(possible.name, complete);
    }
    return (v) => {
      const name = type.resolveType ? type.resolveType(v, undefined, undefined as never, type) : (v as { __typename?: unknown }).__typename;
      const complete = typeof name === 'string' ? byType.get(name) : undefined;
      return complete ? complete(v) : decline();
    };
  }

  private object(type: GraphQLObjectType, sets: readonly SelectionSetNode[], depth: number): Complete | null {
    if (type.isTypeOf) return null;
    const keys: string[] = [];
    const reads: Array<(record: Record<string, unknown>) => unknown> = [];
    for (const [key, nodes] of this.collect(type, sets)) {
      const read = this.field(type, nodes, depth);
      if (!read) return null;
      keys.push(key);
      reads.push(read);
    }
    return (v) => {
      const record = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) out[keys[i]!] = reads[i]!(record);
      return out;
    };
  }

  /** How to read and complete one response key of `type`; null when the writer does not know the field. */
  private field(type: GraphQLObjectType, nodes: FieldNode[], depth: number): ((record: Record<string, unknown>) => unknown) | null {
    const name = nodes[0]!.name.value;
    const responseKey = nodes[0]!.alias?.value ?? name;
    if (name === '__typename') return () => type.name;
    const def = type.getFields()[name];
    if (!def) return null;
    const relation = (RELATION_FIELDS as Record<string, Record<string, RelationField> | undefined>)[type.name]?.[name];
    if (relation) {
      if (!isPlannedRelation(relation, def, depth)) return null;
      const complete = this.complete(def.type, nodes, depth + 1);
      if (!complete) return null;
      // What the parent's statement read under this response key (loaders.relationOf / loaders.single).
      if (relation.cardinality === 'many') return (r) => complete(prefetchedConnection(prefetched(r as EntityRecord, responseKey) ?? decline()));
      return (r) => {
        const page = prefetched(r as EntityRecord, responseKey)?.page ?? decline();
        return complete(page.edges[0]?.node ?? null);
      };
    }
    // A connection's nodes and edges are the level its field planned; anything reached other
    // ways (a grouped-count key's entity, a search hit's) was read without relationship fields.
    const complete = this.complete(def.type, nodes, PARENT_ONLY_TYPES.has(type.name) || EDGE_TYPES.includes(type.name) ? depth : UNPLANNED);
    if (!complete) return null;
    if (!def.resolve) {
      // graphql-js's default resolver, minus method calls (no record here has any).
      return (r) => {
        const value = r[name];
        return typeof value === 'function' ? decline() : complete(value);
      };
    }
    if (PARENT_ONLY_TYPES.has(type.name)) {
      const resolve = def.resolve;
      return (r) => {
        const value = resolve(r, {}, undefined, undefined as never);
        return value instanceof Promise ? decline() : complete(value);
      };
    }
    if (type.name === 'Link' && name === 'sources' && depth !== UNPLANNED)
      // Under a planned connection: read with the link when their selection is properties only
      // (selectionPlan's linkSources), as compiling them at UNPLANNED depth requires too.
      return (r) => complete(prefetchedSources(r as LinkRecord) ?? decline());
    if (type.name === 'GroupKey' && name === 'node')
      // GroupKey.node (resolvers/aggregates.ts) without its loader: keys read with their entities.
      return (r) => (r.nodeId ? complete(r.node ?? decline()) : complete(null));
    return null;
  }
}
