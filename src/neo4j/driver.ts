// The one module that creates the Neo4j driver.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver({ uri, user, password }: Neo4jConnection): Driver {
  // Without a user, connect unauthenticated (the local Neo4j runs with auth off).
  const auth = user ? neo4j.auth.basic(user, password ?? '') : undefined;
  return neo4j.driver(uri, auth, {
    // Counts and years fit in a double; the API never needs 64-bit integers.
    disableLosslessIntegers: true,
    // Fail fast when Neo4j is down rather than hanging a request.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    // Managed transactions retry transient failures; keep that short so an outage answers fast.
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    userAgent: 'ftz-knowledge-graph',
    // The API never shows Neo4j's notifications (a cartesian product in the path search, a
    // deprecation): without the filter Neo4j builds them and the driver decodes them for
    // every result.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
}
