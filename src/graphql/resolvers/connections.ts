// Every *Connection, *Edge and PageInfo type resolves the same way from the data layer's
// lazy ConnectionRecord: `totalCount` runs only the count, `edges`/`nodes`/`pageInfo` only the page.
// What the parent's statement already read is returned as it is, not as a promise, so that
// graphql-js completes a prefetched subtree without a promise per field (ConnectionRecord.ready).
import type { ConnectionRecord, PageInfoRecord, PageRecord } from '../../graph/records.js';
import { CONNECTION_TYPES } from '../connectionTypes.js';

const nodesOf = (page: PageRecord) => page.edges.map((e) => e.node);

const connection = {
  totalCount: (c: ConnectionRecord) => c.ready?.count ?? c.count(),
  edges: (c: ConnectionRecord) => c.ready?.page?.edges ?? c.page().then((p) => p.edges),
  nodes: (c: ConnectionRecord) => (c.ready?.page ? nodesOf(c.ready.page) : c.page().then(nodesOf)),
  pageInfo: (c: ConnectionRecord) => c.ready?.page ?? c.page(),
};

export const connectionResolvers = Object.fromEntries(CONNECTION_TYPES.map((t) => [t, connection]));

export const PageInfo = {
  hasNextPage: (p: PageInfoRecord) => p.hasNextPage,
  hasPreviousPage: () => false,
  startCursor: (p: PageInfoRecord) => p.edges[0]?.cursor ?? null,
  endCursor: (p: PageInfoRecord) => p.edges.at(-1)?.cursor ?? null,
};
