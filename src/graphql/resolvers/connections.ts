// Every *Connection, *Edge and PageInfo type resolves the same way from the data layer's
// lazy ConnectionRecord: `totalCount` runs only the count, `edges`/`nodes`/`pageInfo` only the page.
import type { ConnectionRecord, PageInfoRecord } from '../../graph/records.js';
import { CONNECTION_TYPES } from '../connectionTypes.js';

const connection = {
  totalCount: (c: ConnectionRecord) => c.count(),
  edges: async (c: ConnectionRecord) => (await c.page()).edges,
  nodes: async (c: ConnectionRecord) => (await c.page()).edges.map((e) => e.node),
  pageInfo: (c: ConnectionRecord) => c.page(),
};

export const connectionResolvers = Object.fromEntries(CONNECTION_TYPES.map((t) => [t, connection]));

export const PageInfo = {
  hasNextPage: (p: PageInfoRecord) => p.hasNextPage,
  hasPreviousPage: () => false,
  startCursor: (p: PageInfoRecord) => p.edges[0]?.cursor ?? null,
  endCursor: (p: PageInfoRecord) => p.edges.at(-1)?.cursor ?? null,
};
