// Planning and committing a write: the record is read back, changed, validated with its
// record schema (src/records/schema.ts), its references checked, and written with the rows
// recordRows.ts makes for it, with its audit entry, in ONE transaction; a write that met
// another is prepared again.
import type { z } from 'zod';
import { createEmptyRecordSet } from '../../records/schema.js';
import { BadUserInputError, ConflictError } from '../../errors.js';
import { auditStatement, type AuditActor } from '../audit.js';
import { countEditStatements, readEdits } from '../dataVersion.js';
import type { Executor, WriteStatement } from '../executor.js';
import { ENTITY, RELATIONSHIP_TYPES, labelOfId, type EntityLabel } from '../model.js';
import { buildRecordRows } from '../recordRows.js';
import { dropUndefined, KINDS, readCuratedRecord, type CuratedKind, type CuratedRecord } from './readCuratedRecord.js';

export type Path = readonly PropertyKey[];

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

export interface Reference {
  path: Path;
  id: string;
  label: EntityLabel;
}

export const pathField = (path: Path) => path.map(String).join('.');
function validationError(issue: z.core.$ZodIssue, fieldOf: (path: Path) => string): BadUserInputError {
  // An unknown key is reported on its object; name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = fieldOf(path) || '(record)';
  return new BadUserInputError(`\`${field}\`: ${issue.message}`, { argument: 'input', field });
}

/** Record keys (at any depth) that hold ids of other entities, as in src/records/readRecordDir.ts. */
const REFERENCE_KEYS = new Set(['sources', 'zone', 'area', 'fields', 'setOutIn', 'industries', 'issuers', 'appliesTo', 'document', 'to', 'parent']);

/** Every id the record refers to, with its path in the record. */
function referencesOf(record: CuratedRecord): Reference[] {
  const refs: Reference[] = [];
  const collect = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) collect(v, [...path, i]);
    else if (typeof value === 'string' && value !== record.id) refs.push({ path, id: value, label: labelOfId(value)! });
  };
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...path, i]);
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
export async function findMissing(executor: Executor, refs: Reference[]): Promise<Reference[]> {
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

export function missingError(ref: Reference, fieldOf: (path: Path) => string): BadUserInputError {
  const field = fieldOf(ref.path);
  return new BadUserInputError(`\`${field}\`: no ${ref.label} has the id ${ref.id}.`, { argument: 'input', field });
}

/** The rows for one record, as the seed loader would write them. */
function rowsOf(kind: CuratedKind, record: CuratedRecord) {
  const records = createEmptyRecordSet();
  (records[KINDS[kind].section] as unknown[]).push({ ...record, file: '(curation)' });
  return buildRecordRows(records);
}

function writeStatements(kind: CuratedKind, record: CuratedRecord): WriteStatement[] {
  const spec = KINDS[kind];
  const rows = rowsOf(kind, record);
  const node = rows.nodes[0]!;
  const statements: WriteStatement[] = [
    { cypher: `MERGE (n:${ENTITY} {id: $id}) SET n = $props, n:${spec.label}`, params: { id: record.id, props: { ...node.props, id: record.id } } },
  ];
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
