import type { IndustryResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf, singleOf } from './relation.js';

export const Industry: IndustryResolvers = {
  parent: singleOf('Industry.parent'),
  subIndustries: connectionOf('Industry.subIndustries'),
  upstream: connectionOf('Industry.upstream'),
  downstream: connectionOf('Industry.downstream'),
  clusters: connectionOf('Industry.clusters'),
  zones: connectionOf('Industry.zones'),
  measures: connectionOf('Industry.measures'),
  observations: connectionOf('Industry.observations'),
  sources: connectionOf('Industry.sources'),
};
