// The id checks of the record schemas, derived from the one id-prefix table
// (LABEL_BY_PREFIX in ./labels.ts): a new label's prefix is added there, not here.
import { z } from 'zod';
import { ID_SLUG_PATTERN, LABEL_BY_PREFIX, type IdPrefix } from './labels.js';

/** `<prefix>:<slug>`: lowercase ASCII words joined by '-'. */
const idOf = (prefix: IdPrefix) => z.string().regex(new RegExp(`^${prefix}:${ID_SLUG_PATTERN}$`), `must look like ${prefix}:some-slug`);

export const sourceId = idOf('source');
export const zoneId = idOf('zone');
export const areaId = idOf('area');
export const documentId = idOf('document');
export const authorityId = idOf('authority');
export const personId = idOf('person');
export const measureId = idOf('measure');
export const fieldId = idOf('field');
export const industryId = idOf('industry');
export const clusterId = idOf('cluster');
export const observationId = idOf('obs');
export const newsId = idOf('news');

/** What an observation may be about: any entity the graph describes, not another figure or a source. */
const SUBJECT_PREFIXES = (Object.keys(LABEL_BY_PREFIX) as IdPrefix[]).filter((p) => p !== 'obs' && p !== 'source');

/** Any entity id (used where a relationship may point at several labels). */
export const anyEntityId = z.string().regex(new RegExp(`^(?:${SUBJECT_PREFIXES.join('|')}):${ID_SLUG_PATTERN}$`), 'must be an entity id such as zone:shanghai');
