import type { LinkResolvers } from '../__generated__/resolvers-types.js';
import type { EntityRecord } from '../../graph/records.js';
import { prefetchedSources } from '../../graph/treeQuery.js';

export const Link: LinkResolvers = {
  // Read with the link when its statement could (treeQuery.ts); otherwise relationships hold
  // source ids, and the entity loader batches them across the whole level.
  sources: async (link, _args, { loaders }) =>
    prefetchedSources(link) ?? (await loaders.entity.loadMany(link.sources)).filter((s): s is EntityRecord => s !== null && !(s instanceof Error)),
};
