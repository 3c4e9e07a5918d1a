import type { ObservationResolvers } from '../__generated__/resolvers-types.js';
import { relationResolversOf } from './relation.js';

export const Observation: ObservationResolvers = {
  ...relationResolversOf('Observation'),
  // A plain list in the SDL (a figure has a handful of sources), not a connection.
  sources: async (parent, _args, { loaders }) => (await loaders.relation('Observation.sources', parent.id, { first: 100 }).page()).edges.map((e) => e.node),
};
