// ForceAtlas2 off the main thread, with a fixed iteration and time budget: the layout settles
// and stops, it never runs forever. Nodes come as index-keyed positions and edges as index pairs.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { chooseLayoutSettings, type LayoutRequest, type LayoutAnswer } from './layoutSettings';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  const { xs, ys, edges, ticket } = event.data;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < xs.length; i++) graph.addNode(i, { x: xs[i], y: ys[i] });
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  }
  const { maxIterations, minIterations, chunk, budgetMs, settings } = chooseLayoutSettings(graph.order);
  let iterations = 0;
  while (graph.order > 1 && iterations < maxIterations && (iterations < minIterations || performance.now() - started < budgetMs)) {
    forceAtlas2.assign(graph, { iterations: chunk, settings });
    iterations += chunk;
  }
  const outX = new Float64Array(xs.length);
  const outY = new Float64Array(ys.length);
  graph.forEachNode((key, attributes) => {
    outX[Number(key)] = attributes.x as number;
    outY[Number(key)] = attributes.y as number;
  });
  const answer: LayoutAnswer = { ticket, xs: outX, ys: outY, ms: performance.now() - started, iterations };
  (self as unknown as Worker).postMessage(answer, [outX.buffer, outY.buffer]);
};
