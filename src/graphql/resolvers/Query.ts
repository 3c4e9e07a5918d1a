import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { BadUserInputError } from '../../errors.js';
import { labelOfId, type EntityLabel } from '../../graph/model.js';
import { MAX_PAGE_SIZE, toPageWindow } from '../../graph/pagination.js';
import { searchEntities } from '../../graph/search.js';
import { readGraphStats } from '../../graph/stats.js';
import type { GraphQLContext } from '../context.js';
import { labelsOfEntityTypes } from '../entityTypeLabels.js';

/** Looks an id up, insisting on its label: null when absent, BAD_USER_INPUT when malformed. */
function byId(label: EntityLabel | undefined) {
  return async (_: unknown, { id }: { id: string }, { loaders }: GraphQLContext) => {
    const idLabel = labelOfId(id);
    if (!idLabel || (label && idLabel !== label))
      throw new BadUserInputError(`\`${id}\` is not a valid ${label ?? 'entity'} id.`, { argument: 'id' });
    return loaders.entity.load(id);
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

  zones: (_, args, { loaders }) => loaders.list('Zone', args),
  policyDocuments: (_, args, { loaders }) => loaders.list('PolicyDocument', args),
  reformMeasures: (_, args, { loaders }) => loaders.list('ReformMeasure', args),
  reformFields: (_, args, { loaders }) => loaders.list('ReformField', args),
  industries: (_, args, { loaders }) => loaders.list('Industry', args),
  industrialClusters: (_, args, { loaders }) => loaders.list('IndustrialCluster', args),
  authorities: (_, args, { loaders }) => loaders.list('Authority', args),
  people: (_, args, { loaders }) => loaders.list('Person', args),
  observations: (_, args, { loaders }) => loaders.list('Observation', args),

  search: (_, { text, types, first }, { executor }) => {
    const { first: limit } = toPageWindow({ first }, 10);
    const labels = labelsOfEntityTypes(types);
    return searchEntities(executor, text, labels, Math.min(limit, MAX_PAGE_SIZE));
  },
  graphStats: (_, __, { executor }) => readGraphStats(executor),
};
