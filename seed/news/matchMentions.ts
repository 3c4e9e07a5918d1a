// Finds the dictionary's entities in one news item. Deterministic: leftmost-longest matching over
// all aliases and false friends at once, no overlaps; a false friend consumes its span and names
// nothing, which is how 医药 stays out of 中医药 and 自贸区 out of 中国—东盟自贸区.
import { MAX_EVIDENCE_CHARS } from './newsFileSchema.js';
import type { FalseFriendReason, NewsDictionary } from './newsDictionary.js';
import { normalizeForMatch } from './newsDictionary.js';
import type { BroadcastItem } from './readBroadcast.js';

type Entry = { kind: 'alias'; entity: string; needs: string[]; implies: string[] } | { kind: 'false-friend'; reason: FalseFriendReason };

export interface Matcher {
  /** First code unit → terms starting with it, longest first. */
  byFirst: Map<string, Array<{ term: string; entry: Entry }>>;
  /** Substrings one of which every place alias contains: an item without any names no place. */
  placeTriggers: string[];
  /** Province → zone for lists (北京、上海自贸试验区); null when the dictionary has none. */
  listNames: Map<string, string>;
  /** A list of provinces joined by 、/和/与/及 right before a zone alias. */
  listBeforeAlias: RegExp | null;
  /** A list of provinces, optionally with 等 / 等N个, right before a bare 自贸试验区. */
  listBeforeGeneric: RegExp | null;
}

/** Bare FTZ words a province list can precede (上海等自贸试验区); not 自由贸易区, which is also an FTA. */
const LISTABLE_GENERICS = new Set(['自贸试验区', '自由贸易试验区', '自贸区']);
const LIST_SEPARATORS = '[、和与及]';

// Most place aliases contain one of these; any that does not becomes a trigger itself.
const COMMON_TRIGGERS = ['自贸', '自由贸易', '片区', '保税'];

export function compileMatcher(dict: NewsDictionary): Matcher {
  const byFirst = new Map<string, Array<{ term: string; entry: Entry }>>();
  const add = (raw: string, entry: Entry) => {
    const term = normalizeForMatch(raw);
    const list = byFirst.get(term[0]!) ?? [];
    list.push({ term, entry });
    byFirst.set(term[0]!, list);
  };
  for (const e of dict.entities) {
    for (const a of e.aliases) add(a, { kind: 'alias', entity: e.id, needs: [], implies: e.implies });
    for (const a of e.contextualAliases) add(a, { kind: 'alias', entity: e.id, needs: e.needs.map(normalizeForMatch), implies: e.implies });
  }
  for (const g of dict.groups) add(g.term, { kind: 'alias', entity: g.names[0]!, needs: [], implies: g.names.slice(1) });
  for (const f of dict.falseFriends) add(f.term, { kind: 'false-friend', reason: f.reason });
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length || (a.term < b.term ? -1 : 1));
  const placeTriggers = new Set(COMMON_TRIGGERS);
  for (const e of dict.entities)
    if ([e.id, ...e.implies].some(isPlaceId))
      for (const a of [...e.aliases, ...e.contextualAliases].map(normalizeForMatch)) if (!COMMON_TRIGGERS.some((t) => a.includes(t))) placeTriggers.add(a);
  for (const g of dict.groups) if (g.names.some(isPlaceId) && !COMMON_TRIGGERS.some((t) => g.term.includes(t))) placeTriggers.add(normalizeForMatch(g.term));
  const listNames = new Map(dict.entities.flatMap((e) => (e.listName ? [[e.listName, e.id] as [string, string]] : [])));
  const names = [...listNames.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
  const listBeforeAlias = names ? new RegExp(`(?:(?:${names})${LIST_SEPARATORS})+$`) : null;
  const listBeforeGeneric = names ? new RegExp(`(?:${names})(?:${LIST_SEPARATORS}(?:${names}))*(?:等(?:\\d+个)?)?$`) : null;
  return { byFirst, placeTriggers: [...placeTriggers].sort(), listNames, listBeforeAlias, listBeforeGeneric };
}

/** The zones a province list right before position `at` names, in reading order. */
function listedZones(matcher: Matcher, text: string, at: number, pattern: RegExp | null): Array<{ entity: string; start: number; end: number }> {
  if (!pattern) return [];
  const from = Math.max(0, at - 60);
  const m = pattern.exec(text.slice(from, at));
  if (!m) return [];
  const names = [...matcher.listNames.keys()].sort((a, b) => b.length - a.length);
  const found: Array<{ entity: string; start: number; end: number }> = [];
  let i = from + m.index;
  while (i < at) {
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) {
      i++;
      continue;
    }
    found.push({ entity: matcher.listNames.get(name)!, start: i, end: i + name.length });
    i += name.length;
  }
  return found;
}

/** False when the item cannot name a zone, the port or a sub-area: the cheap test before matching. */
export function mayNamePlace(matcher: Matcher, item: BroadcastItem): boolean {
  return segmentsOf(item).some((s) => {
    const text = normalizeForMatch(s);
    return matcher.placeTriggers.some((t) => text.includes(t));
  });
}

export interface Mention {
  entity: string;
  term: string;
  evidence: string;
}

export interface ItemMatch {
  /** One per entity, in order of first appearance. */
  mentions: Mention[];
  /** False friends hit (each occurrence). */
  falseFriends: Array<{ term: string; reason: FalseFriendReason }>;
  /** Contextual aliases seen in an item without their context: not mentions. */
  withoutContext: Array<{ entity: string; term: string }>;
}

/** The segments searched, in reading order. A bundle's 国内联播快讯 headline names nothing. */
function segmentsOf(item: BroadcastItem): string[] {
  return item.subHeadline !== undefined ? [item.subHeadline, ...item.paragraphs] : [item.headline, ...item.paragraphs];
}

const SENTENCE_END = /[。！？!?]/;
const CLOSERS = /[”’"'）)》」』\]]/;

/** The sentence of `text` around [start, end), cut to the evidence limit around the term. */
export function extractEvidence(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!) && !(CLOSERS.test(text[from - 1]!) && from > 1 && SENTENCE_END.test(text[from - 2]!))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++;
  while (to < text.length && CLOSERS.test(text[to]!)) to++;
  const lead = text.slice(from, start).length - text.slice(from, start).trimStart().length;
  from += lead;
  const sentence = text.slice(from, to).trimEnd();
  if (sentence.length <= MAX_EVIDENCE_CHARS) return sentence;
  const budget = MAX_EVIDENCE_CHARS - 2; // room for an ellipsis at each cut end
  const p = start - from;
  const len = end - start;
  let a = Math.max(0, p - Math.floor((budget - len) / 2));
  const b = Math.min(sentence.length, a + budget);
  a = Math.max(0, b - budget);
  return `${a > 0 ? '…' : ''}${sentence.slice(a, b)}${b < sentence.length ? '…' : ''}`;
}

export function matchItem(matcher: Matcher, item: BroadcastItem): ItemMatch {
  const segments = segmentsOf(item);
  const normalized = segments.map(normalizeForMatch);
  const whole = normalized.join('\n');
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const falseFriends: ItemMatch['falseFriends'] = [];
  const withoutContext: ItemMatch['withoutContext'] = [];
  normalized.forEach((text, s) => {
    const original = segments[s]!;
    let i = 0;
    while (i < text.length) {
      const candidates = matcher.byFirst.get(text[i]!);
      const hit = candidates?.find((c) => text.startsWith(c.term, i));
      if (!hit) {
        i++;
        continue;
      }
      const end = i + hit.term.length;
      const term = original.slice(i, end);
      const entry = hit.entry;
      const listed =
        entry.kind === 'false-friend'
          ? LISTABLE_GENERICS.has(hit.term)
            ? listedZones(matcher, text, i, matcher.listBeforeGeneric)
            : []
          : entry.entity.startsWith('zone:')
            ? listedZones(matcher, text, i, matcher.listBeforeAlias)
            : [];
      for (const z of listed) {
        if (seen.has(z.entity)) continue;
        seen.add(z.entity);
        mentions.push({ entity: z.entity, term: original.slice(z.start, z.end), evidence: extractEvidence(original, z.start, z.end) });
      }
      if (entry.kind === 'false-friend') falseFriends.push({ term, reason: entry.reason });
      else if (entry.needs.length > 0 && !entry.needs.some((n) => whole.includes(n))) withoutContext.push({ entity: entry.entity, term });
      else
        for (const entity of [entry.entity, ...entry.implies]) {
          if (seen.has(entity)) continue;
          seen.add(entity);
          mentions.push({ entity, term, evidence: extractEvidence(original, i, end) });
        }
      i = end;
    }
  });
  return { mentions, falseFriends, withoutContext };
}

/** Zones (the port included) and sub-areas: an item is kept only when it names one. */
export function isPlaceId(id: string): boolean {
  return id.startsWith('zone:') || id.startsWith('area:');
}
