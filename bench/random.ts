// One seeded generator for the benchmark graphs: the Node generator (bench/generate.ts) and the
// explorer's graph bench page (explorer/bench/graph.ts) import it, so a seed means one sequence.

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same graph. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
