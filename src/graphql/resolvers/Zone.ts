import type { ZoneResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf } from './relation.js';

export const Zone: ZoneResolvers = {
  areas: connectionOf('Zone.areas'),
  documents: connectionOf('Zone.documents'),
  measures: connectionOf('Zone.measures'),
  clusters: connectionOf('Zone.clusters'),
  industries: connectionOf('Zone.industries'),
  observations: connectionOf('Zone.observations'),
  sources: connectionOf('Zone.sources'),
};
