import type { IndustrialClusterResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf, requiredOf, singleOf } from './relation.js';

export const IndustrialCluster: IndustrialClusterResolvers = {
  industries: connectionOf('IndustrialCluster.industries'),
  zone: requiredOf('IndustrialCluster.zone'),
  area: singleOf('IndustrialCluster.area'),
  observations: connectionOf('IndustrialCluster.observations'),
  sources: connectionOf('IndustrialCluster.sources'),
};
