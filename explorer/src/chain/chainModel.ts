// The chain as the view draws it: each industry at its signed tier (upstream depth negative,
// the root 0, downstream positive), capped to the nearest tiers so a large chain (the
// benchmark graph's reach thousands of industries) never freezes the layout.
import type { IndustryChainQuery } from '../__generated__/graphql';
import type { Lang } from '../route';

export type ChainAnswer = NonNullable<IndustryChainQuery['industryChain']>;
export type ChainNodeItem = ChainAnswer['nodes'][number];
export type ChainLinkItem = ChainAnswer['links'][number];
export type ChainDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

/**
 * Most industries and links drawn at once; beyond either the outer tiers are left out (and
 * counted). ELK's time grows much faster than the graph: on the benchmark graph 69
 * industries with 102 links take about a second, 271 with 651 minutes.
 */
export const MAX_DRAWN_NODES = 150;
export const MAX_DRAWN_LINKS = 200;

export const DIRECTIONS: readonly ChainDirection[] = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'];
export const HOPS = [1, 2, 3, 4, 5, 6] as const;

export interface ChainParams {
  industry: string;
  direction: ChainDirection;
  hops: number;
}

/** The view's URL parameters, with the defaults where absent or out of range. */
export function readChainParams(params: Record<string, string>): ChainParams {
  const direction = DIRECTIONS.find((d) => d === params.direction) ?? 'BOTH';
  const hops = Number(params.hops);
  return {
    industry: params.industry || 'industry:biomedicine',
    direction,
    hops: Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : 3,
  };
}

export function writeChainParams(p: ChainParams): Record<string, string> {
  return { industry: p.industry, direction: p.direction, hops: String(p.hops) };
}

export function toSignedTier(node: Pick<ChainNodeItem, 'side' | 'depth'>): number {
  return node.side === 'UPSTREAM' ? -node.depth : node.side === 'DOWNSTREAM' ? node.depth : 0;
}

export function toLinkId(link: ChainLinkItem): string {
  return `${link.from.id}->${link.to.id}`;
}

export function readName(entity: { nameEn: string; nameZh?: string | null }, lang: Lang): string {
  return lang === 'zh' ? entity.nameZh || entity.nameEn : entity.nameEn;
}

export interface DrawnChain {
  nodes: ChainNodeItem[];
  links: ChainLinkItem[];
  /** Signed tiers drawn, ascending. */
  tiers: number[];
  /** Industries and links of the answer left out by the cap (0 when all is drawn). */
  hiddenNodes: number;
  hiddenLinks: number;
  /** The farthest tier (either side) drawn when the cap cut, else null. */
  cappedAt: number | null;
}

/**
 * Keeps whole tiers, nearest first (the root, then both sides' depth 1, then depth 2, …),
 * while the industries stay within `max` and the links among them within `maxLinks`; the
 * root tier is always kept.
 */
export function capChain(answer: Pick<ChainAnswer, 'nodes' | 'links'>, max = MAX_DRAWN_NODES, maxLinks = MAX_DRAWN_LINKS): DrawnChain {
  const byDepth = new Map<number, number>();
  const depthOf = new Map<string, number>();
  for (const n of answer.nodes) {
    byDepth.set(n.depth, (byDepth.get(n.depth) ?? 0) + 1);
    depthOf.set(n.industry.id, n.depth);
  }
  // Links by the farther of their two ends' depths: the tier that brings them in.
  const linksByDepth = new Map<number, number>();
  for (const l of answer.links) {
    const d = Math.max(depthOf.get(l.from.id) ?? Infinity, depthOf.get(l.to.id) ?? Infinity);
    linksByDepth.set(d, (linksByDepth.get(d) ?? 0) + 1);
  }
  const depths = [...byDepth.keys()].sort((a, b) => a - b);
  let kept = 0;
  let keptLinks = 0;
  let maxDepth = 0;
  for (const d of depths) {
    const count = byDepth.get(d)!;
    const links = linksByDepth.get(d) ?? 0;
    if (d > 0 && (kept + count > max || keptLinks + links > maxLinks)) break;
    kept += count;
    keptLinks += links;
    maxDepth = d;
  }
  const nodes = answer.nodes.filter((n) => n.depth <= maxDepth);
  const ids = new Set(nodes.map((n) => n.industry.id));
  const links = answer.links.filter((l) => ids.has(l.from.id) && ids.has(l.to.id));
  const tiers = [...new Set(nodes.map(toSignedTier))].sort((a, b) => a - b);
  const hiddenNodes = answer.nodes.length - nodes.length;
  return { nodes, links, tiers, hiddenNodes, hiddenLinks: answer.links.length - links.length, cappedAt: hiddenNodes > 0 ? maxDepth : null };
}
