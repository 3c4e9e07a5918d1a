import type { AuthorityResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf, singleOf } from './relation.js';

export const Authority: AuthorityResolvers = {
  partOf: singleOf('Authority.partOf'),
  units: connectionOf('Authority.units'),
  documents: connectionOf('Authority.documents'),
  people: connectionOf('Authority.people'),
  observations: connectionOf('Authority.observations'),
  sources: connectionOf('Authority.sources'),
};
