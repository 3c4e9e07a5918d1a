// The news layer's record: one item of an evening broadcast of Xinwen Lianbo and the entities it
// names. Written by `npm run ingest:news` into seed/data/news/YYYY.yaml (never by hand), read and
// loaded like every other record.
import { z } from 'zod';
import { ID_SLUG_PATTERN } from './labels.js';
import { newsId, sourceId } from './ids.js';

/** The longest evidence sentence kept: evidence, not a copy of the story. */
export const MAX_EVIDENCE_CHARS = 200;

/** What a news item can mention (the ends of MENTIONS in src/graph/model.ts). */
export const MENTIONABLE_PREFIXES = ['zone', 'area', 'industry', 'measure', 'document', 'person'] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const mentionableId = z.string().regex(new RegExp(`^(?:${MENTIONABLE_PREFIXES.join('|')}):${ID_SLUG_PATTERN}$`), `must be the id of a ${MENTIONABLE_PREFIXES.join(', ')}`);

const NewsMentionRecord = z.strictObject({
  entity: mentionableId,
  /** The dictionary alias that matched, as written in the transcript. */
  term: z.string().min(1),
  /** The first sentence of the item that names the entity, at most 200 characters. */
  evidence: z.string().min(1).max(MAX_EVIDENCE_CHARS),
});

export const NewsItemRecord = z
  .strictObject({
    /** news:<broadcast date>-<1-based ordinal of the item in the broadcast>. */
    id: newsId.regex(/^news:\d{4}-\d{2}-\d{2}-[1-9]\d*$/, 'must look like news:YYYY-MM-DD-N'),
    broadcastOn: isoDay,
    programme: z.literal('新闻联播'),
    headline: z.string().min(1),
    /** Only for an item inside a 快讯 bundle: its bold line. */
    subHeadline: z.string().min(1).optional(),
    url: z.string().url(),
    sources: z.array(sourceId).min(1),
    mentions: z.array(NewsMentionRecord).min(1, 'an item is kept only when it names an entity'),
  })
  .refine((item) => item.id.startsWith(`news:${item.broadcastOn}-`), { message: 'id must start with the broadcast date', path: ['id'] })
  .refine((item) => new Set(item.mentions.map((m) => m.entity)).size === item.mentions.length, { message: 'one mention per (item, entity)', path: ['mentions'] })
  .refine((item) => item.mentions.every((m) => m.evidence.includes(m.term)), { message: 'evidence must contain the term', path: ['mentions'] });
export type NewsItemRecord = z.infer<typeof NewsItemRecord>;
