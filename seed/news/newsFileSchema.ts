// The schema of the generated news files (seed/data/news/YYYY.yaml): the record model's news
// item (src/records/newsItem.ts, what the loader validates) and the broadcast sources the
// pipeline writes beside them, checked here more strictly (one xwlb transcript each).
import { z } from 'zod';
import { NewsItemRecord } from '../../src/records/newsItem.js';

export { MAX_EVIDENCE_CHARS, type NewsItemRecord } from '../../src/records/newsItem.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const NewsSourceRecord = z.strictObject({
  id: z.string().regex(/^source:xwlb-\d{4}-\d{2}-\d{2}$/, 'must look like source:xwlb-YYYY-MM-DD'),
  code: z.string().regex(/^xwlb:\d{4}-\d{2}-\d{2}$/),
  title: z.string().min(1),
  url: z.string().url(),
  publisher: z.string().min(1),
  publishedOn: isoDay,
});

export const NewsFile = z.strictObject({
  sources: z.array(NewsSourceRecord).default([]),
  newsItems: z.array(NewsItemRecord),
});
export type NewsFile = z.infer<typeof NewsFile>;
export type NewsSourceRecord = z.infer<typeof NewsSourceRecord>;
