// Rate limits per client address, as public APIs people trust meter them (GitHub's GraphQL
// API: cost points per hour; the Wikidata Query Service: 429 with Retry-After):
// - a budget of cost points per minute, kept as a token bucket: it holds up to one minute's
//   budget and refills continuously, so a burst may spend the whole minute at once and the
//   wait after it is exact;
// - a cap on the requests one address has open at once.
// A request the limits refuse is answered 429 before anything is sent to Neo4j.

export interface RateLimits {
  /** Cost points per address per minute; 0 = unlimited. */
  costPerMinute: number;
  /** Requests open at once per address; 0 = unlimited. */
  concurrent: number;
}

/** Why and for how long a request is refused. */
export interface RateRefusal {
  limit: 'costPerMinute' | 'concurrentRequests';
  max: number;
  requested?: number;
  /** Whole seconds until the same request would be admitted (at least 1). */
  retryAfter: number;
}

/** One admitted request: charge its cost once it is known, release it when answered. */
export interface RateTicket {
  /** Takes `cost` points from the address's budget, or says how long to wait (charging nothing). */
  charge(cost: number): RateRefusal | null;
  /** Ends the request (idempotent). */
  release(): void;
}

interface ClientState {
  /** Points left at `updatedAt` (negative after a request bigger than the whole budget). */
  points: number;
  updatedAt: number;
  open: number;
}

const MINUTE_MS = 60_000;

export class RateLimiter {
  private readonly clients = new Map<string, ClientState>();
  private lastSweep: number;

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastSweep = now();
  }

  get enabled(): boolean {
    return this.limits.costPerMinute > 0 || this.limits.concurrent > 0;
  }

  /** Admits a request from `address`, or refuses it when the address has too many open. */
  admit(address: string): RateTicket | RateRefusal {
    const now = this.now();
    this.sweep(now);
    const state = this.refill(address, now);
    if (this.limits.concurrent > 0 && state.open >= this.limits.concurrent)
      // Concurrent requests end within the query timeout; a second is a polite first wait.
      return { limit: 'concurrentRequests', max: this.limits.concurrent, retryAfter: 1 };
    state.open++;
    let released = false;
    return {
      charge: (cost) => this.charge(address, cost),
      release: () => {
        if (released) return;
        released = true;
        state.open--;
      },
    };
  }

  private charge(address: string, cost: number): RateRefusal | null {
    const budget = this.limits.costPerMinute;
    if (budget <= 0 || cost <= 0) return null;
    const now = this.now();
    const state = this.refill(address, now);
    // A request bigger than the whole budget waits for a full bucket, then runs into debt:
    // refusing it forever would make MAX_COST above the budget a lie.
    const needed = Math.min(cost, budget);
    if (state.points < needed) {
      const perMs = budget / MINUTE_MS;
      return { limit: 'costPerMinute', max: budget, requested: cost, retryAfter: Math.max(1, Math.ceil((needed - state.points) / perMs / 1000)) };
    }
    state.points -= cost;
    return null;
  }

  /** The address's state with its points refilled up to now. */
  private refill(address: string, now: number): ClientState {
    const budget = this.limits.costPerMinute;
    let state = this.clients.get(address);
    if (!state) {
      state = { points: budget, updatedAt: now, open: 0 };
      this.clients.set(address, state);
      return state;
    }
    state.points = Math.min(budget, state.points + ((now - state.updatedAt) * budget) / MINUTE_MS);
    state.updatedAt = now;
    return state;
  }

  /** Once a minute, forgets addresses with a full budget and nothing open (bounded memory). */
  private sweep(now: number): void {
    if (now - this.lastSweep < MINUTE_MS) return;
    this.lastSweep = now;
    for (const [address, state] of this.clients) {
      const points = state.points + ((now - state.updatedAt) * this.limits.costPerMinute) / MINUTE_MS;
      if (state.open === 0 && points >= this.limits.costPerMinute) this.clients.delete(address);
    }
  }
}
