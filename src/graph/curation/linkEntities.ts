// Links: each link type is a field of the record at one of its ends (its owner), so linking
// and unlinking are writes of the owner record.
import { BadUserInputError } from '../../errors.js';
import type { AuditActor } from '../audit.js';
import type { Executor } from '../executor.js';
import { labelOfId, type EntityLabel, type RelationshipType } from '../model.js';
import { curate, findMissing, missingError, pathField, type CurationPlan, type Path } from './curate.js';
import type { CuratedKind, CuratedRecord } from './readCuratedRecord.js';
import { withoutNulls } from './upsertRecord.js';

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
  ...entryField(
    'relations',
    (e, other) => e.type === type && e.document === other,
    (other) => ({ type, document: other }),
  ),
});

const LINKS: Record<LinkType, LinkSpec> = {
  PILOTED_IN: {
    from: ['ReformMeasure'],
    to: ['Zone'],
    owner: 'from',
    hasFact: true,
    ...entryField(
      'pilotedIn',
      (e, zone) => e.zone === zone,
      (zone) => ({ zone }),
    ),
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
    remove: entryField(
      'supplies',
      (e, to) => e.to === to,
      (to) => ({ to }),
    ).remove,
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
  if (!spec.add) throw new BadUserInputError(`\`type\`: ${input.type} links carry what flows along them; set them with upsertSupplyLink.`, { argument: 'input', field: 'type' });
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
      fieldOf: (path) => (factPath?.every((p, i) => path[i] === p) ? ['fact', ...path.slice(factPath.length).map(String)].join('.') : pathField(path)),
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
