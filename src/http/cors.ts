// CORS: which browser pages on other origins may read the API's answers. The API is public
// and read-mostly, and tokens travel in `Authorization`, never in cookies, so the default is
// any origin (`*`) and credentials mode is never allowed: a page can only send what it could
// send from anywhere, and Apollo's CSRF prevention stays meaningful (a cross-origin request
// that could carry ambient credentials still needs a preflight).
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight';
/** Headers a page may read beyond the safelisted ones: how long to wait after a 429. */
const EXPOSED_HEADERS = 'retry-after';
/** Seconds a browser may reuse a preflight answer (Chromium caps it at 2 h, Firefox at 24 h). */
const PREFLIGHT_MAX_AGE_S = 7200;

export type CorsOrigins = '*' | string[];

/**
 * Sets the CORS headers every response carries, and answers a preflight (`OPTIONS` with
 * `Origin` and `Access-Control-Request-Method`) with 204. Returns true when it answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): boolean {
  const origin = req.headers.origin;
  let allowed: string | undefined;
  if (origins === '*') allowed = '*';
  else {
    // The answer depends on the Origin header: caches must keep one copy per origin.
    res.setHeader('vary', 'Origin');
    if (origin !== undefined && origins.includes(origin)) allowed = origin;
  }
  if (allowed) {
    res.setHeader('access-control-allow-origin', allowed);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  // Only a preflight is answered here; any other OPTIONS goes on to Apollo (which refuses it).
  // A preflight from an origin not listed gets no allow-origin header: its browser stops there.
  if (req.method !== 'OPTIONS' || origin === undefined || req.headers['access-control-request-method'] === undefined) return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_S));
  }
  res.statusCode = 204;
  res.end();
  return true;
}
