// The Executor's transaction timeout holds for write batches (writeAll, the curated writes)
// as it does for single statements: Neo4j stops the transaction and the caller gets TIMEOUT.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { GraphQLErrorWithCode } from '../../src/errors.js';
import { Executor } from '../../src/graph/executor.js';

const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
afterAll(() => driver.close());

// Seconds of work in Neo4j that write nothing.
const SLOW = 'UNWIND range(1, 200000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

describe('executor timeouts', () => {
  it('stops a write batch that runs past the timeout with TIMEOUT, and writes none of it', async () => {
    const executor = new Executor(driver, { timeoutMs: 300 });
    const started = Date.now();
    const error = await executor.writeAll([{ cypher: "CREATE (:TimeoutProbe {id: 'timeout-probe'})" }, { cypher: SLOW }]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GraphQLErrorWithCode);
    expect((error as GraphQLErrorWithCode).extensions.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(10_000);
    const { records } = await driver.executeQuery('MATCH (n:TimeoutProbe) RETURN count(n) AS n');
    expect(records[0]!.get('n')).toBe(0);
  });
});
