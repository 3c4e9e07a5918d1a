import type { LinkResolvers } from '../__generated__/resolvers-types.js';
import type { EntityRecord } from '../../graph/records.js';

export const Link: LinkResolvers = {
  // Relationships hold source ids; the entity loader batches them across the whole level.
  sources: async (link, _args, { loaders }) => (await loaders.entity.loadMany(link.sources)).filter((s): s is EntityRecord => s !== null && !(s instanceof Error)),
};
