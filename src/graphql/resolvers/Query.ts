import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { BadUserInputError } from '../../errors.js';
import { labelOfId, type EntityLabel } from '../../graph/model.js';
import { MAX_PAGE_SIZE, toPageWindow } from '../../graph/pagination.js';
import { searchEntities } from '../../graph/search.js';
import { readGraphStats } from '../../graph/stats.js';
import type { GraphQLContext } from '../context.js';

const LABEL_BY_ENTITY_TYPE: Record<string, EntityLabel> = {
  ZONE: 'Zone',
  ZONE_AREA: 'ZoneArea',
  POLICY_DOCUMENT: 'PolicyDocument',
  AUTHORITY: 'Authority',
  PERSON: 'Person',
  REFORM_MEASURE: 'ReformMeasure',
  REFORM_FIELD: 'ReformField',
  INDUSTRY: 'Industry',
  INDUSTRIAL_CLUSTER: 'IndustrialCluster',
};

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

  zones: (_, { where, ...page }, { loaders }) => loaders.list('Zone', where, page),
  policyDocuments: (_, { where, ...page }, { loaders }) => loaders.list('PolicyDocument', where, page),
  reformMeasures: (_, { where, ...page }, { loaders }) => loaders.list('ReformMeasure', where, page),
  reformFields: (_, page, { loaders }) => loaders.list('ReformField', null, page),
  industries: (_, { where, ...page }, { loaders }) => loaders.list('Industry', where, page),
  industrialClusters: (_, { where, ...page }, { loaders }) => loaders.list('IndustrialCluster', where, page),
  authorities: (_, { where, ...page }, { loaders }) => loaders.list('Authority', where, page),
  people: (_, page, { loaders }) => loaders.list('Person', null, page),
  observations: (_, { where, ...page }, { loaders }) => loaders.list('Observation', where, page),

  search: (_, { text, types, first }, { executor }) => {
    const { first: limit } = toPageWindow({ first }, 10);
    const labels = types?.length ? types.map((t) => LABEL_BY_ENTITY_TYPE[t]!) : null;
    return searchEntities(executor, text, labels, Math.min(limit, MAX_PAGE_SIZE));
  },
  graphStats: (_, __, { executor }) => readGraphStats(executor),
};
