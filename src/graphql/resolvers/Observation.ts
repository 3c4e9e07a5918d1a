import type { ObservationResolvers } from '../__generated__/resolvers-types.js';
import { singleOf } from './relation.js';

export const Observation: ObservationResolvers = {
  subject: singleOf('Observation.subject'),
  sources: async (parent, _args, { loaders }) => (await loaders.relation('Observation.sources', parent.id, { first: 100 }).page()).edges.map((e) => e.node),
};
