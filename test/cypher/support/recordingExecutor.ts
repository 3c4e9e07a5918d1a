// An executor that runs nothing: it records the text and parameter names of every statement
// a builder hands it and answers with the rows `answer` gives (none by default). It exists
// to snapshot Cypher TEXT without a database; a test that checks what a query returns runs
// it against the real Neo4j (test/integration, test/http).
import { Record as Neo4jRecord } from 'neo4j-driver';
import type { Executor, Params, WriteStatement } from '../../../src/graph/executor.js';

export interface RecordedStatement {
  mode: 'read' | 'write' | 'writeAll';
  cypher: string;
  params: Params;
}

export type Answer = (cypher: string, params: Params) => Array<Record<string, unknown>>;

export interface RecordingExecutor {
  /** Stands in for the Executor: the builders only call read, write and writeAll. */
  executor: Executor;
  statements: RecordedStatement[];
}

export function createRecordingExecutor(answer: Answer = () => []): RecordingExecutor {
  const statements: RecordedStatement[] = [];
  const run = async (mode: 'read' | 'write', cypher: string, params: Params = {}) => {
    statements.push({ mode, cypher, params });
    return answer(cypher, params).map((row) => new Neo4jRecord(Object.keys(row), Object.values(row)));
  };
  const recorder = {
    read: (cypher: string, params?: Params) => run('read', cypher, params),
    write: (cypher: string, params?: Params) => run('write', cypher, params),
    writeAll: async (list: WriteStatement[]) => {
      for (const s of list) statements.push({ mode: 'writeAll', cypher: s.cypher, params: s.params ?? {} });
    },
    forRequest: () => recorder,
    statistics: { queries: 0, timeMs: 0 },
  };
  // The Executor's driver and options are private: a structural stand-in needs the cast.
  return { executor: recorder as unknown as Executor, statements };
}

/** The parameter names, sorted, as one line: `$id, $limit`. */
export function paramNames(params: Params = {}): string {
  const names = Object.keys(params).sort();
  return names.length ? names.map((n) => `$${n}`).join(', ') : '(none)';
}

/** A statement as its snapshot shows it: the parameter names, then the text. */
export function formatStatement(s: { cypher: string; params?: Params }): string {
  return `params: ${paramNames(s.params)}\n${s.cypher}`;
}

/** Every recorded statement, in order, separated by a blank line. */
export function formatStatements(statements: ReadonlyArray<{ mode?: string; cypher: string; params?: Params }>): string {
  return statements.map((s) => `${s.mode ? `-- ${s.mode}\n` : ''}${formatStatement(s)}`).join('\n\n');
}
