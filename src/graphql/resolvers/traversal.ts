// Root fields that walk the graph: industrial chains, shortest paths, neighbourhoods.
// Their result types (IndustryChain, ChainNode, ChainLink, Path, PathLink, Subgraph) are
// plain records whose fields the default resolvers read.
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { readIndustryChain, readNeighborhood, readShortestPaths } from '../../graph/traversal/index.js';
import { labelsOfEntityTypes } from '../entityTypeLabels.js';
import { selectedFieldNames } from '../selectionPlan.js';

export const traversalQueryResolvers: Pick<QueryResolvers, 'industryChain' | 'paths' | 'neighborhood'> = {
  industryChain: (_, args, { executor }, info) => {
    // Zones and clusters are most of a chain's cost: read them only when asked for.
    const asked = selectedFieldNames(info, ['nodes']);
    return readIndustryChain(executor, args, { zones: asked.has('zones'), clusters: asked.has('clusters') });
  },
  paths: (_, args, { executor }) => readShortestPaths(executor, args),
  neighborhood: (_, { types, ...args }, { executor }) => readNeighborhood(executor, { ...args, labels: labelsOfEntityTypes(types) }),
};
