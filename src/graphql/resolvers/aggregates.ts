import type { GroupKeyResolvers, IndicatorSeriesResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { countGroups, readDistinctValues, readIndicatorSeries } from '../../graph/aggregates.js';

export const aggregateQueryResolvers: Pick<
  QueryResolvers,
  'reformMeasureCounts' | 'zoneCounts' | 'industrialClusterCounts' | 'policyDocumentCounts' | 'distinctValues' | 'indicatorSeries'
> = {
  reformMeasureCounts: (_, { by, where, first }, { executor }) => countGroups(executor, 'ReformMeasure', by, where, first),
  zoneCounts: (_, { by, where, first }, { executor }) => countGroups(executor, 'Zone', by, where, first),
  industrialClusterCounts: (_, { by, where, first }, { executor }) => countGroups(executor, 'IndustrialCluster', by, where, first),
  policyDocumentCounts: (_, { by, where, first }, { executor }) => countGroups(executor, 'PolicyDocument', by, where, first),
  distinctValues: (_, { field, first }, { executor }) => readDistinctValues(executor, field, first),
  indicatorSeries: (_, { metrics, subject }, { executor }) => readIndicatorSeries(executor, metrics, subject),
};

export const GroupKey: GroupKeyResolvers = {
  node: (key, _args, { loaders }) => (key.nodeId ? loaders.entity.load(key.nodeId) : null),
};

export const IndicatorSeries: IndicatorSeriesResolvers = {
  subject: (series, _args, { loaders }) => (series.subjectId ? loaders.entity.load(series.subjectId) : null),
};
