// The keyset cursor: the codec for a list's `after` (the last item's sort values and id)
// and the Cypher condition "strictly after the cursor".
import { BadUserInputError } from '../../errors.js';
import type { SortKey } from './compileOrder.js';
import type { ParamBag } from './cypherText.js';

/** A cursor holds the last item's sort values and id. */
export interface CursorPosition {
  values: unknown[];
  id: string;
}

export function encodeSortCursor(values: unknown[], id: string): string {
  return Buffer.from(JSON.stringify({ v: values, id }), 'utf8').toString('base64url');
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
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; id?: unknown };
    if (typeof parsed.id === 'string' && Array.isArray(parsed.v) && parsed.v.length === keys.length && parsed.v.every((value, i) => fitsKey(value, keys[i]!)))
      return { values: parsed.v, id: parsed.id };
  } catch {
    // fall through: not one of ours
  }
  throw new BadUserInputError('`after` is not a cursor this API issued for this ordering.', { argument: 'after' });
}

/**
 * The keyset condition "strictly after the cursor" in orderByClause's order, for keys k0..kn
 * then id: (k0 after c0) OR (k0 = c0 AND k1 after c1) OR ... OR (all equal AND id > cid).
 * Missing values come after every value, so "after c" includes a missing value, and after a
 * missing value only other missing values remain (equal: `IS NULL`; nothing is beyond it).
 */
export function afterCondition(keys: SortKey[], keyVars: string[], idExpr: string, cursor: CursorPosition, bag: ParamBag): string {
  const disjuncts: string[] = [];
  const equal: string[] = [];
  keys.forEach((key, i) => {
    const kv = keyVars[i]!;
    const c = cursor.values[i];
    if (c === null) {
      equal.push(`${kv} IS NULL`);
      return;
    }
    const value = key.kind === 'date' ? `date(${bag.add(c)})` : bag.add(c);
    const beyond = `${kv} ${key.direction === 'ASC' ? '>' : '<'} ${value}`;
    disjuncts.push([...equal, key.nullable ? `(${beyond} OR ${kv} IS NULL)` : beyond].join(' AND '));
    equal.push(`${kv} = ${value}`);
  });
  disjuncts.push([...equal, `${idExpr} > ${bag.add(cursor.id)}`].join(' AND '));
  return disjuncts.map((d) => `(${d})`).join(' OR ');
}
