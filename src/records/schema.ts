// The record schemas: every record the graph holds (the seed's data files, a curated write)
// is validated against these before anything is written. Id checks live in ids.ts. Only the
// schemas curation writes are exported; the others are reached through RecordFile's sections.
import { z } from 'zod';
import { NewsItemRecord } from './newsItem.js';
import { anyEntityId, areaId, authorityId, clusterId, documentId, fieldId, industryId, measureId, observationId, personId, sourceId, zoneId } from './ids.js';

/**
 * ISO 8601 calendar date at day, month or year precision ("2013-09-29", "2023-11", "2019").
 * Stored as a Neo4j date (first day of the period) plus a precision, so nothing more exact
 * than the source is claimed.
 */
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)), 'is not a real calendar date');

const sources = z.array(sourceId).min(1, 'needs at least one source');

/** Fields every fact-bearing record has. */
const factBase = {
  sources,
  /** false where the fact sheet marks the fact UNVERIFIED. */
  verified: z.boolean().default(true),
  note: z.string().optional(),
};

export const SourceRecord = z.strictObject({
  id: sourceId,
  /** The fact sheet's short code, e.g. "W-SH" or "xwlb:2023-11-01". */
  code: z.string().optional(),
  title: z.string().min(1),
  url: z.string().optional(),
  publisher: z.string().optional(),
  publishedOn: partialDate.optional(),
  note: z.string().optional(),
});

const ZoneKind = z.enum(['PILOT_FREE_TRADE_ZONE', 'FREE_TRADE_PORT']);

const ZoneRecord = z.strictObject({
  id: zoneId,
  kind: ZoneKind,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  /** Short English name, e.g. "Shanghai". */
  shortName: z.string().min(1),
  province: z.string().min(1),
  /** Batch number (1..7) for pilot FTZs; absent for the free trade port. */
  batch: z.number().int().min(1).max(7).optional(),
  approvedOn: partialDate.optional(),
  planIssuedOn: partialDate.optional(),
  publishedOn: partialDate.optional(),
  launchedOn: partialDate.optional(),
  /** Current total area; earlier or disputed values go to observations. */
  areaKm2: z.number().positive().optional(),
  description: z.string().optional(),
  ...factBase,
});

const AreaRecord = z.strictObject({
  id: areaId,
  zone: zoneId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  areaKm2: z.number().positive().optional(),
  /** Customs-supervised (bonded) area inside this sub-area. */
  bondedAreaKm2: z.number().positive().optional(),
  /** When the sub-area came into being, if later than the zone (e.g. Lin-gang 2019, Zhejiang 2020). */
  establishedOn: partialDate.optional(),
  /** The document that added the sub-area, if known. */
  establishedBy: documentId.optional(),
  description: z.string().optional(),
  /** The sub-area's functional positioning, in the words of a source listed in `sources`. */
  positioningEn: z.string().optional(),
  positioningZh: z.string().optional(),
  /**
   * Industries a source names as the sub-area's focus (重点发展), one entry per source statement;
   * each becomes `(area)-[:FOCUSES_ON]->(industry)` carrying that entry's sources.
   */
  keyIndustries: z.array(z.strictObject({ industries: z.array(industryId).min(1), ...factBase })).default([]),
  ...factBase,
});

const AuthorityRecord = z.strictObject({
  id: authorityId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  abbreviation: z.string().optional(),
  /** A parent body (e.g. a ministry department's ministry). */
  partOf: authorityId.optional(),
  description: z.string().optional(),
  ...factBase,
});

const PersonRecord = z.strictObject({
  id: personId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  roles: z
    .array(
      z.strictObject({
        authority: authorityId,
        title: z.string().min(1),
        from: partialDate.optional(),
        to: partialDate.optional(),
        /** The date the source describes the role at. */
        asOf: partialDate.optional(),
        ...factBase,
      }),
    )
    .default([]),
  ...factBase,
});

const DocumentKind = z.enum(['OVERALL_PLAN', 'DEEPENING_PLAN', 'APPROVAL_REPLY', 'MEASURES', 'NEGATIVE_LIST', 'LAW', 'WORK_REPORT', 'OPINIONS', 'NOTICE', 'REGULATION', 'OTHER']);
const DocumentRelationType = z.enum(['IMPLEMENTS', 'SUPERSEDES', 'AMENDS']);

export const DocumentRecord = z.strictObject({
  id: documentId,
  kind: DocumentKind,
  titleEn: z.string().min(1),
  titleZh: z.string().optional(),
  /** Official document number, e.g. 国发〔2013〕38号; only where a source gives it. */
  docNumber: z.string().optional(),
  issuedOn: partialDate.optional(),
  publishedOn: partialDate.optional(),
  effectiveOn: partialDate.optional(),
  /** Number of items or measures the document contains (negative-list items, measures). */
  itemCount: z.number().int().nonnegative().optional(),
  description: z.string().optional(),
  issuers: z.array(authorityId).default([]),
  /** Zones (or sub-areas) the document applies to. */
  appliesTo: z.array(z.union([zoneId, areaId])).default([]),
  relations: z.array(z.strictObject({ type: DocumentRelationType, document: documentId, ...factBase })).default([]),
  ...factBase,
});

const ReformFieldRecord = z.strictObject({
  id: fieldId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  description: z.string().optional(),
  ...factBase,
});

export const MeasureRecord = z.strictObject({
  id: measureId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  description: z.string().optional(),
  fields: z.array(fieldId).default([]),
  /** Documents that set the measure out. */
  setOutIn: z.array(documentId).default([]),
  pilotedIn: z
    .array(
      z.strictObject({
        zone: zoneId,
        area: areaId.optional(),
        from: partialDate.optional(),
        /** true where this zone was the first to pilot it. */
        first: z.boolean().default(false),
        ...factBase,
      }),
    )
    .default([]),
  replicatedNationwideOn: partialDate.optional(),
  industries: z.array(industryId).default([]),
  ...factBase,
});

export const IndustryRecord = z.strictObject({
  id: industryId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  /** Broader industry this one is a sub-industry of. */
  parent: industryId.optional(),
  description: z.string().optional(),
  /** Downstream supply links: this industry feeds `to`. */
  supplies: z
    .array(
      z.strictObject({
        to: industryId,
        /** What flows along the link, e.g. "crude oil". */
        flow: z.string().min(1),
        /** true when the link rests on general industry knowledge, not a cited document. */
        editorial: z.boolean().default(false),
        ...factBase,
      }),
    )
    .default([]),
  ...factBase,
});

export const ClusterRecord = z.strictObject({
  id: clusterId,
  nameEn: z.string().min(1),
  nameZh: z.string().optional(),
  industries: z.array(industryId).min(1),
  zone: zoneId,
  area: areaId.optional(),
  foundedOn: partialDate.optional(),
  description: z.string().optional(),
  ...factBase,
});

/** A dated figure about an entity: indicators over time, disputed values, cluster figures. */
const ObservationRecord = z
  .strictObject({
    id: observationId,
    /** The entity the figure is about; absent for figures about the FTZ system as a whole. */
    subject: anyEntityId.optional(),
    /** Stable metric slug, e.g. "reforms-replicated-nationwide". */
    metric: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    value: z.number().optional(),
    /** For values that are not a single number ("4th", "more than 3,500"). */
    valueText: z.string().optional(),
    unit: z.string().optional(),
    /** The date the figure holds for. */
    asOf: partialDate,
    /** true when other sources give a different value for the same metric and date. */
    disputed: z.boolean().default(false),
    ...factBase,
  })
  .refine((o) => o.value !== undefined || o.valueText !== undefined, {
    message: 'needs value or valueText',
    path: ['value'],
  });

/** One data file: any subset of these sections. */
export const RecordFile = z.strictObject({
  sources: z.array(SourceRecord).default([]),
  zones: z.array(ZoneRecord).default([]),
  areas: z.array(AreaRecord).default([]),
  authorities: z.array(AuthorityRecord).default([]),
  people: z.array(PersonRecord).default([]),
  documents: z.array(DocumentRecord).default([]),
  fields: z.array(ReformFieldRecord).default([]),
  measures: z.array(MeasureRecord).default([]),
  industries: z.array(IndustryRecord).default([]),
  clusters: z.array(ClusterRecord).default([]),
  observations: z.array(ObservationRecord).default([]),
  newsItems: z.array(NewsItemRecord).default([]),
});
export type RecordFile = z.infer<typeof RecordFile>;
export type RecordSection = keyof RecordFile;

/** The sections in the order they are read and written (sources first: everything cites them). */
export const RECORD_SECTIONS = Object.keys(RecordFile.shape) as RecordSection[];

/** A whole validated set of records (the seed, or one curated record), each with the file it came from. */
export type RecordSet = { [K in RecordSection]: Array<RecordFile[K][number] & { file: string }> };

export function createEmptyRecordSet(): RecordSet {
  return Object.fromEntries(RECORD_SECTIONS.map((s) => [s, []])) as unknown as RecordSet;
}
