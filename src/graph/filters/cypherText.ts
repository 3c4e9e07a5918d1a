// Cypher text helpers for every statement builder: parameters with unique names, relationship
// patterns rewritten for other variables, and nesting a clause block inside a subquery.
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

/**
 * `text` nested `spaces` deeper: every line after the first is indented, the first is placed
 * by the template that embeds it (`CALL {\n    ${indent(body)}\n}`).
 */
export function indent(text: string, spaces = 4): string {
  return text.replaceAll('\n', `\n${' '.repeat(spaces)}`);
}

/**
 * Statement texts built once per shape: `text(key, render)` returns the text kept for `key`
 * or renders and keeps it; past `max` texts the oldest is dropped (the shapes are the
 * client's to vary, so the map must not grow without bound).
 */
export function createTextCache(max = 100): (key: string, render: () => string) => string {
  const texts = new Map<string, string>();
  return (key, render) => {
    let text = texts.get(key);
    if (text === undefined) {
      if (texts.size >= max) texts.delete(texts.keys().next().value!);
      texts.set(key, (text = render()));
    }
    return text;
  };
}
