// Curation writes: check the caller's role, hand the input to the data layer (which
// validates, writes and audits in one transaction), return what was written.
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireRole } from '../../auth/authenticate.js';
import { InternalError } from '../../errors.js';
import { linkEntities, unlinkEntities, upsertRecord, upsertSupplyLink, type CuratedKind } from '../../graph/curation/index.js';
import type { EntityRecord } from '../../graph/records.js';
import type { GraphQLContext } from '../context.js';

/** The entity as stored after the write (the loader may hold the version from before). */
async function readWritten(ctx: GraphQLContext, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.clear(id).load(id);
  if (!entity) throw new InternalError(`${id} is missing right after it was written.`);
  return entity;
}

const upsert =
  (kind: CuratedKind) =>
  async (_: unknown, { input }: { input: { id: string } & Record<string, unknown> }, ctx: GraphQLContext) => {
    const actor = await requireRole(ctx, 'curator');
    const plan = await upsertRecord(ctx.executor, kind, input, actor);
    return readWritten(ctx, plan.id);
  };

export const Mutation: MutationResolvers = {
  upsertReformMeasure: upsert('ReformMeasure'),
  upsertPolicyDocument: upsert('PolicyDocument'),
  upsertIndustrialCluster: upsert('IndustrialCluster'),
  upsertSource: upsert('Source'),
  upsertSupplyLink: async (_, { input }, ctx) => {
    const actor = await requireRole(ctx, 'curator');
    const plan = await upsertSupplyLink(ctx.executor, input, actor);
    return readWritten(ctx, plan.id);
  },
  link: async (_, { input }, ctx) => {
    const actor = await requireRole(ctx, 'curator');
    await linkEntities(ctx.executor, input, actor);
    return { type: input.type, from: await readWritten(ctx, input.from), to: await readWritten(ctx, input.to) };
  },
  unlink: async (_, { input }, ctx) => {
    const actor = await requireRole(ctx, 'curator');
    await unlinkEntities(ctx.executor, input, actor);
    return { type: input.type, from: await readWritten(ctx, input.from), to: await readWritten(ctx, input.to) };
  },
};
