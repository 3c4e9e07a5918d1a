// Reads and validates every YAML data file under a directory (the seed's is config SEED_DIR).
// Nothing touches Neo4j here: the loader writes only what this returns, so a bad record stops
// the load before any write.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { createEmptyRecordSet, RECORD_SECTIONS, RecordFile, type RecordSet } from './schema.js';

/** A validation failure, naming the file, the record id and the field. */
export class RecordValidationError extends Error {
  constructor(
    readonly file: string,
    readonly recordId: string | undefined,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: record ${recordId ?? '(no id)'}: field ${field}: ${problem}`);
    this.name = 'RecordValidationError';
  }
}

/** seed/data/news/dictionary.yaml: the aliases `npm run ingest:news` matches (seed/news/). */
const NEWS_DICTIONARY = 'dictionary.yaml';

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listYamlFiles(path);
      // The news pipeline's dictionary is its input, not a record file.
      if (name === NEWS_DICTIONARY) return [];
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

function recordIdAt(raw: unknown, path: PropertyKey[]): string | undefined {
  let cur: unknown = raw;
  for (const key of path.slice(0, 2)) cur = (cur as Record<PropertyKey, unknown> | undefined)?.[key];
  const id = (cur as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Parses and validates one file's text; `file` is only used in error messages. */
export function parseRecordFile(text: string, file: string): RecordFile {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (e) {
    throw new RecordValidationError(file, undefined, '(file)', `not valid YAML: ${(e as Error).message}`);
  }
  const result = RecordFile.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const inRecord = issue.path.slice(2).join('.');
    // An unknown key is reported on the record; name the key itself as the field.
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
    const field = [inRecord, unknownKeys].filter(Boolean).join('.') || issue.path.join('.') || '(file)';
    throw new RecordValidationError(file, recordIdAt(raw, issue.path), field, issue.message);
  }
  return result.data;
}

/** Reads every file, then checks what no single file can: unique ids and resolvable references. */
export function readRecordDir(dir: string): RecordSet {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`The record directory ${dir} does not exist or is not a directory (config SEED_DIR).`);
  const records = createEmptyRecordSet();
  for (const path of listYamlFiles(dir)) {
    const file = relative(dir, path);
    const parsed = parseRecordFile(readFileSync(path, 'utf8'), file);
    for (const section of RECORD_SECTIONS) {
      for (const record of parsed[section]) (records[section] as unknown[]).push({ ...record, file });
    }
  }
  checkReferences(records);
  return records;
}

function checkReferences(records: RecordSet): void {
  const where = new Map<string, string>();
  for (const section of RECORD_SECTIONS) {
    for (const r of records[section] as Array<{ id: string; file: string }>) {
      const seen = where.get(r.id);
      if (seen) throw new RecordValidationError(r.file, r.id, 'id', `duplicate id, also defined in ${seen}`);
      where.set(r.id, r.file);
    }
  }
  const check = (file: string, id: string, field: string, ref: string | undefined) => {
    if (ref !== undefined && !where.has(ref)) throw new RecordValidationError(file, id, field, `refers to unknown id ${ref}`);
  };
  /** Each reference of a list, named `field[i]`. */
  const checkEach = (file: string, id: string, field: string, refs: readonly string[]) => {
    for (const [i, ref] of refs.entries()) check(file, id, `${field}[${i}]`, ref);
  };

  for (const section of RECORD_SECTIONS) {
    if (section === 'sources') continue;
    for (const r of records[section] as Array<{ id: string; file: string; sources: string[] }>) {
      checkEach(r.file, r.id, 'sources', r.sources);
    }
  }
  for (const a of records.areas) {
    check(a.file, a.id, 'zone', a.zone);
    check(a.file, a.id, 'establishedBy', a.establishedBy);
    for (const [i, k] of a.keyIndustries.entries()) {
      checkEach(a.file, a.id, `keyIndustries[${i}].industries`, k.industries);
      checkEach(a.file, a.id, `keyIndustries[${i}].sources`, k.sources);
    }
  }
  for (const a of records.authorities) check(a.file, a.id, 'partOf', a.partOf);
  for (const p of records.people)
    for (const [i, r] of p.roles.entries()) {
      check(p.file, p.id, `roles[${i}].authority`, r.authority);
      checkEach(p.file, p.id, `roles[${i}].sources`, r.sources);
    }
  for (const d of records.documents) {
    checkEach(d.file, d.id, 'issuers', d.issuers);
    checkEach(d.file, d.id, 'appliesTo', d.appliesTo);
    for (const [i, r] of d.relations.entries()) {
      check(d.file, d.id, `relations[${i}].document`, r.document);
      checkEach(d.file, d.id, `relations[${i}].sources`, r.sources);
    }
  }
  for (const m of records.measures) {
    checkEach(m.file, m.id, 'fields', m.fields);
    checkEach(m.file, m.id, 'setOutIn', m.setOutIn);
    checkEach(m.file, m.id, 'industries', m.industries);
    for (const [i, p] of m.pilotedIn.entries()) {
      check(m.file, m.id, `pilotedIn[${i}].zone`, p.zone);
      check(m.file, m.id, `pilotedIn[${i}].area`, p.area);
      checkEach(m.file, m.id, `pilotedIn[${i}].sources`, p.sources);
    }
  }
  for (const ind of records.industries) {
    check(ind.file, ind.id, 'parent', ind.parent);
    for (const [i, s] of ind.supplies.entries()) {
      check(ind.file, ind.id, `supplies[${i}].to`, s.to);
      checkEach(ind.file, ind.id, `supplies[${i}].sources`, s.sources);
    }
  }
  for (const c of records.clusters) {
    checkEach(c.file, c.id, 'industries', c.industries);
    check(c.file, c.id, 'zone', c.zone);
    check(c.file, c.id, 'area', c.area);
  }
  for (const o of records.observations) check(o.file, o.id, 'subject', o.subject);
  for (const n of records.newsItems) for (const [i, m] of n.mentions.entries()) check(n.file, n.id, `mentions[${i}].entity`, m.entity);
}
