// Resolver factories for relationship fields: each is one line in the type's resolver file.
import type { GraphQLResolveInfo } from 'graphql';
import type { RelationKey } from '../../graph/model.js';
import type { EntityRecord } from '../../graph/records.js';
import type { GraphQLContext } from '../context.js';

import type { ListArgs } from '../../graph/plan.js';

/** A relationship field returned as a connection. */
export const connectionOf =
  (key: RelationKey) =>
  (parent: EntityRecord, args: ListArgs, { loaders }: GraphQLContext, info: GraphQLResolveInfo) =>
    loaders.relationOf(key, parent, String(info.path.key), args);

/** A one-valued relationship field (nullable). */
export const singleOf =
  (key: RelationKey) =>
  (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext, info: GraphQLResolveInfo) =>
    loaders.single(key, parent, String(info.path.key));

/** A one-valued relationship field the model guarantees (non-null). */
export const requiredOf =
  (key: RelationKey) =>
  async (parent: EntityRecord, _args: unknown, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => {
    const node = await loaders.single(key, parent, String(info.path.key));
    if (!node) throw new Error(`${key} of ${parent.id} is missing`);
    return node;
  };
