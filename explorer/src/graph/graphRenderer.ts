// The sigma (WebGL) renderer over a graphology graph: created once per view, synced with each
// scene, styled by label. Shared with the benchmark page so it measures the real renderer.
import Graph from 'graphology';
import Sigma from 'sigma';
import { LABEL_FONT } from './graphStyle';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  typename: string;
  forceLabel?: boolean;
  highlighted?: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  /** The relationship type (`type` is sigma's edge program). */
  relType: string;
  editorial: boolean;
  onPath: boolean;
}

export type SceneGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createSceneGraph(): SceneGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
}

/** Edge labels are drawn up to this many nodes; beyond, they cost more than they tell. */
export const EDGE_LABEL_LIMIT = 300;
/** From this many nodes, edges and labels are hidden while the camera moves, so panning stays smooth. */
const LARGE_SCENE = 500;

/** The settings that depend on the scene's size (the view calls it on every scene change). */
export function applySceneSize(renderer: Sigma<NodeAttributes, EdgeAttributes>, order: number): void {
  const large = order >= LARGE_SCENE;
  const flags = { renderEdgeLabels: order <= EDGE_LABEL_LIMIT, hideEdgesOnMove: large, hideLabelsOnMove: large };
  for (const [key, value] of Object.entries(flags) as Array<[keyof typeof flags, boolean]>) if (renderer.getSetting(key) !== value) renderer.setSetting(key, value);
  // Fewer, sparser labels on large scenes: long names overlap otherwise.
  const density = large ? 0.4 : 1;
  if (renderer.getSetting('labelDensity') !== density) renderer.setSetting('labelDensity', density);
}

/** Loads the shipped font's subsets for every label in the graph (node and edge), so the canvas draws them in it. */
export function loadLabelFont(graph: SceneGraph): Promise<unknown> {
  const text = graph.reduceNodes((all, _id, a) => all + a.label, '') + graph.reduceEdges((all, _id, a) => all + a.label, '');
  return document.fonts.load('13px "Noto Sans SC"', text || 'A').catch(() => []);
}

/** Canvas labels are cut to this many characters (the panel and the exports keep the full name). */
const LABEL_MAX_CHARS = 32;

export function shortenLabel(label: string): string {
  return [...label].length > LABEL_MAX_CHARS ? `${[...label].slice(0, LABEL_MAX_CHARS - 1).join('')}…` : label;
}

export function createRenderer(graph: SceneGraph, container: HTMLElement): Sigma<NodeAttributes, EdgeAttributes> {
  const renderer = new Sigma(graph, container, {
    labelFont: LABEL_FONT,
    edgeLabelFont: LABEL_FONT,
    labelSize: 13,
    edgeLabelSize: 10,
    labelColor: { color: '#1f2328' },
    edgeLabelColor: { color: '#6b7280' },
    defaultEdgeType: 'arrow',
    labelDensity: 1,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 6,
    zIndex: true,
    hideEdgesOnMove: false,
    // Room for the labels of the outermost nodes (they are drawn to the right of the node).
    stagePadding: 90,
  });
  applySceneSize(renderer, graph.order);
  return renderer;
}

/** Places a node not yet laid out near the node it came from, on a circle by its index (deterministic). */
export function placeNear(anchor: { x: number; y: number } | null, index: number, count: number): { x: number; y: number } {
  const angle = (2 * Math.PI * index) / Math.max(count, 1) + 0.3;
  const radius = anchor ? 1 + (index % 3) * 0.3 : 10;
  const base = anchor ?? { x: 0, y: 0 };
  return { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) };
}
