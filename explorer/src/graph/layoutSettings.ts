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
  iterations: number;
}

/**
 * A fixed budget: at most `maxIterations`, and no more once `budgetMs` has passed (checked
 * every `chunk` iterations, after at least `minIterations`), so 2,000 nodes settle within
 * about half a second even on a busy machine, and small scenes get the full count.
 */
export function chooseLayoutSettings(order: number): { maxIterations: number; minIterations: number; chunk: number; budgetMs: number; settings: ForceAtlas2Settings } {
  return {
    maxIterations: order > 1000 ? 150 : order > 300 ? 200 : 300,
    minIterations: 20,
    chunk: 10,
    budgetMs: 500,
    settings: {
      barnesHutOptimize: order > 300,
      barnesHutTheta: 0.8,
      gravity: 1,
      scalingRatio: 10,
      strongGravityMode: false,
      slowDown: 1 + Math.log(Math.max(order, 1)),
      adjustSizes: false,
      linLogMode: false,
      outboundAttractionDistribution: false,
      edgeWeightInfluence: 0,
    },
  };
}
