// The chain's layered layout: ELK (elkjs) in a Web Worker, so a 150-industry chain never
// blocks the page. The worker starts when this module loads (with the view), so its 1.6 MB
// script is parsed while the chain request is still in flight.
import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Lang } from '../route';
import { buildElkGraph, readElkLayout, type ChainLayout } from './chainElkGraph';
import type { DrawnChain } from './chainModel';

let canvasContext: CanvasRenderingContext2D | null = null;
/** Text width with the shipped font (loaded before the app renders, see main.tsx). */
export function measureWithCanvas(text: string, font: string): number {
  canvasContext ??= document.createElement('canvas').getContext('2d');
  if (!canvasContext) return text.length * 8;
  canvasContext.font = font;
  return canvasContext.measureText(text).width;
}

let elk = new ELK({ workerUrl: elkWorkerUrl });
let running = 0;

/**
 * Lays the chain out in ELK's worker. A layout asked for while another runs (the user
 * switched industry) stops the old one: its worker is ended and a new one started, so the
 * new chain never waits behind a large one.
 */
export async function layOutChain(chain: DrawnChain, lang: Lang): Promise<ChainLayout> {
  if (running > 0) {
    elk.terminateWorker();
    elk = new ELK({ workerUrl: elkWorkerUrl });
    running = 0;
  }
  const { graph, labels } = buildElkGraph(chain, lang, measureWithCanvas);
  const mine = elk;
  running++;
  const started = performance.now();
  try {
    const laidOut = await mine.layout(graph);
    return readElkLayout(laidOut, chain, labels, performance.now() - started);
  } finally {
    if (mine === elk) running--;
  }
}
