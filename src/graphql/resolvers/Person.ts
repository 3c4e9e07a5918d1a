import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf } from './relation.js';

export const Person: PersonResolvers = {
  authorities: connectionOf('Person.authorities'),
  observations: connectionOf('Person.observations'),
  sources: connectionOf('Person.sources'),
};
