// Admin-only reads: the audit log and the API tokens (never their secrets).
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireRole } from '../../auth/authenticate.js';
import { readAuditLog } from '../../graph/audit.js';
import { listApiTokens } from '../../graph/tokens.js';

export const adminQueryResolvers: Pick<QueryResolvers, 'auditLog' | 'apiTokens'> = {
  auditLog: async (_, args, ctx) => {
    await requireRole(ctx, 'admin');
    return readAuditLog(ctx.executor, args);
  },
  apiTokens: async (_, __, ctx) => {
    await requireRole(ctx, 'admin');
    return listApiTokens(ctx.executor);
  },
};
