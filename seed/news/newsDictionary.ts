// The news dictionary (seed/data/news/dictionary.yaml): each entity's aliases and the false
// friends that must not name one. Read, validated, and checked against the seed's ids.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const FalseFriendReason = z.enum(['fta', 'foreign', 'pilot-ftzs', 'generic', 'inside-word', 'part-of-name']);
export type FalseFriendReason = z.infer<typeof FalseFriendReason>;

export const FALSE_FRIEND_REASONS: Record<FalseFriendReason, string> = {
  fta: 'free trade agreement, not a zone (中国—东盟自贸区, 自贸协定, RCEP …)',
  foreign: 'a foreign free trade zone or port',
  'pilot-ftzs': 'the pilot FTZs in general (bare 自贸试验区 / 自由贸易试验区 / 自贸片区): names no zone, but keeps an item that names another entity',
  generic: 'names no particular zone and may be an FTA (bare 自贸区 / 自由贸易区)',
  'inside-word': 'the alias sits inside another word (医药 in 中医药 …)',
  'part-of-name': 'the alias is part of another name (a doctrine, a company, another account scheme)',
};

const term = z.string().min(2, 'an alias is at least two characters');

const DictionaryEntity = z
  .strictObject({
    id: z.string().regex(/^(zone|area|document|person|measure|industry):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a zone, area, document, person, measure or industry id'),
    /** Always name the entity. */
    aliases: z.array(term).min(1),
    /** Name the entity only in an item that also contains one of `needs` (e.g. 南京片区 only beside 自贸). */
    contextualAliases: z.array(term).default([]),
    needs: z.array(term).default([]),
    /** Entities a match also names, e.g. 海南自由贸易港法 names the port as well as the law. */
    implies: z.array(z.string()).default([]),
    /** A pilot FTZ's province in lists (北京、上海自贸试验区; 上海等自贸试验区). */
    listName: term.optional(),
    note: z.string().optional(),
  })
  .refine((e) => e.contextualAliases.length === 0 || e.needs.length > 0, { message: 'contextualAliases need `needs`', path: ['needs'] });

const Group = z.strictObject({
  term,
  /** The entities the term names, all of them, in this order. */
  names: z.array(z.string()).min(2),
  note: z.string().optional(),
});

const FalseFriend = z.strictObject({
  term,
  reason: FalseFriendReason,
  note: z.string().optional(),
});

export const NewsDictionary = z.strictObject({
  entities: z.array(DictionaryEntity),
  /** Terms that name several entities at once (京津冀自贸试验区: three zones). */
  groups: z.array(Group).default([]),
  falseFriends: z.array(FalseFriend).default([]),
});
export type NewsDictionary = z.infer<typeof NewsDictionary>;
export type DictionaryEntity = z.infer<typeof DictionaryEntity>;

export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DictionaryError';
  }
}

/** Parses the dictionary and checks that every id exists in the seed (`seedIds`) and no alias is claimed twice. */
export function parseNewsDictionary(text: string, file: string, seedIds: ReadonlySet<string>): NewsDictionary {
  const result = NewsDictionary.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DictionaryError(file, `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const dict = result.data;
  const owner = new Map<string, string>();
  const claim = (alias: string, by: string) => {
    const key = normalizeForMatch(alias);
    const seen = owner.get(key);
    if (seen && seen !== by) throw new DictionaryError(file, `alias ${alias} is claimed by both ${seen} and ${by}`);
    owner.set(key, by);
  };
  const ids = new Set<string>();
  for (const e of dict.entities) {
    if (!seedIds.has(e.id)) throw new DictionaryError(file, `entity ${e.id} is not in the seed (seed/data/**/*.yaml); fix the id or remove the entry`);
    if (ids.has(e.id)) throw new DictionaryError(file, `entity ${e.id} is listed twice`);
    ids.add(e.id);
    for (const implied of e.implies) if (!seedIds.has(implied)) throw new DictionaryError(file, `entity ${e.id} implies ${implied}, which is not in the seed`);
    for (const a of [...e.aliases, ...e.contextualAliases]) claim(a, e.id);
  }
  for (const g of dict.groups) {
    for (const id of g.names) if (!seedIds.has(id)) throw new DictionaryError(file, `group ${g.term} names ${id}, which is not in the seed`);
    claim(g.term, `group ${g.term}`);
  }
  for (const f of dict.falseFriends) claim(f.term, `false friend (${f.reason})`);
  return dict;
}

export function readNewsDictionary(path: string, seedIds: ReadonlySet<string>): NewsDictionary {
  return parseNewsDictionary(readFileSync(path, 'utf8'), path, seedIds);
}

// One code unit in, one out, so offsets in the normalized text are offsets in the original.
const SAME_LENGTH_FOLDS: Record<string, string> = {
  '（': '(',
  '）': ')',
  '－': '-',
  '–': '-',
  '—': '-',
  '‐': '-',
  '―': '-',
  '　': ' ',
};

/** Folds full-width brackets and dash variants, keeping the length. */
export function normalizeForMatch(text: string): string {
  return text.replace(FOLDABLE, (ch) => SAME_LENGTH_FOLDS[ch] ?? ch);
}
const FOLDABLE = new RegExp(`[${Object.keys(SAME_LENGTH_FOLDS).join('')}]`, 'g');
