// The explorer's static serving: index.html not cached, hashed assets cached for a year,
// a same-origin-only CSP, app routes answered with index.html, /assets misses 404, and the
// API and health endpoints unchanged.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExplorerBuilt } from '../../explorer/buildIfStale.js';
import type { RunningApp } from '../../src/app.js';
import { EXPLORER_CSP, EXPLORER_DIST } from '../../src/http/explorerStatic.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
let origin: string;

beforeAll(async () => {
  ensureExplorerBuilt();
  app = await startTestApp();
  origin = new URL(app.url).origin;
});
afterAll(() => app?.stop());

describe('explorer static serving', () => {
  it.each(['/', '/search?q=Shanghai', '/entity/zone:shanghai', '/entity/industry:biomedicine?lang=zh'])(
    'answers the app route %s with index.html, not cached, same-origin CSP',
    async (path) => {
      const res = await fetch(origin + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      // Nothing but this origin: no other host, scheme or data: URI is allowed anywhere.
      expect(csp.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1))).toEqual(expect.arrayContaining(["'self'"]));
      expect(
        csp
          .split(';')
          .flatMap((d) => d.trim().split(/\s+/).slice(1))
          .filter((v) => v !== "'self'" && v !== "'none'"),
      ).toEqual([]);
      expect(await res.text()).toBe(readFileSync(`${EXPLORER_DIST}index.html`, 'utf8'));
    },
  );

  it.each(['/query', '/query/', '/query?example=graph-stats&lang=zh'])(
    'answers the query IDE page %s with the same policy, inline styles only added (Monaco writes them)',
    async (path) => {
      const res = await fetch(origin + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const directives = Object.fromEntries(
        (res.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      const strict = Object.fromEntries(
        EXPLORER_CSP.split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives).toEqual({ ...strict, 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] });
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(await res.text()).toBe(readFileSync(`${EXPLORER_DIST}index.html`, 'utf8'));
    },
  );

  it('keeps the strict policy on paths that only start like the IDE', async () => {
    for (const path of ['/queryx', '/query/more', '/search?q=query']) {
      const res = await fetch(origin + path);
      expect(res.headers.get('content-security-policy'), path).toBe(EXPLORER_CSP);
    }
  });

  it('serves the hashed assets index.html names with a year-long immutable cache, and no inline script', async () => {
    const html = readFileSync(`${EXPLORER_DIST}index.html`, 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const res = await fetch(origin + asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toMatch(/^(text\/javascript|text\/css)/);
    }
  });

  it('answers 404 for a missing asset and for a path outside the build', async () => {
    for (const path of ['/assets/index-missing.js', '/assets/..%2f..%2fpackage.json', '/assets/..%2F..%2Fsrc%2Fmain.ts']) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(404);
      await res.text();
    }
  });

  it('leaves /graphql, /healthz and /readyz as they were', async () => {
    const res = await gql<{ node: { id: string } }>(app, '{ node(id: "zone:shanghai") { id } }');
    expect(res.data!.node.id).toBe('zone:shanghai');
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${origin}/readyz`)).json()).toEqual({ status: 'ready' });
    const post = await fetch(`${origin}/`, { method: 'POST' });
    expect(post.status).toBe(404);
    await post.text();
  });
});
