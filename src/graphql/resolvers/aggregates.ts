import type { GroupKeyResolvers, IndicatorSeriesResolvers, NewsTimelinePointResolvers, QueryResolvers } from '../__generated__/resolvers-types.js';
import { countGroups, readDistinctValues, readIndicatorSeries } from '../../graph/aggregates.js';
import { readNewsTimeline } from '../../graph/newsTimeline.js';
import { planGroupKeys, selectsOnlyIdentity } from '../selectionPlan.js';

export const aggregateQueryResolvers: Pick<
  QueryResolvers,
  'reformMeasureCounts' | 'zoneCounts' | 'industrialClusterCounts' | 'policyDocumentCounts' | 'distinctValues' | 'indicatorSeries' | 'newsTimeline'
> = {
  reformMeasureCounts: (_, { by, where, first }, { executor }, info) => countGroups(executor, 'ReformMeasure', by, where, first, planGroupKeys(info, 'ReformMeasure', by)),
  zoneCounts: (_, { by, where, first }, { executor }, info) => countGroups(executor, 'Zone', by, where, first, planGroupKeys(info, 'Zone', by)),
  industrialClusterCounts: (_, { by, where, first }, { executor }, info) =>
    countGroups(executor, 'IndustrialCluster', by, where, first, planGroupKeys(info, 'IndustrialCluster', by)),
  policyDocumentCounts: (_, { by, where, first }, { executor }, info) => countGroups(executor, 'PolicyDocument', by, where, first, planGroupKeys(info, 'PolicyDocument', by)),
  distinctValues: (_, { field, first }, { executor }) => readDistinctValues(executor, field, first),
  indicatorSeries: (_, { metrics, subject }, { executor }) => readIndicatorSeries(executor, metrics, subject),
  newsTimeline: (_, { period, byZone, zones, from, to }, { executor }) => readNewsTimeline(executor, { period: period ?? 'YEAR', byZone: byZone ?? true, zones, from, to }),
};

export const GroupKey: GroupKeyResolvers = {
  node: (key, _args, { loaders }, info) => {
    if (!key.nodeId) return null;
    if (key.node) return key.node;
    // The key is the entity's id: a query that asks no more (the usual `node { id }`) needs no second statement.
    if (key.nodeLabel && selectsOnlyIdentity(info)) return { __typename: key.nodeLabel, id: key.nodeId };
    return loaders.entity.load(key.nodeId);
  },
};

export const NewsTimelinePoint: NewsTimelinePointResolvers = {
  zone: (point, _args, { loaders }) => (point.zoneId ? loaders.entity.load(point.zoneId) : null),
};

export const IndicatorSeries: IndicatorSeriesResolvers = {
  subject: (series, _args, { loaders }) => (series.subjectId ? loaders.entity.load(series.subjectId) : null),
};
