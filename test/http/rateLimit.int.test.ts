// Rate limits per client address: a budget of cost points per minute and a cap on requests
// open at once; beyond either, 429 with Retry-After and RATE_LIMITED, before Neo4j is asked.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { normalizeClientAddress } from '../../src/http/clientAddress.js';
import { RateLimiter, type RateRefusal, type RateTicket } from '../../src/http/rateLimiter.js';
import { startTestApp } from '../support/graphqlClient.js';

interface Answer {
  status: number;
  retryAfter: string | null;
  data?: { zones?: { totalCount: number; nodes: Array<{ id: string }> } } | null;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
  extensions?: { cost?: { charged: number }; neo4j?: { queries: number } };
}

const QUERY = '{ zones(first: 10) { totalCount nodes { id } } }';

async function post(app: RunningApp, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: QUERY }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...((await res.json()) as object) };
}

/** Sends the query until it is refused; returns the answers admitted and the refusal. */
async function spendBudget(app: RunningApp, headers: Record<string, string> = {}): Promise<{ admitted: Answer[]; refused: Answer }> {
  const admitted: Answer[] = [];
  for (let i = 0; i < 500; i++) {
    const r = await post(app, headers);
    if (r.status === 429) return { admitted, refused: r };
    expect(r.status).toBe(200);
    admitted.push(r);
  }
  throw new Error('never refused');
}

const BUDGET = 600;

describe('cost points per client per minute', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_COST_PER_MINUTE: String(BUDGET), RATE_LIMIT_CONCURRENT: '0' });
  });
  afterAll(() => app.stop());

  it('answers 429 with Retry-After and RATE_LIMITED once the budget is spent, before any Neo4j query', async () => {
    const { admitted, refused } = await spendBudget(app);
    expect(admitted[0]!.data?.zones?.totalCount).toBe(23);
    expect(admitted[0]!.data?.zones?.nodes).toHaveLength(10);
    const cost = admitted[0]!.extensions!.cost!.charged;
    // Everything admitted fit the budget (plus the little it refilled meanwhile); the next did not.
    const spent = admitted.reduce((sum, r) => sum + r.extensions!.cost!.charged, 0);
    expect(spent).toBeLessThanOrEqual(BUDGET + cost);
    expect(spent + cost).toBeGreaterThan(BUDGET);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'costPerMinute', max: BUDGET, requested: cost, retryAfter: Number(refused.retryAfter) });
    expect(refused.extensions?.neo4j?.queries).toBe(0);
  });

  it('admits the same query again after Retry-After seconds', async () => {
    const { refused } = await spendBudget(app);
    await new Promise((resolve) => setTimeout(resolve, Number(refused.retryAfter) * 1000));
    const again = await post(app);
    expect(again.status).toBe(200);
    expect(again.data?.zones?.totalCount).toBe(23);
  });

  it('does not trust X-Forwarded-For unless TRUST_PROXY says so', async () => {
    const { refused } = await spendBudget(app, { 'x-forwarded-for': '203.0.113.7' });
    expect(refused.status).toBe(429);
    expect((await post(app, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(429);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=true)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_COST_PER_MINUTE: String(BUDGET), RATE_LIMIT_CONCURRENT: '0', TRUST_PROXY: 'true' });
  });
  afterAll(() => app.stop());

  it('meters each forwarded client on its own; entries the client wrote itself do not help', async () => {
    await spendBudget(app, { 'x-forwarded-for': '198.51.100.1' });
    // The proxy appends the address it saw: a client prepending others is still itself.
    expect((await post(app, { 'x-forwarded-for': '192.0.2.99, 198.51.100.1' })).status).toBe(429);
    const other = await post(app, { 'x-forwarded-for': '198.51.100.2' });
    expect(other.status).toBe(200);
    expect(other.data?.zones?.totalCount).toBe(23);
  });
});

describe('requests open at once per client', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_COST_PER_MINUTE: '0', RATE_LIMIT_CONCURRENT: '2' });
  });
  afterAll(() => app.stop());

  /** A POST whose body is still being sent: it holds its slot until `finish` is called. */
  function openRequest(): { finish(): Promise<number> } {
    const url = new URL(app.url);
    const body = JSON.stringify({ query: QUERY });
    let resolveStatus: (status: number) => void;
    const status = new Promise<number>((resolve) => (resolveStatus = resolve));
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        resolveStatus(res.statusCode ?? 0);
      },
    );
    req.write(body.slice(0, 5));
    return {
      finish() {
        req.end(body.slice(5));
        return status;
      },
    };
  }

  it('refuses a third request while two are open with 429 and Retry-After, and admits again once one ends', async () => {
    const first = openRequest();
    const second = openRequest();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await post(app);
    expect(third.status).toBe(429);
    expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'concurrentRequests', max: 2 });
    expect(await first.finish()).toBe(200);
    const fourth = await post(app);
    expect(fourth.status).toBe(200);
    expect(fourth.data?.zones?.totalCount).toBe(23);
    expect(await second.finish()).toBe(200);
  });
});

describe('RateLimiter (its clock injected)', () => {
  const isRefusal = (r: RateTicket | RateRefusal | null): r is RateRefusal => r !== null && 'retryAfter' in r;

  it('refills the budget continuously and says exactly how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ costPerMinute: 600, concurrent: 0 }, () => now);
    const ticket = limiter.admit('a') as RateTicket;
    expect(ticket.charge(500)).toBeNull();
    // 100 left, refilling 10 points per second: 300 more needs 20 s.
    expect(ticket.charge(300)).toEqual({ limit: 'costPerMinute', max: 600, requested: 300, retryAfter: 20 });
    now = 19_000;
    expect(isRefusal(ticket.charge(300))).toBe(true);
    now = 20_000;
    expect(ticket.charge(300)).toBeNull();
    // Another address has its own budget.
    expect((limiter.admit('b') as RateTicket).charge(600)).toBeNull();
  });

  it('lets a request bigger than the whole budget run on a full budget, then makes the client wait it off', () => {
    let now = 0;
    const limiter = new RateLimiter({ costPerMinute: 600, concurrent: 0 }, () => now);
    const ticket = limiter.admit('a') as RateTicket;
    expect(ticket.charge(1200)).toBeNull();
    // 600 in debt: a request of 60 waits until 60 points are back, 66 s.
    expect(ticket.charge(60)?.retryAfter).toBe(66);
    now = 66_000;
    expect(ticket.charge(60)).toBeNull();
  });

  it('counts open requests per address and frees a slot on release (once)', () => {
    const limiter = new RateLimiter({ costPerMinute: 0, concurrent: 1 });
    const first = limiter.admit('a') as RateTicket;
    expect(isRefusal(limiter.admit('a'))).toBe(true);
    expect(isRefusal(limiter.admit('b'))).toBe(false);
    first.release();
    first.release();
    const second = limiter.admit('a');
    expect(isRefusal(second)).toBe(false);
    expect(isRefusal(limiter.admit('a'))).toBe(true);
  });

  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
  ])('meters %s as %s (IPv6 by its /64)', (address, key) => {
    expect(normalizeClientAddress(address)).toBe(key);
  });

  it('is on by default, with the documented budgets, and TRUST_PROXY off', () => {
    const config = loadConfig({});
    expect(config.rateLimit).toEqual({ costPerMinute: 2_000_000, concurrent: 10 });
    expect(config.trustProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});
