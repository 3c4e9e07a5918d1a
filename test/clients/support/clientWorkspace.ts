// A scratch directory for a client tool's inputs and outputs (sources, configs, artifacts),
// with the schema as a client would download it. It sits under the project's git-ignored
// .tmp/ so that generated files resolve the project's node_modules as an app's would.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, printSchema } from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/typeDefs.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ClientWorkspace {
  dir: string;
  remove(): void;
}

export function createClientWorkspace(prefix: string): ClientWorkspace {
  const parent = join(PROJECT_ROOT, '.tmp');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The published schema, printed from schema/*.graphql in one document (what introspection gives a client). */
export function printPublishedSchema(): string {
  return printSchema(buildSchema(loadTypeDefs()));
}
