import type { ZoneAreaResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf, requiredOf, singleOf } from './relation.js';

export const ZoneArea: ZoneAreaResolvers = {
  zone: requiredOf('ZoneArea.zone'),
  establishedBy: singleOf('ZoneArea.establishedBy'),
  documents: connectionOf('ZoneArea.documents'),
  measures: connectionOf('ZoneArea.measures'),
  clusters: connectionOf('ZoneArea.clusters'),
  observations: connectionOf('ZoneArea.observations'),
  sources: connectionOf('ZoneArea.sources'),
};
