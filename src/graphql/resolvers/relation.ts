// Resolver factories for relationship fields: each is one line in the type's resolver file.
import type { RelationKey } from '../../graph/model.js';
import type { EntityRecord } from '../../graph/records.js';
import type { GraphQLContext } from '../context.js';

import type { ListArgs } from '../../graph/loaders.js';

/** A relationship field returned as a connection. */
export const connectionOf =
  (key: RelationKey) =>
  (parent: EntityRecord, args: ListArgs, { loaders }: GraphQLContext) =>
    loaders.relation(key, parent.id, args);

/** A one-valued relationship field (nullable). */
export const singleOf =
  (key: RelationKey) =>
  (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext) =>
    loaders.single(key, parent.id);

/** A one-valued relationship field the model guarantees (non-null). */
export const requiredOf =
  (key: RelationKey) =>
  async (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext) => {
    const node = await loaders.single(key, parent.id);
    if (!node) throw new Error(`${key} of ${parent.id} is missing`);
    return node;
  };
