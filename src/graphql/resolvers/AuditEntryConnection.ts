import type { AuditEntryConnectionResolvers } from '../__generated__/resolvers-types.js';

// The audit log's lazy connection: `totalCount` runs only the count, the rest only the page.
export const AuditEntryConnection: AuditEntryConnectionResolvers = {
  totalCount: (c) => c.count(),
  edges: async (c) => (await c.page()).edges,
  nodes: async (c) => (await c.page()).edges.map((e) => e.node),
  pageInfo: (c) => c.page(),
};
