import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { BadUserInputError } from '../../errors.js';
import { labelOfId, type EntityLabel } from '../../graph/model.js';
import { MAX_PAGE_SIZE, toPageWindow } from '../../graph/pagination.js';
import { searchEntities } from '../../graph/search.js';
import { readGraphStats } from '../../graph/stats.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { planEntity, planList } from '../selectionPlan.js';
import { labelsOfEntityTypes } from '../entityTypeLabels.js';

/** Looks an id up, insisting on its label: null when absent, BAD_USER_INPUT when malformed. */
function byId(label: EntityLabel | undefined) {
  return async (_: unknown, { id }: { id: string }, { loaders }: GraphQLContext, info: GraphQLResolveInfo) => {
    const idLabel = labelOfId(id);
    if (!idLabel || (label && idLabel !== label))
      throw new BadUserInputError(`\`${id}\` is not a valid ${label ?? 'entity'} id.`, { argument: 'id' });
    // The entity and every relationship connection selected under it, in one statement.
    return loaders.entityTree(idLabel, id, planEntity(info, idLabel));
  };
}

export const Query: QueryResolvers = {
  node: byId(undefined),
  zone: byId('Zone'),
  policyDocument: byId('PolicyDocument'),
  reformMeasure: byId('ReformMeasure'),
  industry: byId('Industry'),
  industrialCluster: byId('IndustrialCluster'),
  authority: byId('Authority'),

  zones: (_, args, { loaders }, info) => loaders.list('Zone', args, planList(info, 'Zone')),
  policyDocuments: (_, args, { loaders }, info) => loaders.list('PolicyDocument', args, planList(info, 'PolicyDocument')),
  reformMeasures: (_, args, { loaders }, info) => loaders.list('ReformMeasure', args, planList(info, 'ReformMeasure')),
  reformFields: (_, args, { loaders }, info) => loaders.list('ReformField', args, planList(info, 'ReformField')),
  industries: (_, args, { loaders }, info) => loaders.list('Industry', args, planList(info, 'Industry')),
  industrialClusters: (_, args, { loaders }, info) => loaders.list('IndustrialCluster', args, planList(info, 'IndustrialCluster')),
  authorities: (_, args, { loaders }, info) => loaders.list('Authority', args, planList(info, 'Authority')),
  people: (_, args, { loaders }, info) => loaders.list('Person', args, planList(info, 'Person')),
  observations: (_, args, { loaders }, info) => loaders.list('Observation', args, planList(info, 'Observation')),

  search: (_, { text, types, first }, { executor }) => {
    const { first: limit } = toPageWindow({ first }, 10);
    const labels = labelsOfEntityTypes(types);
    return searchEntities(executor, text, labels, Math.min(limit, MAX_PAGE_SIZE));
  },
  graphStats: (_, __, { executor }) => readGraphStats(executor),
};
