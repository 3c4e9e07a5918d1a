// The graph view's benchmark page (?nodes=2000): a deterministic synthetic graph (~2 edges per
// node, Chinese + English labels like the curated ones) laid out by the view's own worker and
// settings and drawn by the view's own sigma renderer. When done it sets window.__graphBench
// = { nodes, edges, layoutMs, firstDrawMs, totalMs, frameMsAfter }; `npm run bench:explorer` reads it.
import '@fontsource/noto-sans-sc/400.css';
import { createRenderer, createSceneGraph, EDGE_LABEL_LIMIT, placeNear } from '../src/graph/graphRenderer';
import { EDGE_COLOR, readTypeStyle, TYPE_STYLE } from '../src/graph/graphStyle';
import { LayoutRunner } from '../src/graph/runLayout';

declare global {
  interface Window {
    __graphBench?: { nodes: number; edges: number; layoutMs: number; firstDrawMs: number; totalMs: number; workerMs: number; frameMsAfter: number };
  }
}

const ZH = ['上海', '广东', '天津', '福建', '海南', '自贸试验区', '片区', '生物医药', '集成电路', '大宗商品', '海洋经济', '跨境电商', '融资租赁', '改革措施', '产业集群', '管理委员会', '总体方案', '保税', '数字贸易', '航运'];
const EN = ['Shanghai', 'Guangdong', 'Tianjin', 'Fujian', 'Hainan', 'pilot zone', 'area', 'biomedicine', 'chips', 'commodities', 'marine economy', 'e-commerce', 'leasing', 'measure', 'cluster', 'committee', 'plan', 'bonded', 'digital trade', 'shipping'];

/** mulberry32: a small seeded generator, so every run builds the same graph. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function runBench(): Promise<void> {
  const count = Math.max(2, Number(new URLSearchParams(location.search).get('nodes') ?? 2000));
  await document.fonts.load('13px "Noto Sans SC"', ZH.join(''));
  const random = createRandom(42);
  const typenames = Object.keys(TYPE_STYLE);
  const graph = createSceneGraph();
  // Each node is reached from an earlier one (as expands do) and placed near it, as the view places new nodes.
  for (let i = 0; i < count; i++) {
    const parent = i === 0 ? null : `n${Math.floor(random() * i)}`;
    const typename = typenames[i % typenames.length]!;
    const style = readTypeStyle(typename);
    const k = Math.floor(random() * ZH.length);
    const label = random() < 0.5 ? `${ZH[k]}${ZH[(k + 7) % ZH.length]}${i}` : `${EN[k]} ${EN[(k + 3) % EN.length]} ${i}`;
    const anchor = parent ? { x: graph.getNodeAttribute(parent, 'x'), y: graph.getNodeAttribute(parent, 'y') } : null;
    graph.addNode(`n${i}`, { ...placeNear(anchor, i % 20, 20), size: style.size, color: style.color, label, typename });
    if (parent) graph.addDirectedEdgeWithKey(`t${i}`, parent, `n${i}`, { size: 1.5, color: EDGE_COLOR, label: 'HAS_AREA', relType: 'HAS_AREA', editorial: false, onPath: false });
  }
  for (let i = 0; i < count; i++) {
    const a = `n${Math.floor(random() * count)}`;
    const b = `n${Math.floor(random() * count)}`;
    if (a !== b) graph.addDirectedEdgeWithKey(`e${i}`, a, b, { size: 1.5, color: EDGE_COLOR, label: 'SUPPLIES', relType: 'SUPPLIES', editorial: false, onPath: false });
  }

  const started = performance.now();
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  const layout = new LayoutRunner();
  const result = await layout.run({ ids: graph.nodes(), positions, edges: graph.mapEdges((_k, _a, s, t) => [s, t] as [string, string]) });
  for (const [id, p] of result!.positions) graph.mergeNodeAttributes(id, p);
  const laidOut = performance.now();

  const renderer = createRenderer(graph, document.getElementById('bench')!, { edgeLabels: graph.order <= EDGE_LABEL_LIMIT });
  renderer.refresh();
  await nextFrame();
  const drawn = performance.now();

  // A few camera moves afterwards: mean time per frame while panning and zooming.
  const camera = renderer.getCamera();
  let last = await nextFrame();
  let total = 0;
  const frames = 20;
  for (let i = 0; i < frames; i++) {
    camera.setState({ x: 0.5 + 0.1 * Math.sin(i / 3), y: 0.5 + 0.1 * Math.cos(i / 3), ratio: 1 - i * 0.02 });
    const now = await nextFrame();
    total += now - last;
    last = now;
  }
  layout.stop();
  window.__graphBench = {
    nodes: graph.order,
    edges: graph.size,
    layoutMs: Math.round(laidOut - started),
    firstDrawMs: Math.round(drawn - laidOut),
    totalMs: Math.round(drawn - started),
    workerMs: Math.round(result!.ms),
    frameMsAfter: Math.round((total / frames) * 10) / 10,
  };
  document.title = `graph bench: ${JSON.stringify(window.__graphBench)}`;
}

void runBench();
