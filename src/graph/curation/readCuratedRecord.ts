// Reading a curated record back from the graph, in its record schema's shape (the inverse of
// src/graph/recordRows.ts), and the kinds of record curation writes.
import type { z } from 'zod';
import { ClusterRecord, DocumentRecord, IndustryRecord, MeasureRecord, SourceRecord, type RecordSection } from '../../records/schema.js';
import type { Executor } from '../executor.js';
import { ENTITY, type EntityLabel, type RelationshipType } from '../model.js';
import { toApiProperties } from '../records.js';

/** A record as the seed writes it: `id` plus the fields of its zod schema. */
export type CuratedRecord = Record<string, unknown> & { id: string };

export const CURATED_KINDS = ['ReformMeasure', 'PolicyDocument', 'IndustrialCluster', 'Industry', 'Source'] as const;
export type CuratedKind = (typeof CURATED_KINDS)[number];

interface StoredLink {
  type: RelationshipType;
  other: string;
  otherLabels: string[];
  /** For a ZoneArea at the other end: its zone (PILOTED_IN to an area belongs to the zone's pilot). */
  otherZone: string | null;
  props: Record<string, unknown>;
}

class StoredRecord {
  constructor(
    readonly fields: Record<string, unknown>,
    private readonly outgoing: StoredLink[],
    private readonly incoming: StoredLink[],
  ) {}

  links(type: RelationshipType, direction: 'OUT' | 'IN' = 'OUT'): StoredLink[] {
    return (direction === 'OUT' ? this.outgoing : this.incoming).filter((l) => l.type === type).sort((a, b) => a.other.localeCompare(b.other));
  }

  ids(type: RelationshipType, direction: 'OUT' | 'IN' = 'OUT'): string[] {
    return this.links(type, direction).map((l) => l.other);
  }

  /**
   * The record's own sources. SOURCED_FROM relationships are a set; the record's order
   * survives only in the `sources` its record-level links copy (recordRows.ts), so take
   * it from there when one exists: writing a record back unchanged then changes nothing.
   */
  sources(recordLevel: Array<[RelationshipType, 'OUT' | 'IN']>): string[] {
    const ids = this.ids('SOURCED_FROM');
    const sameSet = (list: unknown): list is string[] => Array.isArray(list) && list.length === ids.length && [...list].sort().every((x, i) => x === ids[i]);
    for (const [type, direction] of recordLevel) for (const link of this.links(type, direction)) if (sameSet(link.props.sources)) return link.props.sources;
    return ids;
  }

  single(type: RelationshipType, label: EntityLabel): string | undefined {
    return this.links(type).find((l) => l.otherLabels.includes(label))?.other;
  }
}

/** The provenance a fact-bearing relationship carries (seed: `...factBase`), plus its own fields. */
function factOf(link: StoredLink, keys: string[] = []): Record<string, unknown> {
  const props = toApiProperties(link.props);
  const fact: Record<string, unknown> = { sources: (props.sources as string[] | undefined) ?? [], verified: props.verified ?? true };
  for (const key of [...keys, 'note']) if (props[key] !== undefined) fact[key] = props[key];
  return fact;
}

function pilotsOf(s: StoredRecord): Record<string, unknown>[] {
  const pilots: Record<string, unknown>[] = [];
  for (const l of s.links('PILOTED_IN').filter((l) => l.otherLabels.includes('Zone'))) pilots.push({ zone: l.other, ...factOf(l, ['from', 'first']) });
  for (const l of s.links('PILOTED_IN').filter((l) => l.otherLabels.includes('ZoneArea'))) {
    const pilot = pilots.find((p) => p.zone === l.otherZone);
    if (pilot) pilot.area = l.other;
    else pilots.push({ zone: l.otherZone, area: l.other, ...factOf(l, ['from', 'first']) });
  }
  return pilots;
}

export interface KindSpec {
  label: EntityLabel;
  schema: z.ZodObject;
  /** The section of a record set the record belongs to (for buildRecordRows). */
  section: RecordSection;
  /** The relationships written from the record's fields: replaced whenever it is written. */
  owned: { out: RelationshipType[]; in: RelationshipType[] };
  fromGraph(stored: StoredRecord): Record<string, unknown>;
}

export const KINDS: Record<CuratedKind, KindSpec> = {
  ReformMeasure: {
    label: 'ReformMeasure',
    schema: MeasureRecord,
    section: 'measures',
    owned: { out: ['SOURCED_FROM', 'IN_FIELD', 'SUPPORTS', 'PILOTED_IN'], in: ['SETS_OUT'] },
    fromGraph: (s) => ({
      ...s.fields,
      fields: s.ids('IN_FIELD'),
      setOutIn: s.ids('SETS_OUT', 'IN'),
      pilotedIn: pilotsOf(s),
      industries: s.ids('SUPPORTS'),
      sources: s.sources([
        ['IN_FIELD', 'OUT'],
        ['SUPPORTS', 'OUT'],
        ['SETS_OUT', 'IN'],
      ]),
    }),
  },
  PolicyDocument: {
    label: 'PolicyDocument',
    schema: DocumentRecord,
    section: 'documents',
    owned: { out: ['SOURCED_FROM', 'ISSUED_BY', 'APPLIES_TO', 'IMPLEMENTS', 'SUPERSEDES', 'AMENDS'], in: [] },
    fromGraph: (s) => ({
      ...s.fields,
      issuers: s.ids('ISSUED_BY'),
      appliesTo: s.ids('APPLIES_TO'),
      relations: (['IMPLEMENTS', 'SUPERSEDES', 'AMENDS'] as const).flatMap((type) => s.links(type).map((l) => ({ type, document: l.other, ...factOf(l) }))),
      sources: s.sources([
        ['ISSUED_BY', 'OUT'],
        ['APPLIES_TO', 'OUT'],
      ]),
    }),
  },
  IndustrialCluster: {
    label: 'IndustrialCluster',
    schema: ClusterRecord,
    section: 'clusters',
    owned: { out: ['SOURCED_FROM', 'IN_INDUSTRY', 'LOCATED_IN'], in: [] },
    fromGraph: (s) => ({
      ...s.fields,
      industries: s.ids('IN_INDUSTRY'),
      zone: s.single('LOCATED_IN', 'Zone'),
      area: s.single('LOCATED_IN', 'ZoneArea'),
      sources: s.sources([
        ['LOCATED_IN', 'OUT'],
        ['IN_INDUSTRY', 'OUT'],
      ]),
    }),
  },
  Industry: {
    label: 'Industry',
    schema: IndustryRecord,
    section: 'industries',
    owned: { out: ['SOURCED_FROM', 'SUB_INDUSTRY_OF', 'SUPPLIES'], in: [] },
    fromGraph: (s) => ({
      ...s.fields,
      parent: s.single('SUB_INDUSTRY_OF', 'Industry'),
      supplies: s.links('SUPPLIES').map((l) => ({ to: l.other, ...factOf(l, ['flow', 'editorial']) })),
      sources: s.sources([['SUB_INDUSTRY_OF', 'OUT']]),
    }),
  },
  Source: {
    label: 'Source',
    schema: SourceRecord,
    section: 'sources',
    owned: { out: [], in: [] },
    fromGraph: (s) => ({ ...s.fields }),
  },
};

const HAS_AREA: RelationshipType = 'HAS_AREA';
const ZONE: EntityLabel = 'Zone';

/** The stored record with this id, in the seed's shape, or null when there is none. */
export async function readCuratedRecord(executor: Executor, kind: CuratedKind, id: string): Promise<CuratedRecord | null> {
  const spec = KINDS[kind];
  const records = await executor.read<{ props: Record<string, unknown>; outgoing: StoredLink[]; incoming: StoredLink[] }>(
    `MATCH (n:${spec.label} {id: $id})
RETURN properties(n) AS props,
  [(n)-[r]->(m:${ENTITY}) WHERE type(r) IN $out |
    {type: type(r), other: m.id, otherLabels: labels(m), props: properties(r), otherZone: head([(m)<-[:${HAS_AREA}]-(z:${ZONE}) | z.id])}] AS outgoing,
  [(n)<-[r]-(m:${ENTITY}) WHERE type(r) IN $in | {type: type(r), other: m.id, otherLabels: labels(m), props: properties(r), otherZone: null}] AS incoming`,
    { id, out: spec.owned.out, in: spec.owned.in },
  );
  const row = records[0];
  if (!row) return null;
  const props = toApiProperties(row.get('props'));
  const shape = spec.schema.shape as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(props).filter(([k]) => k in shape));
  const raw = spec.fromGraph(new StoredRecord(fields, row.get('outgoing'), row.get('incoming')));
  // Stored data passed this schema when it was written; parsing restores defaults and key order.
  return spec.schema.parse(dropUndefined(raw)) as CuratedRecord;
}

export function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
