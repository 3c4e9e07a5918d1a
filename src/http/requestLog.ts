// One structured JSON line per request (pino), so an operator sees errors, timeouts and
// refusals as well as successes. Only the fields below are written: never headers (tokens
// travel in `Authorization`), the query's text or variables' values, which may carry
// personal or secret data; the document is named by its hash instead.
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { ErrorCode } from '../errors.js';
import type { QueryStats } from '../graph/executor.js';
import type { RequestTrace } from '../graphql/plugins/requestTrace.js';

export type { Logger };

/**
 * A logger on `destination`, or on stdout written synchronously: one write per line keeps
 * lines in order and loses none when the process exits right after logging (pino's default
 * asynchronous stdout reordered the shutdown lines).
 */
export function createLogger(level: Level | 'silent', destination?: DestinationStream): Logger {
  return pino({ level, timestamp: pino.stdTimeFunctions.isoTime }, destination ?? pino.destination({ dest: 1, sync: true }));
}

/** Codes that mean the server, not the client, failed: logged at `error`. */
const SERVER_SIDE_CODES = new Set<string>([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.TIMEOUT, ErrorCode.SERVICE_UNAVAILABLE]);

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  trace: RequestTrace;
  neo4j?: QueryStats;
  /** The client went away before the whole response was sent. */
  aborted: boolean;
}

export function logRequest(logger: Logger, entry: RequestLogEntry): void {
  const { trace } = entry;
  const line = {
    method: entry.method,
    path: entry.path,
    status: entry.status,
    durationMs: Math.round(entry.durationMs * 100) / 100,
    client: trace.client,
    ...(trace.operationType ? { operationType: trace.operationType } : {}),
    // A name is a GraphQL name the client chose; one line must stay one short line.
    ...(trace.operationName !== undefined ? { operationName: trace.operationName?.slice(0, 100) ?? null } : {}),
    ...(trace.queryHash ? { queryHash: trace.queryHash.slice(0, 16) } : {}),
    ...(trace.cost ? { cost: trace.cost.charged } : {}),
    ...(entry.neo4j ? { neo4j: { queries: entry.neo4j.queries, timeMs: Math.round(entry.neo4j.timeMs * 100) / 100 } } : {}),
    errorCodes: trace.errorCodes,
    ...(entry.aborted ? { aborted: true } : {}),
  };
  // Probes every few seconds would drown the rest: only at debug.
  if (entry.path === '/healthz' || entry.path === '/readyz') logger.debug(line, 'probe');
  else if (entry.status >= 500 || trace.errorCodes.some((c) => SERVER_SIDE_CODES.has(c))) logger.error(line, 'request');
  else if (entry.status >= 400 || trace.errorCodes.length > 0) logger.warn(line, 'request');
  else logger.info(line, 'request');
}
