// The chain as an ELK graph and back: boxes sized to their wrapped names, links labelled with
// what flows, one ELK partition per signed tier so each tier keeps its own column, upstream
// on the left. `separateConnectedComponents: false` is what makes ELK respect the partitions
// (with it on, components are laid out apart and the columns drift). No DOM and no worker
// here, so bench/ can time the same graph in Node.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Lang } from '../route';
import { readName, toLinkId, toSignedTier, type DrawnChain } from './chainModel';

export const NODE_FONT = '13px "Noto Sans SC", sans-serif';
export const LABEL_FONT = '11px "Noto Sans SC", sans-serif';
const NODE_TEXT_WIDTH = 150;
const NODE_LINE = 16;
const NODE_PAD = { x: 10, y: 8 };
const LABEL_TEXT_WIDTH = 130;
const LABEL_LINE = 13;
/** Room above the columns for the tier headings. */
export const HEADING_SPACE = 36;

export interface Point {
  x: number;
  y: number;
}
export interface NodeBox {
  id: string;
  tier: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}
export interface LinkRoute {
  id: string;
  points: Point[];
  label: { x: number; y: number; width: number; height: number; lines: string[] } | null;
}
export interface TierColumn {
  tier: number;
  x: number;
  width: number;
}
export interface ChainLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  links: LinkRoute[];
  tiers: TierColumn[];
  /** How long ELK took, in ms (worker round trip included). */
  elapsedMs: number;
}

export type MeasureText = (text: string, font: string) => number;

/** Words, and each CJK character on its own (Chinese breaks between any two characters). */
const TOKEN = /(\s*)([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)/g;

/** Breaks text into at most `maxLines` lines of `width`, the last one ending in … when cut. */
export function wrapText(text: string, width: number, maxLines: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [, space, token] of text.matchAll(TOKEN)) {
    const candidate = line ? line + (space ? ' ' : '') + token : token!;
    if (line && measure(candidate, font) > width) {
      lines.push(line);
      line = token!;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && measure(`${last}…`, font) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function measureLines(lines: string[], font: string, measure: MeasureText): number {
  return Math.max(0, ...lines.map((l) => measure(l, font)));
}

/** The ELK graph of a drawn chain: boxes sized to their wrapped names, links labelled with the flow. */
/**
 * Above this many links ELK gets no label boxes (they are placed on the routes afterwards):
 * ELK's label dummies made a 100-link layout about four times slower.
 */
export const MAX_ELK_LABELLED_LINKS = 40;

/** A flow label measured before layout; `placed` when ELK places it, else put on the route after. */
export interface FlowLabel {
  lines: string[];
  width: number;
  height: number;
}

export interface ChainElkGraph {
  graph: ElkNode;
  /** Every link's flow label by link id, including those ELK does not place. */
  labels: Map<string, FlowLabel>;
}

export function buildElkGraph(chain: DrawnChain, lang: Lang, measure: MeasureText): ChainElkGraph {
  const large = chain.links.length > MAX_ELK_LABELLED_LINKS;
  const labels = new Map<string, FlowLabel>();
  const children: ElkNode[] = chain.nodes.map((n) => {
    const lines = wrapText(readName(n.industry, lang), NODE_TEXT_WIDTH, 3, NODE_FONT, measure);
    return {
      id: n.industry.id,
      width: Math.ceil(measureLines(lines, NODE_FONT, measure)) + 2 * NODE_PAD.x,
      height: lines.length * NODE_LINE + 2 * NODE_PAD.y,
      labels: [{ text: lines.join('\n') }],
      layoutOptions: { 'elk.partitioning.partition': String(toSignedTier(n)) },
    };
  });
  const edges: ElkExtendedEdge[] = chain.links.map((l) => {
    const lines = l.link.flow ? wrapText(l.link.flow, LABEL_TEXT_WIDTH, large ? 1 : 3, LABEL_FONT, measure) : [];
    const label = { lines, width: Math.ceil(measureLines(lines, LABEL_FONT, measure)) + 4, height: lines.length * LABEL_LINE + 2 };
    if (lines.length) labels.set(toLinkId(l), label);
    return {
      id: toLinkId(l),
      sources: [l.from.id],
      targets: [l.to.id],
      labels: lines.length && !large ? [{ text: lines.join('\n'), width: label.width, height: label.height }] : [],
    };
  });
  const graph: ElkNode = {
    id: 'chain',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.spacing.nodeNode': '18',
      'elk.spacing.edgeLabel': '3',
      'elk.spacing.edgeEdge': '8',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      // Network simplex places small chains best; Brandes-Köpf is far faster on large ones.
      'elk.layered.nodePlacement.strategy': large ? 'BRANDES_KOEPF' : 'NETWORK_SIMPLEX',
      'elk.layered.thoroughness': large ? '2' : '7',
      'elk.padding': `[top=${HEADING_SPACE + 8},left=12,bottom=12,right=12]`,
    },
    children,
    edges,
  };
  return { graph, labels };
}

/** A label ELK did not place: centred on the route's longest segment. */
function placeOnRoute(points: Point[], label: FlowLabel): LinkRoute['label'] {
  let best = { length: -1, x: 0, y: 0 };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > best.length) best = { length, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }
  return { x: best.x - label.width / 2, y: best.y - label.height - 1, width: label.width, height: label.height, lines: label.lines };
}

/** Reads ELK's answer into what the SVG draws: boxes, routed polylines, label boxes, tier columns. */
export function readElkLayout(graph: ElkNode, chain: DrawnChain, labels: Map<string, FlowLabel>, elapsedMs: number): ChainLayout {
  const tierOf = new Map(chain.nodes.map((n) => [n.industry.id, toSignedTier(n)]));
  const nodes: NodeBox[] = (graph.children ?? []).map((c) => ({
    id: c.id,
    tier: tierOf.get(c.id) ?? 0,
    x: c.x ?? 0,
    y: c.y ?? 0,
    width: c.width ?? 0,
    height: c.height ?? 0,
    lines: (c.labels?.[0]?.text ?? c.id).split('\n'),
  }));
  const links: LinkRoute[] = ((graph.edges ?? []) as ElkExtendedEdge[]).map((e) => {
    const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
    const label = e.labels?.[0];
    const flow = labels.get(e.id);
    return {
      id: e.id,
      points,
      label: label
        ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0, lines: (label.text ?? '').split('\n') }
        : flow && points.length > 1
          ? placeOnRoute(points, flow)
          : null,
    };
  });
  const tiers: TierColumn[] = chain.tiers.map((tier) => {
    const boxes = nodes.filter((n) => n.tier === tier);
    const left = Math.min(...boxes.map((b) => b.x));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    return { tier, x: left, width: right - left };
  });
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, links, tiers, elapsedMs };
}
