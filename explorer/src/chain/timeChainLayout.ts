// Times ELK on the largest chains the view draws, built like bench/generate.ts's medium
// graph (1,000 industries, 5 SUPPLIES each to industries later in a 150-wide window):
//   CHAIN=<root index>,<hops>,<both|down> npx tsx explorer/src/chain/timeChainLayout.ts [maxNodes…]
// (default CHAIN=500,3,both; maxNodes 150, the view's cap).
// Runs elk.bundled.js in Node: the same single-threaded code the page runs in its worker.
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildElkGraph } from './chainElkGraph';
import { capChain, type ChainAnswer, type ChainLinkItem, type ChainNodeItem } from './chainModel';

const INDUSTRIES = 1_000;
const SUPPLIES_PER_INDUSTRY = 5;
const WINDOW = 150;
const FLOWS = ['raw materials', 'components', 'intermediate goods', 'services', 'equipment', 'data'];

/** A seeded generator, so every run times the same graph. */
function makeRandom(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s % n;
  };
}

function buildBenchChain(rootIndex: number, hops: number, both = true): Pick<ChainAnswer, 'nodes' | 'links'> {
  const random = makeRandom(42);
  const id = (i: number) => `industry:syn-${String(i).padStart(6, '0')}`;
  const supplies: Array<[number, number, string, boolean]> = [];
  for (let i = 0; i < INDUSTRIES - 1; i++) {
    const window = Math.min(WINDOW, INDUSTRIES - 1 - i);
    const offsets = new Set<number>();
    while (offsets.size < Math.min(SUPPLIES_PER_INDUSTRY, window)) offsets.add(random(window));
    for (const off of offsets) supplies.push([i, i + 1 + off, FLOWS[random(FLOWS.length)]!, random(5) === 0]);
  }
  const walk = (forward: boolean) => {
    const depth = new Map<number, number>([[rootIndex, 0]]);
    let frontier = [rootIndex];
    for (let d = 1; d <= hops; d++) {
      const next: number[] = [];
      for (const [from, to] of supplies) {
        const [here, there] = forward ? [from, to] : [to, from];
        if (frontier.includes(here) && !depth.has(there)) {
          depth.set(there, d);
          next.push(there);
        }
      }
      frontier = next;
    }
    return depth;
  };
  const down = walk(true);
  const up = both ? walk(false) : new Map<number, number>([[rootIndex, 0]]);
  const nodes: ChainNodeItem[] = [];
  const industry = (i: number) => ({ id: id(i), nameEn: `Semiconductors segment ${i}`, nameZh: `半导体细分${i}` });
  for (const i of new Set([...down.keys(), ...up.keys()])) {
    const d = down.get(i);
    const u = up.get(i);
    const side = i === rootIndex ? 'ROOT' : d !== undefined && (u === undefined || d <= u) ? 'DOWNSTREAM' : 'UPSTREAM';
    nodes.push({ side, depth: side === 'ROOT' ? 0 : side === 'DOWNSTREAM' ? d! : u!, industry: industry(i), zones: [], clusters: [] });
  }
  const inChain = new Set([...down.keys(), ...up.keys()]);
  const links: ChainLinkItem[] = supplies
    .filter(([f, t]) => inChain.has(f) && inChain.has(t))
    .map(([f, t, flow, editorial]) => ({ from: { id: id(f) }, to: { id: id(t) }, link: { flow, editorial, verified: true, note: null, sources: [] } }));
  return { nodes: nodes.sort((a, b) => a.depth - b.depth), links };
}

const measure = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff]/.test(ch) ? 13 : 7), 0);

async function timeChainLayout(maxNodes: number[]): Promise<void> {
  const elk = new ELK();
  const [root, hops, both] = (process.env.CHAIN ?? '500,3,both').split(',');
  const chain = buildBenchChain(Number(root), Number(hops), both === 'both');
  console.log(`chain of industry ${root}, ${both}, ${hops} hops: ${chain.nodes.length} industries, ${chain.links.length} links`);
  for (const max of maxNodes) {
    const drawn = capChain(chain, max);
    const { graph } = buildElkGraph(drawn, 'en', measure);
    const started = performance.now();
    await elk.layout(graph);
    const first = performance.now() - started;
    const again = performance.now();
    await elk.layout(buildElkGraph(drawn, 'en', measure).graph);
    console.log(`cap ${max}: drew ${drawn.nodes.length} industries, ${drawn.links.length} links (${drawn.tiers.length} tiers): ELK ${first.toFixed(0)} ms cold, ${(performance.now() - again).toFixed(0)} ms warm`);
  }
}

await timeChainLayout(process.argv.slice(2).map(Number).filter((n) => n > 0).length ? process.argv.slice(2).map(Number) : [150]);
