// Curation writes. Every write works on a whole record in the seed's own shape
// (src/records/schema.ts): the record is read back from the graph (readCuratedRecord.ts), changed,
// validated with its zod schema, its references checked, and written with the rows
// src/graph/recordRows.ts makes for it — the node, and every relationship the record owns, replaced —
// together with its audit entry, in ONE transaction (curate.ts). So a curated record is exactly
// what the seed loader would have written for it, and a write happens entirely or not at all.
// The writes the API offers: upsertRecord.ts (records, SUPPLIES links), linkEntities.ts (links).
export { commitCuration, prepareCuration } from './curate.js';
export { LINK_ENDS, LINK_TYPES, linkEntities, unlinkEntities } from './linkEntities.js';
export type { CuratedKind } from './readCuratedRecord.js';
export { upsertRecord, upsertSupplyLink } from './upsertRecord.js';
