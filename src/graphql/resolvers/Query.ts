import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { BadUserInputError } from '../../errors.js';
import { ENTITY_LABELS, labelOfId, ROOT_FIELDS, type EntityLabel } from '../../graph/model.js';
import { MAX_PAGE_SIZE, toPageWindow } from '../../graph/pagination.js';
import { searchEntities } from '../../graph/search.js';
import { readGraphStats } from '../../graph/stats.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { ListArgs } from '../../graph/plan.js';
import type { GraphQLContext } from '../context.js';
import { planEntity, planList, planSearchNode } from '../selectionPlan.js';
import { labelsOfEntityTypes } from '../entityTypeLabels.js';

/** Looks an id up, insisting on its label: null when absent, BAD_USER_INPUT when malformed. */
function byId(label: EntityLabel | undefined) {
  return async (_: unknown, { id }: { id: string }, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => {
    const idLabel = labelOfId(id);
    if (!idLabel || (label && idLabel !== label)) throw new BadUserInputError(`\`${id}\` is not a valid ${label ?? 'entity'} id.`, { argument: 'id' });
    // The entity and every relationship connection selected under it, in one statement.
    return loaders.entityTree(idLabel, id, planEntity(info, idLabel));
  };
}

/** A root list, read with what the query selects beneath it. */
function listOf(label: EntityLabel) {
  return (_: unknown, args: ListArgs, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => loaders.list(label, args, planList(info, label));
}

/** Each label's root fields (`zone`, `zones`, ...), as the model names them. */
const rootFieldResolvers = Object.fromEntries(
  ENTITY_LABELS.flatMap((label) => {
    const { byId: one, list } = ROOT_FIELDS[label];
    return [...(one ? [[one, byId(label)]] : []), ...(list ? [[list, listOf(label)]] : [])];
  }),
);

export const Query: QueryResolvers = {
  node: byId(undefined),
  ...rootFieldResolvers,

  search: (_, { text, types, first }, { executor }, info) => {
    const { first: limit } = toPageWindow({ first }, 10);
    const labels = labelsOfEntityTypes(types);
    return searchEntities(executor, text, labels, Math.min(limit, MAX_PAGE_SIZE), undefined, planSearchNode(info));
  },
  graphStats: (_, __, { executor }) => readGraphStats(executor),
};
