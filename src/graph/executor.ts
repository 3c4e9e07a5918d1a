// Owns every call to the Neo4j driver: managed read/write transactions with a timeout and
// metadata, sessions closed in `finally`, per-request statistics, and the one place where
// driver errors are translated into API errors (by their code, never their message).
import { Neo4jError, type Driver, type RecordShape, type Record as Neo4jRecord } from 'neo4j-driver';
import { GraphQLErrorWithCode, InternalError, ServiceUnavailableError, TimeoutError } from '../errors.js';

/** Neo4j round trips and their total time, for one request. */
export interface QueryStats {
  queries: number;
  timeMs: number;
}

export interface ExecutorOptions {
  database?: string;
  /** Transaction timeout, enforced by Neo4j itself (it stops the query). */
  timeoutMs: number;
}

export type Params = Record<string, unknown>;

/** One statement of a write transaction (see `writeAll`). */
export type WriteStatement = { cypher: string; params?: Params; orElse?: () => Error };

/**
 * Statement texts whose first run has started, per driver. Neo4j does not share a plan while
 * it is being compiled: 30 aliased industry chains on a cold plan cache planned 30 copies
 * (6.4-6.7 s on 2 loaded cores; 116 s of Neo4j time in issue 9), where after one run the same
 * 30 take 0.2-0.35 s. So the first run of a text goes alone and the others wait for it.
 * EXPLAIN does not fill the plan cache (measured), so the first run is a real one. Bounded
 * like Neo4j's own plan cache (1,000 texts by default): forgetting a text only means its
 * next run goes alone again.
 */
const firstRuns = new WeakMap<Driver, Map<string, Promise<unknown>>>();
const MAX_REMEMBERED_TEXTS = 1_000;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function translateNeo4jError(error: unknown): Error {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new ServiceUnavailableError();
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || error.code === 'Neo.TransientError.Transaction.LockClientStopped') return new TimeoutError();
  }
  return new InternalError('Internal server error.', { originalError: error instanceof Error ? error : undefined });
}

/**
 * Calls `start` with stack traces off. neo4j-driver captures `new Error().stack` for every
 * Result it creates, to give a later error the caller's stack; under tsx that stack is
 * formatted through source maps: 3-6 % of the server's CPU on the dashboard, chain and search
 * (docs/profiles/). Driver errors are translated here by their code and their stack is not
 * shown to anyone, so the capture is skipped. Only the synchronous call runs with the limit at 0.
 */
export function runWithoutStack<R>(start: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly stats: QueryStats = { queries: 0, timeMs: 0 },
  ) {}

  /** The same executor, counting into a request's own statistics. */
  forRequest(stats: QueryStats): Executor {
    return new Executor(this.driver, this.options, stats);
  }

  get statistics(): Readonly<QueryStats> {
    return this.stats;
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<Neo4jRecord<T>[]> {
    let runs = firstRuns.get(this.driver);
    if (!runs) firstRuns.set(this.driver, (runs = new Map()));
    const first = runs.get(cypher);
    if (first) await first.catch(() => {});
    else {
      if (runs.size >= MAX_REMEMBERED_TEXTS) runs.clear();
      const run = this.readRetrying<T>(cypher, params);
      runs.set(cypher, run);
      // A failed first run (Neo4j down, a timeout) may have planned nothing: the next goes first.
      run.catch(() => runs.delete(cypher));
      return run;
    }
    return this.readRetrying<T>(cypher, params);
  }

  private async readRetrying<T extends RecordShape>(cypher: string, params: Params): Promise<Neo4jRecord<T>[]> {
    try {
      return await this.run<T>('READ', cypher, params);
    } catch (e) {
      // After Neo4j restarts, a pooled connection can fail once before the pool drops it:
      // one immediate retry on a fresh session. When Neo4j is really down it fails as fast.
      if (e instanceof ServiceUnavailableError) return this.run<T>('READ', cypher, params);
      throw e;
    }
  }

  write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<Neo4jRecord<T>[]> {
    return this.run('WRITE', cypher, params);
  }

  /**
   * Runs several statements in one write transaction: all of them happen, or none. A
   * statement with `orElse` must return a row: when it returns none, its error is thrown and
   * the whole transaction rolled back.
   */
  async writeAll(statements: WriteStatement[]): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'WRITE' });
    const started = performance.now();
    try {
      await session.executeWrite(
        async (tx) => {
          for (const s of statements) {
            const result = await tx.run(s.cypher, s.params ?? {});
            if (s.orElse && result.records.length === 0) throw s.orElse();
          }
        },
        // The same timeout as single statements: a curated write cannot hold its locks longer.
        { timeout: this.options.timeoutMs, metadata: { app: 'ftz-knowledge-graph', kind: 'batch-write' } },
      );
    } catch (e) {
      throw e instanceof GraphQLErrorWithCode ? e : translateNeo4jError(e);
    } finally {
      this.stats.queries += statements.length;
      this.stats.timeMs += performance.now() - started;
      await session.close();
    }
  }

  private async run<T extends RecordShape>(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<Neo4jRecord<T>[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const started = performance.now();
    const config = { timeout: this.options.timeoutMs, metadata: { app: 'ftz-knowledge-graph' } };
    try {
      // Reads run as auto-commit transactions in a READ session: one network round trip
      // (RUN and PULL pipelined) instead of BEGIN, RUN, COMMIT; the timeout still applies.
      // Reads are single statements, so there is nothing a managed retry would add but delay.
      const result = mode === 'READ' ? await runWithoutStack(() => session.run<T>(cypher, params, config)) : await session.executeWrite((tx) => tx.run<T>(cypher, params), config);
      return result.records;
    } catch (e) {
      throw translateNeo4jError(e);
    } finally {
      this.stats.queries += 1;
      this.stats.timeMs += performance.now() - started;
      await session.close();
    }
  }
}
