// The HTTP front: POST/GET /graphql through Apollo, plus /healthz and /readyz and the explorer at /; CORS, the
// per-client rate limits and the request log (src/http/) are applied here, around Apollo.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { BadRequestError, type GraphQLErrorWithCode, httpErrorBody, InternalError, LimitExceededError, NotFoundError, RateLimitedError } from './errors.js';
import type { Executor } from './graph/executor.js';
import type { QueryStrategy } from './graph/loaders.js';
import { createContext, type GraphQLContext } from './graphql/context.js';
import { countTokens } from './graphql/limits.js';
import { attachRequestTrace, readErrorCodes, type RequestTrace } from './graphql/plugins/requestTrace.js';
import { readClientAddress } from './http/clientAddress.js';
import { applyCors, type CorsOrigins } from './http/cors.js';
import { serveExplorer } from './http/explorerStatic.js';
import type { RateLimiter, RateRefusal, RateTicket } from './http/rateLimiter.js';
import { logRequest, type Logger } from './http/requestLog.js';

class BodyTooLargeError extends Error {}

/** Deeper variables than any filter can use: refused before GraphQL coerces them recursively. */
const MAX_VARIABLES_DEPTH = 32;

/** How deeply a JSON value nests (iteratively, stopping past `max`); a string is parsed first. */
function jsonDepth(value: unknown, max: number): number {
  if (typeof value === 'string') {
    // GET requests carry variables as JSON text; count brackets instead of parsing.
    let depth = 0;
    let deepest = 0;
    for (const ch of value) {
      if (ch === '{' || ch === '[') deepest = Math.max(deepest, ++depth);
      else if (ch === '}' || ch === ']') depth--;
      if (deepest > max) break;
    }
    return deepest;
  }
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d);
    if (deepest > max) break;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return deepest;
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop keeping it, but let the client finish sending so it gets our answer, not a reset.
        req.off('data', onData);
        req.resume();
        reject(new BodyTooLargeError());
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Answers with GraphQL-shaped errors the HTTP front raised itself, and notes their codes. */
function sendErrors(res: ServerResponse, status: number, trace: RequestTrace, ...errors: GraphQLErrorWithCode[]): void {
  trace.errorCodes = errors.map((e) => String(e.extensions.code));
  sendJson(res, status, httpErrorBody(...errors));
}

function sendConcurrencyRefusal(res: ServerResponse, trace: RequestTrace, refusal: RateRefusal): void {
  res.setHeader('retry-after', String(refusal.retryAfter));
  sendErrors(res, 429, trace, new RateLimitedError(`This address already has ${refusal.max} requests open; wait for one to finish.`, refusal));
}

/** Error codes of an answer Apollo refused before any plugin saw it (e.g. its CSRF check). */
function readBodyErrorCodes(body: string): string[] {
  try {
    return readErrorCodes((JSON.parse(body) as { errors?: GraphQLFormattedError[] }).errors);
  } catch {
    return [];
  }
}

export interface HttpOptions {
  maxBodyBytes: number;
  maxTokens: number;
  /** True once the schema is in place (set by the app; false while Neo4j has not been reached). */
  isReady: () => Promise<boolean>;
  /** How nested selections are read (config QUERY_STRATEGY). */
  strategy?: QueryStrategy;
  /** Origins allowed by CORS (config CORS_ORIGINS); default any. */
  corsOrigins?: CorsOrigins;
  /** Per-client limits (config RATE_LIMIT_*); none when absent. */
  rateLimiter?: RateLimiter;
  /** Proxies whose X-Forwarded-For is trusted (config TRUST_PROXY). */
  trustProxyHops?: number;
  /** Where each request's log line goes; none when absent. */
  logger?: Logger;
  /** The built explorer served at `/`; default explorer/dist. */
  explorerDir?: string;
}

export function createHttpServer(apollo: ApolloServer<GraphQLContext>, executor: Executor, options: HttpOptions): Server {
  return createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const trace: RequestTrace = { client: readClientAddress(req, options.trustProxyHops ?? 0), errorCodes: [] };
    let context: GraphQLContext | undefined;
    let ticket: RateTicket | undefined;
    let clientGone = false;
    res.once('close', () => {
      if (!res.writableFinished) clientGone = true;
    });
    try {
      if (applyCors(req, res, options.corsOrigins ?? '*')) return;
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const ready = await options.isReady().catch(() => false);
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
      }
      if (url.pathname !== '/graphql') {
        if (serveExplorer(req, res, url.pathname, options.explorerDir)) return;
        return sendErrors(res, 404, trace, new NotFoundError());
      }

      if (options.rateLimiter?.enabled) {
        const admitted = options.rateLimiter.admit(trace.client);
        if ('retryAfter' in admitted) return sendConcurrencyRefusal(res, trace, admitted);
        ticket = admitted;
        trace.budget = admitted;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req, options.maxBodyBytes);
        try {
          body = text.length ? JSON.parse(text) : {};
        } catch {
          return sendErrors(res, 400, trace, new BadRequestError('The request body is not valid JSON.'));
        }
      }
      const query = req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : url.searchParams.get('query');
      if (typeof query === 'string' && countTokens(query, options.maxTokens) > options.maxTokens)
        return sendErrors(res, 400, trace, new LimitExceededError(`The document has more than ${options.maxTokens} tokens.`, { limit: 'tokens', max: options.maxTokens }));
      const variables = req.method === 'POST' ? (body as { variables?: unknown } | undefined)?.variables : url.searchParams.get('variables');
      if (variables != null && jsonDepth(variables, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH)
        return sendErrors(
          res,
          400,
          trace,
          new LimitExceededError(`Variables nest more than ${MAX_VARIABLES_DEPTH} levels deep.`, { limit: 'variablesDepth', max: MAX_VARIABLES_DEPTH }),
        );
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => {
          context = createContext(executor, { authorization: req.headers.authorization ?? null, strategy: options.strategy });
          attachRequestTrace(context, trace);
          return context;
        },
      });
      // Answers depend on the data version and on who asks: never cached on the way.
      res.setHeader('cache-control', 'no-store');
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        if (res.statusCode >= 400 && trace.errorCodes.length === 0) trace.errorCodes = readBodyErrorCodes(response.body.string);
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (e) {
      if (e instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close');
        return sendErrors(res, 413, trace, new LimitExceededError(`The request body exceeds ${options.maxBodyBytes} bytes.`, { limit: 'bodySize', max: options.maxBodyBytes }));
      }
      if (!res.headersSent) sendErrors(res, 500, trace, new InternalError());
      else res.end();
    } finally {
      ticket?.release();
      if (options.logger)
        logRequest(options.logger, {
          method: req.method ?? 'GET',
          path: url.pathname,
          status: res.statusCode,
          durationMs: performance.now() - started,
          trace,
          neo4j: context?.stats,
          aborted: clientGone,
        });
    }
  });
}
