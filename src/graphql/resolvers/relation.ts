// Resolvers for relationship fields, built from the relation model (src/graph/model.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { RELATION_FIELDS, type EntityLabel, type RelationField, type RelationKey } from '../../graph/model.js';
import type { EntityRecord } from '../../graph/records.js';
import type { GraphQLContext } from '../context.js';

import type { ListArgs } from '../../graph/plan.js';

/** A relationship field returned as a connection. */
const connectionOf =
  (key: RelationKey) =>
  (parent: EntityRecord, args: ListArgs, { loaders }: GraphQLContext, info: GraphQLResolveInfo) =>
    loaders.relationOf(key, parent, String(info.path.key), args);

/** A one-valued relationship field (nullable). */
const singleOf =
  (key: RelationKey) =>
  (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext, info: GraphQLResolveInfo) =>
    loaders.single(key, parent, String(info.path.key));

/** A one-valued relationship field the model guarantees (non-null). */
const requiredOf =
  (key: RelationKey) =>
  (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => {
    const present = (node: EntityRecord | null) => {
      if (!node) throw new Error(`${key} of ${parent.id} is missing`);
      return node;
    };
    const node = loaders.single(key, parent, String(info.path.key));
    // Synchronous when the parent's statement read it (see ConnectionRecord.ready).
    return node instanceof Promise ? node.then(present) : present(node);
  };

/**
 * The resolvers of a label's relationship fields, by the model's cardinality: a connection,
 * a one-valued field, or one the model guarantees.
 */
export function relationResolversOf(label: EntityLabel) {
  return Object.fromEntries(
    Object.entries(RELATION_FIELDS[label] as Record<string, RelationField>).map(([name, f]) => {
      const key = `${label}.${name}` as RelationKey;
      return [name, f.cardinality === 'many' ? connectionOf(key) : f.required ? requiredOf(key) : singleOf(key)];
    }),
  );
}
