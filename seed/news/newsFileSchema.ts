// The schema of the generated news files (seed/data/news/YYYY.yaml). Self-contained on purpose:
// it moves into the seed's record schemas when the loader learns to read news.
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const sourceId = z.string().regex(/^source:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like source:some-slug');
const entityId = z
  .string()
  .regex(/^(zone|area|document|authority|person|measure|field|industry|cluster):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an entity id such as zone:shanghai');

/** The longest evidence sentence kept: evidence, not a copy of the story. */
export const MAX_EVIDENCE_CHARS = 200;

export const NewsSourceRecord = z.strictObject({
  id: z.string().regex(/^source:xwlb-\d{4}-\d{2}-\d{2}$/, 'must look like source:xwlb-YYYY-MM-DD'),
  code: z.string().regex(/^xwlb:\d{4}-\d{2}-\d{2}$/),
  title: z.string().min(1),
  url: z.string().url(),
  publisher: z.string().min(1),
  publishedOn: isoDay,
});

export const NewsMentionRecord = z.strictObject({
  entity: entityId,
  /** The dictionary alias that matched, as written in the transcript. */
  term: z.string().min(1),
  /** The first sentence of the item that names the entity, at most 200 characters. */
  evidence: z.string().min(1).max(MAX_EVIDENCE_CHARS),
});

export const NewsItemRecord = z
  .strictObject({
    /** news:<broadcast date>-<1-based ordinal of the item in the broadcast>. */
    id: z.string().regex(/^news:\d{4}-\d{2}-\d{2}-[1-9]\d*$/, 'must look like news:YYYY-MM-DD-N'),
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
  .refine((item) => new Set(item.mentions.map((m) => m.entity)).size === item.mentions.length, {
    message: 'one mention per (item, entity)',
    path: ['mentions'],
  })
  .refine((item) => item.mentions.every((m) => m.evidence.includes(m.term)), { message: 'evidence must contain the term', path: ['mentions'] });

export const NewsFile = z.strictObject({
  sources: z.array(NewsSourceRecord).default([]),
  newsItems: z.array(NewsItemRecord),
});
export type NewsFile = z.infer<typeof NewsFile>;
export type NewsItemRecord = z.infer<typeof NewsItemRecord>;
export type NewsMentionRecord = z.infer<typeof NewsMentionRecord>;
export type NewsSourceRecord = z.infer<typeof NewsSourceRecord>;
