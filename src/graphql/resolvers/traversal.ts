// Root fields that walk the graph: industrial chains, shortest paths, neighbourhoods.
// Their result types (IndustryChain, ChainNode, ChainLink, Path, PathLink, Subgraph) are
// plain records whose fields the default resolvers read.
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { readIndustryChain, readNeighborhood, readShortestPaths } from '../../graph/traversal/index.js';
import { labelsOfEntityTypes } from '../entityTypeLabels.js';
import { planChain, planPaths } from '../selectionPlan.js';

export const traversalQueryResolvers: Pick<QueryResolvers, 'industryChain' | 'paths' | 'neighborhood'> = {
  // Only what the query selects is read: zones and clusters were most of a chain's cost, and every property of every industry and link most of the rest.
  industryChain: (_, args, { executor }, info) => readIndustryChain(executor, args, planChain(info)),
  paths: (_, args, { executor }, info) => readShortestPaths(executor, args, planPaths(info)),
  neighborhood: (_, { types, ...args }, { executor }) => readNeighborhood(executor, { ...args, labels: labelsOfEntityTypes(types) }),
};
