// The layout's settings, shared by the view and its benchmark (explorer/bench/graph.ts).
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  ticket: number;
  xs: Float64Array;
  ys: Float64Array;
  /** Index pairs: edges[2i] — edges[2i + 1]. */
  edges: Uint32Array;
}

export interface LayoutAnswer {
  ticket: number;
  xs: Float64Array;
  ys: Float64Array;
  ms: number;
}

/** A fixed budget: fewer iterations on large scenes (Barnes-Hut from 300 nodes), so 2,000 nodes settle in about a second. */
export function chooseLayoutSettings(order: number): { iterations: number; settings: ForceAtlas2Settings } {
  const iterations = order > 1000 ? 80 : order > 300 ? 150 : 300;
  return {
    iterations,
    settings: {
      barnesHutOptimize: order > 300,
      barnesHutTheta: 0.8,
      gravity: 1,
      scalingRatio: order > 300 ? 10 : 4,
      strongGravityMode: false,
      slowDown: 1 + Math.log(Math.max(order, 1)),
      adjustSizes: false,
      linLogMode: false,
      outboundAttractionDistribution: false,
      edgeWeightInfluence: 0,
    },
  };
}
