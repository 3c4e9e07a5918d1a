// CORS: browser pages on other origins may read the API (default: any origin), preflights
// are answered 204, and a configured list admits only its origins. Plain fetch with the
// headers a browser would send; the browser itself is checked by the explorer's tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startTestApp } from '../support/graphqlClient.js';

const DASHBOARD = 'http://localhost:3000';

function preflight(app: RunningApp, origin: string): Promise<Response> {
  return fetch(app.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
}

function postFrom(app: RunningApp, origin: string): Promise<Response> {
  return fetch(app.url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ zones { totalCount } }' }),
  });
}

const listOf = (header: string | null) =>
  (header ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

describe('CORS, open by default', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers a preflight with 204, the allowed methods and headers, and a max-age', async () => {
    const res = await preflight(app, DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(listOf(res.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post', 'options']));
    expect(listOf(res.headers.get('access-control-allow-headers'))).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']));
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThanOrEqual(600);
    // Tokens travel in Authorization, never cookies: no credentials mode.
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets a page on another origin read a POST answer', async () => {
    const res = await postFrom(app, DASHBOARD);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(listOf(res.headers.get('access-control-expose-headers'))).toContain('retry-after');
    expect(((await res.json()) as { data: { zones: { totalCount: number } } }).data.zones.totalCount).toBe(23);
  });

  it('keeps CSRF prevention: a simple cross-origin GET that skipped the preflight is refused', async () => {
    const url = `${app.url}?query=${encodeURIComponent('{ zones { totalCount } }')}`;
    const simple = await fetch(url, { headers: { origin: DASHBOARD } });
    expect(simple.status).toBe(400);
    const preflighted = await fetch(url, { headers: { origin: DASHBOARD, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { data: { zones: { totalCount: number } } }).data.zones.totalCount).toBe(23);
  });
});

describe('CORS with a list of origins', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: `https://dash.example.org, ${DASHBOARD}` });
  });
  afterAll(() => app.stop());

  it('allows a listed origin by name, varying on Origin', async () => {
    const pre = await preflight(app, DASHBOARD);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(listOf(pre.headers.get('vary'))).toContain('origin');
    const res = await postFrom(app, 'https://dash.example.org');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(listOf(res.headers.get('vary'))).toContain('origin');
    expect(((await res.json()) as { data: { zones: { totalCount: number } } }).data.zones.totalCount).toBe(23);
  });

  it('gives an unlisted origin no allow-origin header, so its browser blocks the answer', async () => {
    const pre = await preflight(app, 'https://elsewhere.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
    const res = await postFrom(app, 'https://elsewhere.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(listOf(res.headers.get('vary'))).toContain('origin');
  });

  it.each(['https://dash.example.org/', 'dash.example.org', 'https://dash.example.org/app'])('refuses CORS_ORIGINS=%s at start (not an origin)', (value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS/);
  });
});
