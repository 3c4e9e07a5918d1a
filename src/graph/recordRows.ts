// Turns a validated record set into the node and relationship rows graphWriter writes: the
// seed's whole set, or one curated record. Pure: no Neo4j here.
import neo4j from 'neo4j-driver';
import type { RecordSet } from '../records/schema.js';
import type { GraphRows, NodeRow, RelationshipRow } from './graphWriter.js';
import type { RelationshipType } from './model.js';

const DATE_FIELDS = new Set([
  'approvedOn',
  'planIssuedOn',
  'publishedOn',
  'launchedOn',
  'establishedOn',
  'issuedOn',
  'effectiveOn',
  'replicatedNationwideOn',
  'foundedOn',
  'asOf',
  'from',
  'to',
  'broadcastOn',
]);

/** Integer properties: stored as Neo4j integers (a JS number would be stored as a float). */
const INT_FIELDS = new Set(['batch', 'itemCount']);

/** Record keys that become relationships (or are bookkeeping), not node properties. */
const NOT_PROPERTIES = new Set([
  'file',
  'sources',
  'zone',
  'area',
  'establishedBy',
  'keyIndustries',
  'issuers',
  'appliesTo',
  'relations',
  'fields',
  'setOutIn',
  'pilotedIn',
  'industries',
  'parent',
  'supplies',
  'partOf',
  'roles',
  'subject',
  'mentions',
]);

/** Partial date "YYYY[-MM[-DD]]" → Neo4j date at the period's first day, and its precision. */
function toStoredDate(value: string): { date: unknown; precision: 'YEAR' | 'MONTH' | 'DAY' } {
  const [y, m, d] = value.split('-').map(Number);
  const precision = d ? 'DAY' : m ? 'MONTH' : 'YEAR';
  return { date: new neo4j.types.Date(y!, m ?? 1, d ?? 1), precision };
}

function toProperties(record: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (NOT_PROPERTIES.has(key) || value === undefined) continue;
    if (DATE_FIELDS.has(key) && typeof value === 'string') {
      const { date, precision } = toStoredDate(value);
      props[key] = date;
      props[`${key}Precision`] = precision;
    } else if (INT_FIELDS.has(key) && typeof value === 'number') props[key] = neo4j.int(value);
    else props[key] = value;
  }
  return props;
}

type Fact = { sources: string[]; verified?: boolean; note?: string };

/** The rows the graph writer writes for a record set: nodes, SOURCED_FROM links, and every relationship a record names. */
export function buildRecordRows(records: RecordSet): GraphRows {
  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  const rel = (type: RelationshipType, from: string, to: string, fact: Fact, extra: Record<string, unknown> = {}) =>
    relationships.push({
      type,
      from,
      to,
      // Relationship sources are kept as a list of source ids on the relationship itself.
      props: { ...toProperties({ ...extra, verified: fact.verified ?? true, note: fact.note }), sources: fact.sources },
    });
  const node = (label: NodeRow['label'], record: { id: string; sources?: string[] } & Record<string, unknown>) => {
    nodes.push({ label, id: record.id, props: toProperties(record) });
    for (const s of record.sources ?? []) relationships.push({ type: 'SOURCED_FROM', from: record.id, to: s, props: {} });
  };

  for (const s of records.sources) node('Source', s);
  for (const z of records.zones) node('Zone', z);
  for (const a of records.areas) {
    node('ZoneArea', a);
    rel('HAS_AREA', a.zone, a.id, a);
    if (a.establishedBy) rel('ESTABLISHES', a.establishedBy, a.id, a);
    // One FOCUSES_ON per (area, industry), its sources pooled from every statement naming the pair
    // (the writer MERGEs on the pair, so a second row would overwrite the first's sources).
    const focus = new Map<string, Fact>();
    for (const k of a.keyIndustries)
      for (const i of k.industries) {
        const f = focus.get(i);
        focus.set(
          i,
          f
            ? {
                sources: [...new Set([...f.sources, ...k.sources])],
                verified: f.verified !== false && k.verified !== false,
                note: [f.note, k.note].filter(Boolean).join(' ') || undefined,
              }
            : k,
        );
      }
    for (const [i, f] of focus) rel('FOCUSES_ON', a.id, i, f);
  }
  for (const a of records.authorities) {
    node('Authority', a);
    if (a.partOf) rel('PART_OF', a.id, a.partOf, a);
  }
  for (const p of records.people) {
    node('Person', p);
    for (const r of p.roles) rel('WORKS_FOR', p.id, r.authority, r, { title: r.title, from: r.from, to: r.to, asOf: r.asOf });
  }
  for (const d of records.documents) {
    node('PolicyDocument', d);
    for (const i of d.issuers) rel('ISSUED_BY', d.id, i, d);
    for (const z of d.appliesTo) rel('APPLIES_TO', d.id, z, d);
    for (const r of d.relations) rel(r.type, d.id, r.document, r);
  }
  for (const f of records.fields) node('ReformField', f);
  for (const m of records.measures) {
    node('ReformMeasure', m);
    for (const f of m.fields) rel('IN_FIELD', m.id, f, m);
    for (const d of m.setOutIn) rel('SETS_OUT', d, m.id, m);
    for (const i of m.industries) rel('SUPPORTS', m.id, i, m);
    for (const p of m.pilotedIn) {
      rel('PILOTED_IN', m.id, p.zone, p, { from: p.from, first: p.first });
      if (p.area) rel('PILOTED_IN', m.id, p.area, p, { from: p.from, first: p.first });
    }
  }
  for (const i of records.industries) {
    node('Industry', i);
    if (i.parent) rel('SUB_INDUSTRY_OF', i.id, i.parent, i);
    for (const s of i.supplies) rel('SUPPLIES', i.id, s.to, s, { flow: s.flow, editorial: s.editorial });
  }
  for (const c of records.clusters) {
    node('IndustrialCluster', c);
    for (const i of c.industries) rel('IN_INDUSTRY', c.id, i, c);
    rel('LOCATED_IN', c.id, c.zone, c);
    if (c.area) rel('LOCATED_IN', c.id, c.area, c);
  }
  for (const o of records.observations) {
    node('Observation', o);
    if (o.subject) rel('ABOUT', o.id, o.subject, o);
  }
  for (const n of records.newsItems) {
    node('NewsItem', n);
    for (const m of n.mentions) rel('MENTIONS', n.id, m.entity, n, { term: m.term, evidence: m.evidence });
  }
  return { nodes, relationships };
}
