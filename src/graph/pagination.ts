// Page arguments and the one cursor codec: page-size rules, and the cursors every list
// issues (a sorted list's last sort values and id; the audit log's time and id), each
// base64url JSON. Clients hold cursors, so their bytes must not change.
import { isDate } from 'neo4j-driver';
import { BadUserInputError, LimitExceededError } from '../errors.js';
import type { SortKey } from './filters/compileOrder.js';
import { formatDate } from './records.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageWindow {
  /** Page size asked for. */
  first: number;
  /** The cursor the page starts after (decoded against the ordering later), or null. */
  after: string | null;
}

export function toPageWindow(args: PageArgs, defaultSize = 20): PageWindow {
  const first = args.first ?? defaultSize;
  if (first < 0) throw new BadUserInputError('`first` must not be negative.', { argument: 'first' });
  if (first > MAX_PAGE_SIZE)
    throw new LimitExceededError(`\`first\` is ${first}, above the maximum page size of ${MAX_PAGE_SIZE}.`, {
      limit: 'first',
      max: MAX_PAGE_SIZE,
      requested: first,
    });
  return { first, after: toAfterCursor(args.after) };
}

/**
 * The cursor a page starts after, or null for the first page. `after: ""` is the first page
 * too: Apollo's relayStylePagination, among others, may send it before any page is read.
 */
export function toAfterCursor(after: string | null | undefined): string | null {
  return after === undefined || after === null || after === '' ? null : after;
}

const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** The JSON inside a cursor; throws when it is not base64url JSON. */
const decodeCursor = (cursor: string): unknown => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

/** A sorted list's cursor holds the last item's sort values and id. */
export interface CursorPosition {
  values: unknown[];
  id: string;
}

export function encodeSortCursor(values: unknown[], id: string): string {
  return encodeCursor({ v: values, id });
}

/** The cursor of a row read with its sort keys as Neo4j returns them (dates as ISO strings). */
export function cursorFor(keys: unknown[], id: string): string {
  return encodeSortCursor(
    keys.map((k) => (isDate(k) ? formatDate(k) : k)),
    id,
  );
}

/** A cursor value must have its key's type: a forged cursor must not reach Cypher's date(). */
function fitsKey(value: unknown, key: SortKey): boolean {
  if (value === null) return key.nullable;
  switch (key.kind) {
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    case 'int':
    case 'float':
    case 'count':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string';
  }
}

export function decodeSortCursor(cursor: string, keys: SortKey[]): CursorPosition {
  try {
    const parsed = decodeCursor(cursor) as { v?: unknown; id?: unknown };
    if (typeof parsed.id === 'string' && Array.isArray(parsed.v) && parsed.v.length === keys.length && parsed.v.every((value, i) => fitsKey(value, keys[i]!)))
      return { values: parsed.v, id: parsed.id };
  } catch {
    // fall through: not one of ours
  }
  throw new BadUserInputError('`after` is not a cursor this API issued for this ordering.', { argument: 'after' });
}

/** The audit log's cursor: the last entry's time (ISO) and id. */
export function encodeAuditCursor(at: string, id: string): string {
  return encodeCursor([at, id]);
}

export function decodeAuditCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = decodeCursor(cursor) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through
  }
  throw new BadUserInputError('`after` is not a cursor returned by auditLog.', { argument: 'after' });
}
