// Constraints and indexes the API relies on. Idempotent; run before any load.
import { ensureAuditSchema } from './audit.js';
import type { Executor } from './executor.js';
import { ENTITY, ENTITY_LABELS, FULLTEXT_INDEX, SEARCHABLE_LABELS, SEARCHABLE_PROPERTIES } from './model.js';
import { ensureTokenSchema } from './tokens.js';

export function schemaStatements(): string[] {
  return [
    // One constraint makes ids unique across all labels; per-label ones back label lookups.
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY}) REQUIRE n.id IS UNIQUE`,
    ...ENTITY_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')})
ON EACH [${SEARCHABLE_PROPERTIES.map((p) => `n.${p}`).join(', ')}]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }`,
    'CREATE INDEX observation_metric IF NOT EXISTS FOR (n:Observation) ON (n.metric, n.asOf)',
  ];
}

/**
 * A full-text index is created once under its name (IF NOT EXISTS), so a database made before a
 * label or property joined the search keeps the old coverage: drop it when it differs, and the
 * statement above makes it again.
 */
async function dropStaleSearchIndex(executor: Executor): Promise<void> {
  const [index] = await executor.read<{ labels: string[]; properties: string[] }>(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes AS labels, properties',
    { name: FULLTEXT_INDEX },
  );
  if (!index) return;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (same(index.get('labels'), SEARCHABLE_LABELS) && same(index.get('properties'), SEARCHABLE_PROPERTIES)) return;
  await executor.write(`DROP INDEX ${FULLTEXT_INDEX} IF EXISTS`);
}

export async function ensureSchema(executor: Executor): Promise<void> {
  await dropStaleSearchIndex(executor);
  for (const statement of schemaStatements()) await executor.write(statement);
  await ensureTokenSchema(executor);
  await ensureAuditSchema(executor);
  await executor.read('CALL db.awaitIndexes(60)');
}

/** True when every constraint and index above exists and is online. */
export async function isSchemaInPlace(executor: Executor): Promise<boolean> {
  const records = await executor.read<{ n: number }>(`SHOW INDEXES YIELD name, state WHERE name IN $names AND state = 'ONLINE' RETURN count(*) AS n`, {
    names: [FULLTEXT_INDEX, 'entity_id', 'observation_metric'],
  });
  return (records[0]?.get('n') ?? 0) === 3;
}
