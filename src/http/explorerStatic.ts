// Serves the built explorer (explorer/dist) at `/`: hashed assets cached for a year,
// index.html never cached, every app route answered with index.html (client-side routing),
// and a content security policy that lets the page load and call only this origin.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpErrorBody, NotFoundError, ServiceUnavailableError, type GraphQLErrorWithCode } from '../errors.js';

export const EXPLORER_DIST = fileURLToPath(new URL('../../explorer/dist/', import.meta.url));

/** Only this origin, no inline script or style, no plugins, no framing. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The query IDE's page (`/query`): the same policy, but inline styles allowed, because Monaco
 * (GraphiQL's editor) writes <style> elements and style attributes as it lays out text, and
 * data: images, because it draws its error squiggles as data: SVG backgrounds (refused, each
 * logged a console error when a document had an error). Scripts stay 'self'. Only documents loaded at /query get it; the explorer reloads the page
 * when it enters the IDE from another view (explorer/src/query/QueryView.tsx).
 */
export const QUERY_IDE_CSP = EXPLORER_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("img-src 'self'", "img-src 'self' data:");

/** The path of the page that gets QUERY_IDE_CSP. */
export const QUERY_IDE_PATH = '/query';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function sendError(res: ServerResponse, status: number, cacheControl: string, error: GraphQLErrorWithCode): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': cacheControl });
  res.end(JSON.stringify(httpErrorBody(error)));
}

function sendFile(res: ServerResponse, path: string, headers: Record<string, string>, method: string): void {
  const size = statSync(path).size;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': String(size),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  if (method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

/**
 * Answers GET/HEAD for the explorer; returns false for requests it does not own (other
 * methods), so the caller answers them. `/assets/...` misses are 404; any other path is an
 * app route and gets index.html.
 */
export function serveExplorer(req: IncomingMessage, res: ServerResponse, pathname: string, dist: string = EXPLORER_DIST): boolean {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return false;
  const index = join(dist, 'index.html');
  const csp = pathname.replace(/\/+$/, '') === QUERY_IDE_PATH ? QUERY_IDE_CSP : EXPLORER_CSP;
  const htmlHeaders = { 'cache-control': 'no-cache', 'content-security-policy': csp, 'referrer-policy': 'same-origin' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '';
  }
  const file = normalize(join(dist, decoded));
  const inside = file.startsWith(dist.endsWith(sep) ? dist : dist + sep);
  if (decoded.startsWith('/assets/')) {
    if (inside && existsSync(file) && statSync(file).isFile()) sendFile(res, file, { 'cache-control': 'public, max-age=31536000, immutable' }, method);
    else sendError(res, 404, 'no-cache', new NotFoundError('No such asset in the explorer build.'));
    return true;
  }
  if (!existsSync(index)) {
    sendError(res, 503, 'no-store', new ServiceUnavailableError('The explorer is not built: run `npm run build:explorer` (npm start does it for you).'));
    return true;
  }
  // Unhashed files at the top of dist (favicon...) are served briefly cached; the rest is the app.
  if (inside && decoded !== '/' && decoded !== '/index.html' && existsSync(file) && statSync(file).isFile())
    sendFile(res, file, { 'cache-control': 'public, max-age=3600' }, method);
  else sendFile(res, index, htmlHeaders, method);
  return true;
}
