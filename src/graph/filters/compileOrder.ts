// Compiles `orderBy` inputs into sort keys, ORDER BY text and the keyset condition "after
// a cursor" in that order. Property names and relationship patterns come only from
// fieldSpec.ts / model.ts; cursor values travel as parameters.
import { BadUserInputError, LimitExceededError } from '../../errors.js';
import { PROPERTIES, sortKeys, type PropertySpec } from '../fieldSpec.js';
import { degreePattern, RELATION_FIELDS, type EntityLabel, type RelationField } from '../model.js';
import type { CursorPosition } from '../pagination.js';
import { patternBetween, type ParamBag } from './cypherText.js';

export type OrderInput = { field: string; direction?: 'ASC' | 'DESC' | null };

/** One compiled ordering key: its Cypher expression over `n`, direction and value type. */
export interface SortKey {
  expression: string;
  direction: 'ASC' | 'DESC';
  kind: PropertySpec['kind'] | 'count';
  /** The value can be missing (any property but the id). Missing values sort last either way. */
  nullable: boolean;
}

/** How many ordering keys one list may use. */
export const MAX_ORDER_KEYS = 5;

export function compileOrder(label: EntityLabel, orderBy: OrderInput[] | null | undefined, v = 'n'): SortKey[] {
  const available = sortKeys(label);
  if ((orderBy?.length ?? 0) > MAX_ORDER_KEYS)
    throw new LimitExceededError(`\`orderBy\` has ${orderBy!.length} keys; at most ${MAX_ORDER_KEYS} are allowed.`, {
      limit: 'orderBy',
      max: MAX_ORDER_KEYS,
      requested: orderBy!.length,
    });
  return (orderBy ?? []).map(({ field, direction }) => {
    const key = available.find((k) => k.name === field);
    if (!key) throw new BadUserInputError(`Cannot order ${label} by ${field}.`, { argument: 'orderBy' });
    const dir = direction ?? 'ASC';
    if (key.property) {
      const kind = PROPERTIES[label][key.property]!.kind;
      return { expression: `${v}.${key.property}`, direction: dir, kind, nullable: kind !== 'id' };
    }
    const rf = (RELATION_FIELDS[label] as Record<string, RelationField>)[key.countOf!]!;
    const w = `c${key.countOf}`;
    const degree = degreePattern(rf, v);
    return { expression: degree ? `COUNT { ${degree} }` : `COUNT { MATCH ${patternBetween(rf, v, w)} RETURN DISTINCT ${w} }`, direction: dir, kind: 'count', nullable: false };
  });
}

/**
 * ORDER BY's text for keys bound to `keyVars`, then the id. Cypher sorts null last ascending
 * but first descending; `IS NULL` ahead of each nullable key puts missing values last in both
 * directions, which is what readers expect of "largest first" (and what afterCondition assumes).
 */
export function orderByClause(keys: SortKey[], keyVars: string[], idExpr: string): string {
  const terms = keys.flatMap((k, i) => [...(k.nullable ? [`${keyVars[i]} IS NULL`] : []), `${keyVars[i]} ${k.direction}`]);
  return [...terms, `${idExpr} ASC`].join(', ');
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
