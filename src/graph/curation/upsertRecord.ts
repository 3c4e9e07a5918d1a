// The record writes the API offers: create or update a whole record, and set one SUPPLIES link.
import { BadUserInputError } from '../../errors.js';
import type { AuditActor } from '../audit.js';
import type { Executor } from '../executor.js';
import { labelOfId } from '../model.js';
import { curate, pathField, type CurationPlan } from './curate.js';
import { KINDS, type CuratedKind } from './readCuratedRecord.js';

/** GraphQL input → record patch: an explicit null clears a field (top level), nested nulls are absent. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
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
  if (labelOfId(input.id) !== KINDS[kind].label) throw new BadUserInputError(`\`id\`: \`${input.id}\` is not a ${kind} id.`, { argument: 'input', field: 'id' });
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
