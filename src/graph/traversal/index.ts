// Graph traversals: industrial chains along SUPPLIES, shortest paths between two entities,
// and an entity's neighbourhood. Each answers in one Neo4j query whatever the size of the
// result: walks are breadth-first, one level per step, with the steps written out up to the
// cap and skipped past the requested bound, so the bound stays a parameter and each shape of
// walk has one query text (Neo4j's plan cache is hit). Only `paths` writes its hop bound into
// the text, because allShortestPaths needs a literal bound.
export { readIndustryChain } from './readIndustryChain.js';
export { readNeighborhood } from './readNeighborhood.js';
export { readShortestPaths } from './readShortestPaths.js';
export { CHAIN_HOPS, NEIGHBORHOOD_HOPS, NEIGHBORHOOD_LIMIT, PATH_HOPS, PATH_LIMIT, TRAVERSED_LABELS } from './traversalRules.js';
