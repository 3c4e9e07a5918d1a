// Starts and stops a local Neo4j Community 5.26 from Maven Central jars (no Docker, no
// install): `mvn dependency:copy-dependencies` fetches the jars once into launcher/lib,
// then Launcher.java runs the database embedded with only Bolt, on 127.0.0.1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('./launcher', import.meta.url));
const LIB_DIR = join(LAUNCHER_DIR, 'lib');
/** stop() kills a Neo4j that has not stopped after SIGTERM within this long. */
export const LOCAL_NEO4J_STOP_MS = 60_000;
const CLASSES_DIR = join(LIB_DIR, 'classes');
const JARS_COMPLETE = join(LIB_DIR, '.complete');

export interface LocalNeo4jOptions {
  /** Directory holding the database files; created when missing. */
  home: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  heapMiB?: number;
  pageCacheMiB?: number;
  /** Extra classpath entries (e.g. APOC for the benchmark's @neo4j/graphql server). */
  extraClasspath?: string[];
  /** Where progress lines go (the jar download, start, stop). */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  home: string;
  /** Stops Neo4j cleanly (SIGTERM runs its shutdown hook); resolves when the process exited. */
  stop(): Promise<void>;
}

/** Raised when Java or Maven is missing: says what to install, or to use NEO4J_URI instead. */
export class MissingToolError extends Error {}

function hasCommand(cmd: string): boolean {
  return spawnSync(cmd, ['-version'], { stdio: 'ignore' }).error === undefined;
}

/** Fetches the Neo4j jars from Maven Central on first use; later calls reuse them. */
export function ensureNeo4jJars(log: (line: string) => void = console.log): void {
  if (existsSync(JARS_COMPLETE)) return;
  if (!hasCommand('java') || !hasCommand('mvn'))
    throw new MissingToolError(
      'Running a local Neo4j needs Java 17+ (`java`) and Maven (`mvn`) on the PATH: install them (e.g. `apt-get install openjdk-17-jdk maven`), or set NEO4J_URI to an existing Neo4j 5.',
    );
  log('Fetching Neo4j Community 5.26 jars from Maven Central into src/neo4j/launcher/lib (first run only, about a minute)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Maven could not fetch the Neo4j jars (see its output above).');
  writeFileSync(JARS_COMPLETE, new Date().toISOString());
}

/** Compiles the launcher once (faster starts than running the source file each time). */
function ensureLauncherCompiled(): void {
  const source = join(LAUNCHER_DIR, 'Launcher.java');
  const compiled = join(CLASSES_DIR, 'Launcher.class');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return;
  mkdirSync(CLASSES_DIR, { recursive: true });
  const result = spawnSync('javac', ['-nowarn', '-cp', join(LIB_DIR, '*'), '-d', CLASSES_DIR, source], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Could not compile the Neo4j launcher (javac failed; see above).');
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-XX:+UseG1GC',
];

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? console.log;
  ensureNeo4jJars(log);
  ensureLauncherCompiled();
  mkdirSync(options.home, { recursive: true });
  const port = options.port || (await findFreePort());
  const heap = options.heapMiB ?? 768;
  const classpath = [CLASSES_DIR, join(LIB_DIR, '*'), ...(options.extraClasspath ?? [])].join(':');
  const child = spawn(
    'java',
    [
      `-Xms${Math.min(heap, 256)}m`,
      `-Xmx${heap}m`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      'Launcher',
      options.home,
      String(port),
      String(options.pageCacheMiB ?? 256),
      '--exit-on-stdin-eof',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  await waitForReady(child, port);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    home: options.home,
    stop() {
      stopping ??= (async () => {
        child.kill('SIGTERM');
        const killTimer = setTimeout(() => child.kill('SIGKILL'), LOCAL_NEO4J_STOP_MS);
        await exited;
        clearTimeout(killTimer);
      })();
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (output.includes(`NEO4J_READY bolt://127.0.0.1:${port}`)) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      const hint = /store_lock|StoreLockException/i.test(output) ? ' The data directory is in use by another Neo4j (is `npm start` already running?).' : '';
      reject(new Error(`Local Neo4j exited (code ${code}) before it was ready.${hint}\n${output.slice(-3000)}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      child.kill('SIGKILL');
      reject(new Error(`Local Neo4j was not ready after 180 s.\n${output.slice(-3000)}`));
    }, 180_000);
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining output so the child never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}
