// The main thread's side of the layout worker: positions in, settled positions out.
import type { LayoutAnswer, LayoutRequest } from './layoutSettings';

export interface LayoutInput {
  ids: string[];
  positions: Map<string, { x: number; y: number }>;
  edges: Array<[string, string]>;
}

export class LayoutRunner {
  private worker: Worker | null = null;
  private ticket = 0;

  /** Starts the worker ahead of the first layout (the view does it when it mounts). */
  warm(): void {
    this.worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  }

  /** Lays the nodes out; an earlier call still running is superseded (its answer is dropped). */
  run(input: LayoutInput): Promise<{ positions: Map<string, { x: number; y: number }>; ms: number; iterations: number } | null> {
    this.warm();
    const worker = this.worker!;
    const ticket = ++this.ticket;
    const index = new Map(input.ids.map((id, i) => [id, i]));
    const xs = new Float64Array(input.ids.length);
    const ys = new Float64Array(input.ids.length);
    input.ids.forEach((id, i) => {
      const p = input.positions.get(id) ?? { x: 0, y: 0 };
      xs[i] = p.x;
      ys[i] = p.y;
    });
    const pairs: number[] = [];
    for (const [a, b] of input.edges) {
      const ia = index.get(a);
      const ib = index.get(b);
      if (ia !== undefined && ib !== undefined) pairs.push(ia, ib);
    }
    const request: LayoutRequest = { ticket, xs, ys, edges: Uint32Array.from(pairs) };
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent<LayoutAnswer>) => {
        if (event.data.ticket !== ticket) return;
        worker.removeEventListener('message', onMessage);
        if (ticket !== this.ticket) return resolve(null);
        const positions = new Map<string, { x: number; y: number }>();
        input.ids.forEach((id, i) => {
          positions.set(id, { x: event.data.xs[i]!, y: event.data.ys[i]! });
        });
        resolve({ positions, ms: event.data.ms, iterations: event.data.iterations });
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage(request, [xs.buffer, ys.buffer]);
    });
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
