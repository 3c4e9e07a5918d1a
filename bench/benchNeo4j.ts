// The benchmark's Neo4j: one database directory per scale under bench/.data, APOC in its
// plugins folder (@neo4j/graphql calls APOC functions), and the graph built on it: schema,
// the curated seed, then the synthetic generator.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadSeed } from '../seed/loadSeed.js';
import { Executor } from '../src/graph/executor.js';
import { ensureSchema, schemaStatements } from '../src/graph/schemaSetup.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j.js';
import { generateGraph, SCALES, type GenerateResult, type ScaleSpec } from './generate.js';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const PLUGIN_POM_DIR = join(BENCH_DIR, 'apoc');
const PLUGIN_LIB = join(PLUGIN_POM_DIR, 'lib');

/** Fetches APOC (and what it needs) from Maven Central once, into bench/apoc/lib. */
export function ensureApocJars(log: (line: string) => void): string[] {
  const complete = join(PLUGIN_LIB, '.complete');
  if (!existsSync(complete)) {
    log('Fetching APOC core 5.26 from Maven Central into bench/apoc/lib (first run only)...');
    const r = spawnSync('mvn', ['-q', '-B', '-f', join(PLUGIN_POM_DIR, 'pom.xml'), 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${PLUGIN_LIB}`], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('Maven could not fetch APOC (see its output above).');
    writeFileSync(complete, new Date().toISOString());
  }
  return readdirSync(PLUGIN_LIB)
    .filter((f) => f.endsWith('.jar'))
    .map((f) => join(PLUGIN_LIB, f));
}

export interface BenchNeo4j {
  local: LocalNeo4j;
  driver: Driver;
  version: string;
  stop(): Promise<void>;
}

/**
 * Starts Neo4j on bench/.data/<scale> with APOC. Embedded Neo4j registers procedures and
 * functions only from `<home>/plugins` (its default plugin directory), while APOC's
 * extension factories (which provide `apoc.ApocConfig` for injection) are found through the
 * classpath: so the jars go in both places. No launcher change or config setting is needed.
 */
export async function startBenchNeo4j(scaleName: string, options: { fresh: boolean; heapMiB: number; pageCacheMiB: number; log: (line: string) => void }): Promise<BenchNeo4j> {
  const home = join(BENCH_DIR, '.data', scaleName);
  if (options.fresh) rmSync(home, { recursive: true, force: true });
  const plugins = join(home, 'plugins');
  mkdirSync(plugins, { recursive: true });
  for (const jar of ensureApocJars(options.log)) copyFileSync(jar, join(plugins, jar.split('/').pop()!));
  const local = await startLocalNeo4j({
    home,
    port: 0,
    heapMiB: options.heapMiB,
    pageCacheMiB: options.pageCacheMiB,
    extraClasspath: [join(PLUGIN_LIB, '*')],
    log: options.log,
  });
  const driver = neo4j.driver(local.uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 20, notificationFilter: { minimumSeverityLevel: 'OFF' } });
  const components = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  const c = components.records[0]!;
  const version = `${c.get('name')} ${c.get('version')} ${c.get('edition')}`;
  // @neo4j/graphql needs these two APOC functions; fail early with a clear message if absent.
  await driver.executeQuery("RETURN apoc.util.validatePredicate(false, 'x', [0]) AS ok, apoc.date.convertFormat('2020-01-01', 'date', 'iso_date') AS d");
  return {
    local,
    driver,
    version,
    async stop() {
      await driver.close();
      await local.stop();
    },
  };
}

export interface BuildResult {
  seed: { nodes: number; relationships: number; seconds: number; error?: string };
  synthetic: GenerateResult;
  /** Counted in the database after the load. */
  totals: { nodes: number; relationships: number };
  seconds: number;
}

/** Drops every constraint and index but the cross-label id constraint; returns how many. */
async function dropSecondaryIndexes(executor: Executor): Promise<number> {
  let n = 0;
  for (const r of await executor.read<{ name: string }>("SHOW CONSTRAINTS YIELD name WHERE name <> 'entity_id' RETURN name")) {
    // Names come from the database itself (schemaSetup.ts's constants), quoted as identifiers.
    await executor.write(`DROP CONSTRAINT \`${r.get('name')}\``);
    n++;
  }
  for (const r of await executor.read<{ name: string }>(
    "SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL AND type IN ['FULLTEXT', 'RANGE'] RETURN name",
  )) {
    await executor.write(`DROP INDEX \`${r.get('name')}\``);
    n++;
  }
  return n;
}

/** Schema, seed, synthetic graph, then counts. Expects a fresh (empty) database. */
export async function buildGraph(driver: Driver, scale: ScaleSpec, options: { seed: number; batchSize?: number; log: (line: string) => void }): Promise<BuildResult> {
  const started = performance.now();
  const executor = new Executor(driver, { timeoutMs: 600_000 });
  await ensureSchema(executor);
  let seed: BuildResult['seed'];
  const seedStarted = performance.now();
  try {
    const r = await loadSeed(executor);
    seed = { ...r, seconds: (performance.now() - seedStarted) / 1000 };
  } catch (e) {
    // The curated seed is edited alongside; a broken seed must not stop the benchmark.
    seed = { nodes: 0, relationships: 0, seconds: 0, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
    options.log(`  seed not loaded: ${seed.error}`);
  }
  options.log(`  seed: ${seed.nodes} nodes, ${seed.relationships} relationships (${seed.seconds.toFixed(1)} s)`);
  // Index creation after the load: keep only the id constraint while writing (the writer
  // never looks nodes up by label or text), then recreate the rest from the project's own
  // schema statements and wait for Neo4j to populate them (in bulk, on all cores).
  const dropped = await dropSecondaryIndexes(executor);
  const synthetic = await generateGraph(driver, { scale, seed: options.seed, batchSize: options.batchSize, log: options.log });
  const indexStarted = performance.now();
  for (const statement of schemaStatements()) await executor.write(statement);
  await executor.read('CALL db.awaitIndexes(1800)');
  options.log(`  recreated ${dropped} indexes and constraints: ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
  const [row] = await executor.read<{ nodes: number; rels: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const totals = { nodes: row!.get('nodes'), relationships: row!.get('rels') };
  return { seed, synthetic, totals, seconds: (performance.now() - started) / 1000 };
}

const markerFile = (scale: string) => join(BENCH_DIR, '.data', scale, 'bench-graph.json');

/**
 * Starts a scale's Neo4j with its graph: reuses the database in bench/.data/<scale> when
 * `reuse` is set and it was built from the same generator input and code, else builds it
 * afresh. `phase` times the two steps for the report.
 */
export async function openScale(
  name: string,
  options: { reuse: boolean; seed: number; heapMiB: number; pageCacheMiB: number; log: (line: string) => void; phase?: <T>(what: string, f: () => Promise<T>) => Promise<T> },
): Promise<{ db: BenchNeo4j; build: BuildResult; reused: boolean }> {
  const spec = SCALES[name];
  if (!spec) throw new Error(`Unknown scale ${name}; known: ${Object.keys(SCALES).join(', ')}`);
  const phase = options.phase ?? (<T>(_: string, f: () => Promise<T>) => f());
  const fingerprint = JSON.stringify({ spec, seed: options.seed, generator: readFileSync(join(BENCH_DIR, 'generate.ts'), 'utf8').length });
  const marker = existsSync(markerFile(name)) ? JSON.parse(readFileSync(markerFile(name), 'utf8')) : undefined;
  const reused = Boolean(options.reuse && marker?.fingerprint === fingerprint);
  options.log(`scale ${name}: starting Neo4j (${reused ? 'reusing the built graph' : 'fresh database'})`);
  const db = await phase('startNeo4j', () => startBenchNeo4j(name, { fresh: !reused, heapMiB: options.heapMiB, pageCacheMiB: options.pageCacheMiB, log: () => {} }));
  try {
    let build: BuildResult;
    if (reused) build = marker.build;
    else {
      options.log(`scale ${name}: building the graph`);
      build = await phase('buildGraph', () => buildGraph(db.driver, spec, { seed: options.seed, log: options.log }));
      writeFileSync(markerFile(name), JSON.stringify({ fingerprint, build }, null, 2));
    }
    return { db, build, reused };
  } catch (e) {
    await db.stop();
    throw e;
  }
}
