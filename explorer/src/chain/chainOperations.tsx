// The chain view's two operations: the industries for the focus switcher (top-level ones with
// their sub-industries, in one request) and the chain itself (one industryChain request).
import { graphql } from '../__generated__';

export const ChainIndustriesQuery = graphql(`
  query ChainIndustries {
    industries(where: { topLevel: true }, first: 100) {
      totalCount
      nodes {
        id nameEn nameZh
        subIndustries(first: 100) { totalCount nodes { id nameEn nameZh } }
      }
    }
  }
`);

export const IndustryChainQuery = graphql(`
  query IndustryChain($id: ID!, $direction: ChainDirection!, $maxHops: Int!) {
    industryChain(id: $id, direction: $direction, maxHops: $maxHops) {
      root { id nameEn nameZh }
      nodes {
        side depth
        industry { id nameEn nameZh }
        zones { id nameEn nameZh }
        clusters { id nameEn nameZh }
      }
      links {
        from { id }
        to { id }
        link { flow editorial verified note sources { id code title url publisher publishedOn } }
      }
    }
  }
`);

/**
 * The same chain with ids only for zones, clusters and sources: asked for when the full one
 * is refused as too costly (LIMIT_EXCEEDED; the cost model charges every industry the most
 * zones and clusters any industry has, which on the benchmark graph goes over the limit).
 */
export const IndustryChainLeanQuery = graphql(`
  query IndustryChainLean($id: ID!, $direction: ChainDirection!, $maxHops: Int!) {
    industryChain(id: $id, direction: $direction, maxHops: $maxHops) {
      root { id nameEn nameZh }
      nodes {
        side depth
        industry { id nameEn nameZh }
        zones { id }
        clusters { id }
      }
      links {
        from { id }
        to { id }
        link { flow editorial verified note sources { id } }
      }
    }
  }
`);
