// The README's example operations, as a client developer would copy them: every ```graphql
// block of the "Example queries" section, with the variables shown in a ```json block right
// after it. Shared by the README test and the client conformance tier, so both read the same.
import { readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { README_PATH } from '../../../seed/graphContents.js';

export interface ReadmeOperation {
  /** The operation's name; undefined for an anonymous operation (the tests refuse those). */
  name: string | undefined;
  /** The block's text, exactly as in the README. */
  document: string;
  /** The variables from the ```json block after it, or undefined when there is none. */
  variables: Record<string, unknown> | undefined;
  /** The parsed operation (each block holds exactly one). */
  definition: OperationDefinitionNode;
}

const SECTION = '## Example queries';
const BLOCK = /```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g;

export function readReadmeOperations(readme: string = readFileSync(README_PATH, 'utf8')): ReadmeOperation[] {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README has no "${SECTION}" section`);
  const end = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(BLOCK)].map((m) => {
    const document = m[1]!;
    const definitions = parse(document).definitions;
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || definitions.length !== 1) {
      throw new Error(`a README example must hold exactly one operation, found ${definitions.length} definitions:\n${document}`);
    }
    const definition = operations[0]!;
    return { name: definition.name?.value, document, variables: m[2] === undefined ? undefined : parseVariables(m[2]), definition };
  });
}

/** The operation's variables without a default value: those the README must show. */
export function listRequiredVariables(definition: OperationDefinitionNode): string[] {
  return (definition.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue).map((v) => v.variable.name.value);
}

function parseVariables(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`README variables must be a JSON object: ${text}`);
  return value as Record<string, unknown>;
}
