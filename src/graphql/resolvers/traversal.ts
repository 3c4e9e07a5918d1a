// Root fields that walk the graph: industrial chains, shortest paths, neighbourhoods.
// Their result types (IndustryChain, ChainNode, ChainLink, Path, PathLink, Subgraph) are
// plain records whose fields the default resolvers read.
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { readIndustryChain, readNeighborhood, readShortestPaths } from '../../graph/traversal.js';
import { labelsOfEntityTypes } from '../entityTypeLabels.js';

export const traversalQueryResolvers: Pick<QueryResolvers, 'industryChain' | 'paths' | 'neighborhood'> = {
  industryChain: (_, args, { executor }) => readIndustryChain(executor, args),
  paths: (_, args, { executor }) => readShortestPaths(executor, args),
  neighborhood: (_, { types, ...args }, { executor }) => readNeighborhood(executor, { ...args, labels: labelsOfEntityTypes(types) }),
};
