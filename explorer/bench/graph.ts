// The graph view's benchmark page (?nodes=2000): a deterministic synthetic graph (~2 edges per
// node, Chinese + English labels like the curated ones) laid out by the view's own worker and
// settings and drawn by the view's own sigma renderer. When done it sets window.__graphBench
// = { nodes, edges, layoutMs, firstDrawMs, totalMs, frameMsAfter, … }; `npm run bench:explorer`
// reads it. frameMsAfter is the frame clock's mean interval during camera moves (in headless
// Chromium mostly software WebGL compositing); renderMsPerFrame is sigma's own draw time.
import '@fontsource/noto-sans-sc/400.css';
import { applySceneSize, createRenderer, createSceneGraph, placeNear, shortenLabel } from '../src/graph/graphRenderer';
import { EDGE_COLOR, readTypeStyle, TYPE_STYLE } from '../src/graph/graphStyle';
import { mulberry32 } from '../../bench/random';
import { LayoutRunner } from '../src/graph/runLayout';

declare global {
  interface Window {
    __graphBench?: {
      nodes: number;
      edges: number;
      layoutMs: number;
      firstDrawMs: number;
      totalMs: number;
      syncMs: number;
      preDrawMs: number;
      workerMs: number;
      iterations: number;
      frameMsAfter: number;
      renderMsPerFrame: number;
      idleFrameMs: number;
    };
  }
}

const ZH = [
  '上海',
  '广东',
  '天津',
  '福建',
  '海南',
  '自贸试验区',
  '片区',
  '生物医药',
  '集成电路',
  '大宗商品',
  '海洋经济',
  '跨境电商',
  '融资租赁',
  '改革措施',
  '产业集群',
  '管理委员会',
  '总体方案',
  '保税',
  '数字贸易',
  '航运',
];
const EN = [
  'Shanghai',
  'Guangdong',
  'Tianjin',
  'Fujian',
  'Hainan',
  'pilot zone',
  'area',
  'biomedicine',
  'chips',
  'commodities',
  'marine economy',
  'e-commerce',
  'leasing',
  'measure',
  'cluster',
  'committee',
  'plan',
  'bonded',
  'digital trade',
  'shipping',
];

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

interface SyntheticNode {
  id: string;
  parent: string | null;
  typename: string;
  label: string;
}

/** The synthetic scene: each node reached from an earlier one (as expands reach them), plus one random link per node. */
function buildSyntheticScene(count: number): { nodes: SyntheticNode[]; links: Array<[string, string, string]> } {
  const random = mulberry32(42);
  const typenames = Object.keys(TYPE_STYLE);
  const nodes: SyntheticNode[] = [];
  const links: Array<[string, string, string]> = [];
  for (let i = 0; i < count; i++) {
    const parent = i === 0 ? null : `n${Math.floor(random() * i)}`;
    const k = Math.floor(random() * ZH.length);
    const label = random() < 0.5 ? `${ZH[k]}${ZH[(k + 7) % ZH.length]}${i}` : `${EN[k]} ${EN[(k + 3) % EN.length]} ${i}`;
    nodes.push({ id: `n${i}`, parent, typename: typenames[i % typenames.length]!, label });
    if (parent) links.push([`t${i}`, parent, `n${i}`]);
  }
  for (let i = 0; i < count; i++) {
    const a = `n${Math.floor(random() * count)}`;
    const b = `n${Math.floor(random() * count)}`;
    if (a !== b) links.push([`e${i}`, a, b]);
  }
  return { nodes, links };
}

async function runBench(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const count = Math.max(2, Number(query.get('nodes') ?? 2000));
  await document.fonts.load('13px "Noto Sans SC"', `${ZH.join('') + EN.join(' ')}0123456789…`);
  const synthetic = buildSyntheticScene(count);

  // As the view: the renderer and the layout worker exist before the scene arrives.
  const graph = createSceneGraph();
  const renderer = createRenderer(graph, document.getElementById('bench')!);
  const layout = new LayoutRunner();
  await layout.run({ ids: ['warm'], positions: new Map(), edges: [] });
  // Diagnostics: ?labels=0 / ?edges=0 leave node labels / edges out, ?predraw=0 skips the draw
  // before the layout (the view draws new nodes at once, near their parents), to see what each costs.
  if (query.get('labels') === '0') renderer.setSetting('renderLabels', false);
  if (query.get('edges') === '0') renderer.setSetting('edgeReducer', (_edge, data) => ({ ...data, hidden: true }));

  // Timed from here: the view's scene sync (nodes placed near the node they came from), the layout, the first draw.
  const started = performance.now();
  for (const node of synthetic.nodes) {
    const style = readTypeStyle(node.typename);
    const anchor = node.parent ? { x: graph.getNodeAttribute(node.parent, 'x'), y: graph.getNodeAttribute(node.parent, 'y') } : null;
    const index = Number(node.id.slice(1)) % 20;
    graph.addNode(node.id, { ...placeNear(anchor, index, 20), size: style.size, color: style.color, label: shortenLabel(node.label), typename: node.typename });
  }
  for (const [key, source, target] of synthetic.links)
    graph.addDirectedEdgeWithKey(key, source, target, { size: 1.5, color: EDGE_COLOR, label: 'SUPPLIES', relType: 'SUPPLIES', editorial: false, onPath: false });
  applySceneSize(renderer, graph.order);
  const synced = performance.now();
  if (query.get('predraw') !== '0') renderer.refresh();
  const preDrawn = performance.now();
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  const result = await layout.run({ ids: graph.nodes(), positions, edges: graph.mapEdges((_k, _a, s, t) => [s, t] as [string, string]) });
  const laid = result!.positions;
  graph.updateEachNodeAttributes((id, a) => ({ ...a, ...laid.get(id) }), { attributes: ['x', 'y'] });
  const laidOut = performance.now();
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
  // The same moves drawn synchronously: the renderer's own cost per frame, without the frame clock.
  let renderTotal = 0;
  for (let i = 0; i < frames; i++) {
    camera.setState({ x: 0.5 + 0.1 * Math.cos(i / 3), y: 0.5 + 0.1 * Math.sin(i / 3), ratio: 0.7 + i * 0.02 });
    const before = performance.now();
    renderer.refresh();
    renderTotal += performance.now() - before;
  }
  // An idle frame, for comparison: what the frame clock alone gives on this machine.
  const idleStart = await nextFrame();
  const idleEnd = await nextFrame();
  layout.stop();
  window.__graphBench = {
    nodes: graph.order,
    edges: graph.size,
    layoutMs: Math.round(laidOut - started),
    firstDrawMs: Math.round(drawn - laidOut),
    totalMs: Math.round(drawn - started),
    syncMs: Math.round(synced - started),
    preDrawMs: Math.round(preDrawn - synced),
    workerMs: Math.round(result!.ms),
    iterations: result!.iterations,
    frameMsAfter: Math.round((total / frames) * 10) / 10,
    renderMsPerFrame: Math.round((renderTotal / frames) * 10) / 10,
    idleFrameMs: Math.round((idleEnd - idleStart) * 10) / 10,
  };
  document.title = `graph bench: ${JSON.stringify(window.__graphBench)}`;
}

void runBench();
