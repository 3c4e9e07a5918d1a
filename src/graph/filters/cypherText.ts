// Cypher text helpers for the compilers: parameters with unique names, and relationship
// patterns rewritten for other variables.
import type { Params } from '../executor.js';
import type { RelationField } from '../model.js';

/** Collects parameters with unique names while a query is being compiled. */
export class ParamBag {
  readonly params: Params = {};
  private n = 0;
  add(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `$${name}`;
  }
}

/** A relationship pattern rewritten for variables `from` → `to`, without binding `r`. */
export function patternBetween(field: RelationField, from: string, to: string): string {
  // One pass, so a `from` named `n` is not rewritten again as the target.
  return field.pattern.replace(/\((p|n)([:)])/g, (_m, v: string, end: string) => `(${v === 'p' ? from : to}${end}`).replace('[r:', '[:');
}
