// Compiles operations with the real relay-compiler (one run for all of them) and loads the
// artifacts it emits, as a Relay app's build does.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ConcreteRequest } from 'relay-runtime';
import { PROJECT_ROOT, printPublishedSchema } from './clientWorkspace.js';

const run = promisify(execFile);
const RELAY_COMPILER = join(PROJECT_ROOT, 'node_modules/.bin/relay-compiler');

export interface NamedOperation {
  name: string;
  document: string;
}

/** Writes each operation as a `graphql` tagged module, runs relay-compiler, imports every artifact. */
export async function compileRelayOperations(dir: string, operations: NamedOperation[]): Promise<Map<string, ConcreteRequest>> {
  const src = join(dir, 'src');
  const artifacts = join(dir, '__generated__');
  mkdirSync(src, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(dir, 'schema.graphql'), printPublishedSchema());
  writeFileSync(
    join(dir, 'relay.config.json'),
    JSON.stringify({ src: './src', schema: './schema.graphql', language: 'javascript', artifactDirectory: './__generated__', eagerEsModules: true }),
  );
  // relay-compiler wants each operation in a module named after it.
  for (const op of operations) {
    writeFileSync(join(src, `${op.name}.js`), `import { graphql } from 'relay-runtime';\nexport default graphql\`\n${op.document}\`;\n`);
  }
  await run(RELAY_COMPILER, [], { cwd: dir }).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(`relay-compiler failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  });
  const compiled = new Map<string, ConcreteRequest>();
  for (const op of operations) {
    const module: unknown = await import(pathToFileURL(join(artifacts, `${op.name}.graphql.js`)).href);
    const request = module !== null && typeof module === 'object' && 'default' in module ? module.default : undefined;
    if (!isConcreteRequest(request)) throw new Error(`relay-compiler emitted no request for ${op.name}`);
    compiled.set(op.name, request);
  }
  return compiled;
}

function isConcreteRequest(value: unknown): value is ConcreteRequest {
  return value !== null && typeof value === 'object' && 'kind' in value && value.kind === 'Request';
}
