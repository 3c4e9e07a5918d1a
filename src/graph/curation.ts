// Curation writes. Every write works on a whole record in the seed's own shape
// (seed/schema.ts): the record is read back from the graph, changed, validated with the
// seed's zod schema, its references checked, and written with the rows seed/toGraph.ts
// makes for it — the node, and every relationship the record owns, replaced — together
// with its audit entry, in ONE transaction. So a curated record is exactly what the seed
// loader would have written for it, and a write happens entirely or not at all.
import type { z } from 'zod';
import type { Seed } from '../../seed/readSeed.js';
import { ClusterRecord, DocumentRecord, IndustryRecord, MeasureRecord, SeedFile, SourceRecord } from '../../seed/schema.js';
import { seedToGraphRows } from '../../seed/toGraph.js';
import { BadUserInputError, ConflictError } from '../errors.js';
import { auditStatement, type AuditActor } from './audit.js';
import { countEditStatements, readEdits } from './dataVersion.js';
import type { Executor, WriteStatement } from './executor.js';
import { ENTITY, labelOfId, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from './model.js';
import { toApiProperties } from './records.js';

/** A record as the seed writes it: `id` plus the fields of its zod schema. */
export type CuratedRecord = Record<string, unknown> & { id: string };
type Path = readonly PropertyKey[];

export const CURATED_KINDS = ['ReformMeasure', 'PolicyDocument', 'IndustrialCluster', 'Industry', 'Source'] as const;
export type CuratedKind = (typeof CURATED_KINDS)[number];

// ---------------------------------------------------------------------------------------
// Reading a record back from the graph (the inverse of seed/toGraph.ts).

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
   * survives only in the `sources` its record-level links copy (seed/toGraph.ts), so take
   * it from there when one exists: writing a record back unchanged then changes nothing.
   */
  sources(recordLevel: Array<[RelationshipType, 'OUT' | 'IN']>): string[] {
    const ids = this.ids('SOURCED_FROM');
    const sameSet = (list: unknown): list is string[] =>
      Array.isArray(list) && list.length === ids.length && [...list].sort().every((x, i) => x === ids[i]);
    for (const [type, direction] of recordLevel)
      for (const link of this.links(type, direction)) if (sameSet(link.props.sources)) return link.props.sources;
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

interface KindSpec {
  label: EntityLabel;
  schema: z.ZodObject;
  /** The seed section the record belongs to (for seedToGraphRows). */
  section: keyof Seed;
  /** The relationships written from the record's fields: replaced whenever it is written. */
  owned: { out: RelationshipType[]; in: RelationshipType[] };
  fromGraph(stored: StoredRecord): Record<string, unknown>;
}

const KINDS: Record<CuratedKind, KindSpec> = {
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
      sources: s.sources([['IN_FIELD', 'OUT'], ['SUPPORTS', 'OUT'], ['SETS_OUT', 'IN']]),
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
      sources: s.sources([['ISSUED_BY', 'OUT'], ['APPLIES_TO', 'OUT']]),
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
      sources: s.sources([['LOCATED_IN', 'OUT'], ['IN_INDUSTRY', 'OUT']]),
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

// ---------------------------------------------------------------------------------------
// Planning and committing a write.

/** What a write should do to one record. */
export interface CurationRequest {
  kind: CuratedKind;
  /** The record written. */
  id: string;
  /** Recorded in the audit log, e.g. `createReformMeasure`, `link:PILOTED_IN`. */
  operation: string | ((current: CuratedRecord | null) => string);
  /** The record after the write, from the stored one (null when there is none yet). */
  change(current: CuratedRecord | null): Record<string, unknown>;
  /** The input field behind a path in the record, for BAD_USER_INPUT (default: the path itself). */
  fieldOf?(path: Path): string;
}

/** A validated write, ready to commit: its statements include the audit entry. */
export interface CurationPlan {
  kind: CuratedKind;
  id: string;
  operation: string;
  before: CuratedRecord | null;
  after: CuratedRecord;
  statements: WriteStatement[];
  references: Reference[];
  fieldOf(path: Path): string;
}

interface Reference {
  path: Path;
  id: string;
  label: EntityLabel;
}

const pathField = (path: Path) => path.map(String).join('.');

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

function validationError(issue: z.core.$ZodIssue, fieldOf: (path: Path) => string): BadUserInputError {
  // An unknown key is reported on its object; name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = fieldOf(path) || '(record)';
  return new BadUserInputError(`\`${field}\`: ${issue.message}`, { argument: 'input', field });
}

/** Record keys (at any depth) that hold ids of other entities, as in seed/readSeed.ts. */
const REFERENCE_KEYS = new Set(['sources', 'zone', 'area', 'fields', 'setOutIn', 'industries', 'issuers', 'appliesTo', 'document', 'to', 'parent']);

/** Every id the record refers to, with its path in the record. */
function referencesOf(record: CuratedRecord): Reference[] {
  const refs: Reference[] = [];
  const collect = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i]));
    else if (typeof value === 'string' && value !== record.id) refs.push({ path, id: value, label: labelOfId(value)! });
  };
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (REFERENCE_KEYS.has(k)) collect(v, [...path, k]);
        else walk(v, [...path, k]);
      }
  };
  walk(record, []);
  // The schema has checked every reference's form, so each names its label.
  return refs.filter((r) => r.label !== undefined);
}

/** The references that name no entity of their label, in record order. */
async function findMissing(executor: Executor, refs: Reference[]): Promise<Reference[]> {
  if (refs.length === 0) return [];
  const records = await executor.read<{ i: number }>(
    `UNWIND range(0, size($refs) - 1) AS i
OPTIONAL MATCH (m:${ENTITY} {id: $refs[i].id})
WITH i, m WHERE m IS NULL OR NOT $refs[i].label IN labels(m)
RETURN i ORDER BY i`,
    { refs: refs.map((r) => ({ id: r.id, label: r.label })) },
  );
  return records.map((r) => refs[r.get('i')]!);
}

function missingError(ref: Reference, fieldOf: (path: Path) => string): BadUserInputError {
  const field = fieldOf(ref.path);
  return new BadUserInputError(`\`${field}\`: no ${ref.label} has the id ${ref.id}.`, { argument: 'input', field });
}

/** The seed's rows for one record, as the loader would write them. */
function rowsOf(kind: CuratedKind, record: CuratedRecord) {
  const seed = Object.fromEntries(Object.keys(SeedFile.shape).map((s) => [s, []])) as unknown as Seed;
  (seed[KINDS[kind].section] as unknown[]).push({ ...record, file: '(curation)' });
  return seedToGraphRows(seed);
}

function writeStatements(kind: CuratedKind, record: CuratedRecord): WriteStatement[] {
  const spec = KINDS[kind];
  const rows = rowsOf(kind, record);
  const node = rows.nodes[0]!;
  const statements: WriteStatement[] = [{ cypher: `MERGE (n:${ENTITY} {id: $id}) SET n = $props, n:${spec.label}`, params: { id: record.id, props: { ...node.props, id: record.id } } }];
  if (spec.owned.out.length) statements.push({ cypher: `MATCH (n:${ENTITY} {id: $id})-[r:${spec.owned.out.join('|')}]->() DELETE r`, params: { id: record.id } });
  if (spec.owned.in.length) statements.push({ cypher: `MATCH (n:${ENTITY} {id: $id})<-[r:${spec.owned.in.join('|')}]-() DELETE r`, params: { id: record.id } });
  const ends = [...new Set(rows.relationships.flatMap((r) => [r.from, r.to]))].filter((id) => id !== record.id);
  // Checked again inside the transaction: an entity deleted since the check above aborts the
  // write. Cypher has no ASSERT; the division by zero is the abort.
  statements.push({
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (m:${ENTITY} {id: id})
WITH collect(CASE WHEN m IS NULL THEN id END) AS missing
RETURN CASE size(missing) WHEN 0 THEN true ELSE size(missing) / 0 END AS ok`,
    params: { ids: ends },
  });
  for (const type of RELATIONSHIP_TYPES) {
    const ofType = rows.relationships.filter((r) => r.type === type);
    if (ofType.length === 0) continue;
    const owned = ofType.every((r) => (r.from === record.id && spec.owned.out.includes(type)) || (r.to === record.id && spec.owned.in.includes(type)));
    if (!owned) throw new Error(`${kind} ${record.id} would write ${type}, which it does not own`);
    // OPTIONAL MATCH: a missing end makes MERGE fail (not skip the row), so nothing is lost silently.
    statements.push({
      cypher: `UNWIND $rows AS row
OPTIONAL MATCH (a:${ENTITY} {id: row.from})
OPTIONAL MATCH (b:${ENTITY} {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props`,
      params: { rows: ofType },
    });
  }
  return statements;
}

/** Reads, changes and validates a record, and checks its references: nothing is written yet. */
export async function prepareCuration(executor: Executor, request: CurationRequest, actor: AuditActor): Promise<CurationPlan> {
  const spec = KINDS[request.kind];
  const fieldOf = request.fieldOf ?? pathField;
  // Read before the record: a write committed after this read makes the commit a conflict.
  const edits = await readEdits(executor);
  const before = await readCuratedRecord(executor, request.kind, request.id);
  const parsed = spec.schema.safeParse(dropUndefined(request.change(before)));
  if (!parsed.success) throw validationError(parsed.error.issues[0]!, fieldOf);
  const after = parsed.data as CuratedRecord;
  if (after.id !== request.id) throw new Error(`a change to ${request.id} produced ${after.id}`);
  const references = referencesOf(after);
  const missing = await findMissing(executor, references);
  if (missing.length) throw missingError(missing[0]!, fieldOf);
  const operation = typeof request.operation === 'function' ? request.operation(before) : request.operation;
  return {
    kind: request.kind,
    id: request.id,
    operation,
    before,
    after,
    references,
    fieldOf,
    statements: [
      ...countEditStatements(edits, () => new ConflictError()),
      ...writeStatements(request.kind, after),
      auditStatement({ ...actor, operation, targetId: request.id, before, after }),
    ],
  };
}

/** Runs a plan in one transaction. When it fails because a reference vanished meanwhile, says which. */
export async function commitCuration(executor: Executor, plan: CurationPlan): Promise<void> {
  try {
    await executor.writeAll(plan.statements);
  } catch (e) {
    const missing = await findMissing(executor, plan.references).catch(() => []);
    if (missing.length) throw missingError(missing[0]!, plan.fieldOf);
    throw e;
  }
}

/** How often a write is prepared again when other writes came between its read and its commit. */
const CONFLICT_ATTEMPTS = 5;

/** Prepares and commits one write; returns the plan (the record before and after). */
export async function curate(executor: Executor, request: CurationRequest, actor: AuditActor): Promise<CurationPlan> {
  for (let attempt = 1; ; attempt++) {
    const plan = await prepareCuration(executor, request, actor);
    try {
      await commitCuration(executor, plan);
      return plan;
    } catch (e) {
      // Another write committed meanwhile: read again and re-apply the change to what is there now.
      if (!(e instanceof ConflictError) || attempt >= CONFLICT_ATTEMPTS) throw e;
    }
  }
}

// ---------------------------------------------------------------------------------------
// The writes the API offers.

/** GraphQL input → record patch: an explicit null clears a field (top level), nested nulls are absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  return value;
}

function applyPatch(current: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = withoutNulls(value);
  }
  return merged;
}

/**
 * Creates the record, or updates it: fields given replace the stored ones (lists whole),
 * fields left out keep their values, and null clears a field. The merged record is validated.
 */
export function upsertRecord(executor: Executor, kind: CuratedKind, input: Record<string, unknown> & { id: string }, actor: AuditActor): Promise<CurationPlan> {
  if (labelOfId(input.id) !== KINDS[kind].label)
    throw new BadUserInputError(`\`id\`: \`${input.id}\` is not a ${kind} id.`, { argument: 'input', field: 'id' });
  return curate(
    executor,
    {
      kind,
      id: input.id,
      operation: (current) => `${current ? 'update' : 'create'}${kind}`,
      change: (current) => applyPatch(current ?? {}, input),
    },
    actor,
  );
}

export interface SupplyLinkInput {
  from: string;
  to: string;
  flow?: string | null;
  editorial?: boolean | null;
  sources?: string[] | null;
  verified?: boolean | null;
  note?: string | null;
}

/** Sets the SUPPLIES link `from` → `to` (an entry of the upstream industry's `supplies`), merging over an existing one. */
export function upsertSupplyLink(executor: Executor, input: SupplyLinkInput, actor: AuditActor): Promise<CurationPlan> {
  if (labelOfId(input.from) !== 'Industry') throw new BadUserInputError(`\`from\`: \`${input.from}\` is not an industry id.`, { argument: 'input', field: 'from' });
  let index = 0;
  return curate(
    executor,
    {
      kind: 'Industry',
      id: input.from,
      operation: 'upsertSupplyLink',
      change: (current) => {
        if (!current) throw new BadUserInputError(`\`from\`: no Industry has the id ${input.from}.`, { argument: 'input', field: 'from' });
        const supplies = [...(current.supplies as Record<string, unknown>[])];
        index = supplies.findIndex((s) => s.to === input.to);
        if (index < 0) index = supplies.length;
        const { from: _from, ...entry } = input;
        supplies[index] = applyPatch(supplies[index] ?? {}, entry);
        return { ...current, supplies };
      },
      fieldOf: (path) => (path[0] === 'supplies' && path[1] === index ? pathField(path.slice(2)) || 'to' : pathField(path)),
    },
    actor,
  );
}

// Links: each link type is a field of the record at one of its ends (its owner).

export const LINK_TYPES = [
  'PILOTED_IN',
  'SETS_OUT',
  'IN_FIELD',
  'SUPPORTS',
  'APPLIES_TO',
  'ISSUED_BY',
  'IMPLEMENTS',
  'SUPERSEDES',
  'AMENDS',
  'IN_INDUSTRY',
  'LOCATED_IN',
  'SUB_INDUSTRY_OF',
  'SUPPLIES',
  'SOURCED_FROM',
] as const satisfies readonly RelationshipType[];
export type LinkType = (typeof LINK_TYPES)[number];

/** A link's own provenance (PILOTED_IN and document relations): the seed entry's fields. */
export interface LinkFact {
  sources?: string[] | null;
  verified?: boolean | null;
  note?: string | null;
  from?: string | null;
  first?: boolean | null;
}

type Rec = Record<string, unknown>;
type Entries = Rec[];

interface LinkSpec {
  from: readonly EntityLabel[];
  to: readonly EntityLabel[];
  owner: 'from' | 'to';
  /** True when the link carries its own sources: `fact` is its seed entry (else not allowed). */
  hasFact?: boolean;
  /** The owner record with the link added, and where the link's entry is (for error fields). */
  add?(record: Rec, other: string, fact: Rec): { record: Rec; factPath?: Path };
  /** The owner record without the link, or null when there is no such link. */
  remove(record: Rec, other: string): Rec | null;
}

const listField = (key: string): Pick<LinkSpec, 'add' | 'remove'> => ({
  add: (record, other) => ({ record: { ...record, [key]: [...new Set([...(record[key] as string[]), other])] } }),
  remove: (record, other) => ((record[key] as string[]).includes(other) ? { ...record, [key]: (record[key] as string[]).filter((x) => x !== other) } : null),
});

const singleField = (key: string): Pick<LinkSpec, 'add' | 'remove'> => ({
  add: (record, other) => ({ record: { ...record, [key]: other } }),
  remove: (record, other) => (record[key] === other ? { ...record, [key]: undefined } : null),
});

/** A link kept as an entry of a list (`pilotedIn`, `relations`): setting it merges the fact over the entry. */
const entryField = (key: string, matches: (entry: Rec, other: string) => boolean, make: (other: string) => Rec): Pick<LinkSpec, 'add' | 'remove'> => ({
  add: (record, other, fact) => {
    const entries = [...(record[key] as Entries)];
    let i = entries.findIndex((e) => matches(e, other));
    if (i < 0) i = entries.length;
    entries[i] = { ...(entries[i] ?? make(other)), ...fact };
    return { record: { ...record, [key]: entries }, factPath: [key, i] };
  },
  remove: (record, other) => {
    const entries = record[key] as Entries;
    return entries.some((e) => matches(e, other)) ? { ...record, [key]: entries.filter((e) => !matches(e, other)) } : null;
  },
});

const documentRelation = (type: 'IMPLEMENTS' | 'SUPERSEDES' | 'AMENDS'): LinkSpec => ({
  from: ['PolicyDocument'],
  to: ['PolicyDocument'],
  owner: 'from',
  hasFact: true,
  ...entryField('relations', (e, other) => e.type === type && e.document === other, (other) => ({ type, document: other })),
});

const LINKS: Record<LinkType, LinkSpec> = {
  PILOTED_IN: {
    from: ['ReformMeasure'],
    to: ['Zone'],
    owner: 'from',
    hasFact: true,
    ...entryField('pilotedIn', (e, zone) => e.zone === zone, (zone) => ({ zone })),
  },
  SETS_OUT: { from: ['PolicyDocument'], to: ['ReformMeasure'], owner: 'to', ...listField('setOutIn') },
  IN_FIELD: { from: ['ReformMeasure'], to: ['ReformField'], owner: 'from', ...listField('fields') },
  SUPPORTS: { from: ['ReformMeasure'], to: ['Industry'], owner: 'from', ...listField('industries') },
  APPLIES_TO: { from: ['PolicyDocument'], to: ['Zone', 'ZoneArea'], owner: 'from', ...listField('appliesTo') },
  ISSUED_BY: { from: ['PolicyDocument'], to: ['Authority'], owner: 'from', ...listField('issuers') },
  IMPLEMENTS: documentRelation('IMPLEMENTS'),
  SUPERSEDES: documentRelation('SUPERSEDES'),
  AMENDS: documentRelation('AMENDS'),
  IN_INDUSTRY: { from: ['IndustrialCluster'], to: ['Industry'], owner: 'from', ...listField('industries') },
  LOCATED_IN: {
    from: ['IndustrialCluster'],
    to: ['Zone', 'ZoneArea'],
    owner: 'from',
    add: (record, other, fact) => (labelOfId(other) === 'Zone' ? singleField('zone') : singleField('area')).add!(record, other, fact),
    remove: (record, other) => (labelOfId(other) === 'Zone' ? singleField('zone') : singleField('area')).remove(record, other),
  },
  SUB_INDUSTRY_OF: { from: ['Industry'], to: ['Industry'], owner: 'from', ...singleField('parent') },
  SUPPLIES: {
    from: ['Industry'],
    to: ['Industry'],
    owner: 'from',
    // Set by upsertSupplyLink, which takes what flows; here it can only be removed.
    remove: entryField('supplies', (e, to) => e.to === to, (to) => ({ to })).remove,
  },
  SOURCED_FROM: { from: ['ReformMeasure', 'PolicyDocument', 'IndustrialCluster', 'Industry'], to: ['Source'], owner: 'from', ...listField('sources') },
};

/** The labels each link type may join: within model.RELATIONSHIP_ENDS (tested). */
export const LINK_ENDS: Readonly<Record<LinkType, Pick<LinkSpec, 'from' | 'to'>>> = LINKS;

export interface LinkInput {
  type: LinkType;
  from: string;
  to: string;
  fact?: LinkFact | null;
}

function checkEnds(spec: LinkSpec, input: LinkInput): void {
  for (const end of ['from', 'to'] as const) {
    const label = labelOfId(input[end]);
    if (!label || !spec[end].includes(label))
      throw new BadUserInputError(`\`${end}\`: a ${input.type} link's ${end} end must be a ${spec[end].join(' or ')}; \`${input[end]}\` is not.`, {
        argument: 'input',
        field: end,
      });
  }
}

async function requireOtherEnd(executor: Executor, spec: LinkSpec, input: LinkInput): Promise<void> {
  const end = spec.owner === 'from' ? 'to' : 'from';
  const missing = await findMissing(executor, [{ path: [end], id: input[end], label: labelOfId(input[end])! }]);
  if (missing.length) throw missingError(missing[0]!, pathField);
}

function ownerRecord(current: CuratedRecord | null, spec: LinkSpec, input: LinkInput): CuratedRecord {
  if (!current) {
    const end = spec.owner;
    throw new BadUserInputError(`\`${end}\`: no ${labelOfId(input[end])} has the id ${input[end]}.`, { argument: 'input', field: end });
  }
  return current;
}

/** Adds a link (or, for a link with a fact, merges the fact over the existing one). */
export async function linkEntities(executor: Executor, input: LinkInput, actor: AuditActor): Promise<CurationPlan> {
  const spec = LINKS[input.type];
  checkEnds(spec, input);
  if (!spec.add)
    throw new BadUserInputError(`\`type\`: ${input.type} links carry what flows along them; set them with upsertSupplyLink.`, { argument: 'input', field: 'type' });
  if (input.fact && !spec.hasFact)
    throw new BadUserInputError(`\`fact\`: ${input.type} links carry the sources of the record they belong to; leave \`fact\` out.`, { argument: 'input', field: 'fact' });
  await requireOtherEnd(executor, spec, input);
  const ownerId = input[spec.owner];
  const other = input[spec.owner === 'from' ? 'to' : 'from'];
  let factPath: Path | undefined;
  return curate(
    executor,
    {
      kind: labelOfId(ownerId) as CuratedKind,
      id: ownerId,
      operation: `link:${input.type}`,
      change: (current) => {
        const added = spec.add!(ownerRecord(current, spec, input), other, withoutNulls(input.fact ?? {}) as Rec);
        factPath = added.factPath;
        return added.record;
      },
      fieldOf: (path) =>
        factPath && factPath.every((p, i) => path[i] === p) ? ['fact', ...path.slice(factPath.length).map(String)].join('.') : pathField(path),
    },
    actor,
  );
}

/** Removes a link; BAD_USER_INPUT when there is none, or when the record would be left invalid. */
export async function unlinkEntities(executor: Executor, input: Omit<LinkInput, 'fact'>, actor: AuditActor): Promise<CurationPlan> {
  const spec = LINKS[input.type];
  checkEnds(spec, input);
  const ownerId = input[spec.owner];
  const other = input[spec.owner === 'from' ? 'to' : 'from'];
  return curate(
    executor,
    {
      kind: labelOfId(ownerId) as CuratedKind,
      id: ownerId,
      operation: `unlink:${input.type}`,
      change: (current) => {
        const removed = spec.remove(ownerRecord(current, spec, input), other);
        if (!removed) throw new BadUserInputError(`\`to\`: there is no ${input.type} link from ${input.from} to ${input.to}.`, { argument: 'input', field: 'to' });
        return removed;
      },
    },
    actor,
  );
}
