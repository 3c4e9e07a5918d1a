// GraphQL Code Generator's client preset, as a typed app uses it: typed documents for every
// README operation, generated against schema/ with the config the README's "Clients" section
// shows, then `tsc --strict` on them and on code that reads the results. Issue 9: the README's
// anonymous operations were all skipped, and dates came out `unknown`.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, createClientWorkspace, type ClientWorkspace } from './support/clientWorkspace.js';
import { readReadmeOperations } from './support/readmeOperations.js';

const run = promisify(execFile);
const operations = readReadmeOperations();

// Code an app writes against the generated types. Each line fails to compile when a type is
// wrong: Equals<> rejects `any` and `unknown` as well as a wrong type.
const CONSUMER = `
import type { ApolloClient } from '@apollo/client';
import type { ResultOf } from '@graphql-typed-document-node/core';
import {
  BeijingDocumentsDocument,
  BulkCommodityChainDocument,
  DashboardChartsDocument,
  FullTextSearchDocument,
  InvestmentMeasuresDocument,
  type FullTextSearchQueryVariables,
} from './gql/graphql';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

type Zone = NonNullable<ResultOf<typeof BeijingDocumentsDocument>['zone']>;
expectType<Equals<NonNullable<Zone['launchedOn']>, string>>();
export function printLaunch(zone: Zone): string {
  return zone.launchedOn ? zone.launchedOn.slice(0, 4) : 'not launched';
}

type Charts = ResultOf<typeof DashboardChartsDocument>;
type BatchKey = Charts['zoneCounts'][number]['keys'][number];
expectType<Equals<NonNullable<BatchKey['number']>, number>>();
expectType<Equals<BatchKey['dimension'], string> extends true ? false : true>(); // an enum, not any string
export function labelCharts(charts: Charts): string[] {
  const zones = charts.reformMeasureCounts.flatMap((g) => g.keys.map((k) => (k.node?.__typename === 'Zone' ? k.node.shortName : k.node?.id)));
  const batches = charts.zoneCounts.map((g) => \`batch \${g.keys[0]?.number ?? 'none'}: \${g.count}\`);
  return [...zones.filter((z): z is string => typeof z === 'string'), ...batches];
}

type Path = ResultOf<typeof BulkCommodityChainDocument>['paths'][number];
expectType<Equals<Path['links'][number]['from']['id'], string>>();
expectType<Equals<Path['links'][number]['link']['type'], string> extends true ? false : true>();

type Measures = ResultOf<typeof InvestmentMeasuresDocument>['reformMeasures'];
expectType<Equals<NonNullable<Measures['pageInfo']['endCursor']>, string>>();

export const firstSearch: FullTextSearchQueryVariables = { text: '生物医药' };
// @ts-expect-error the search text is required
export const noText: FullTextSearchQueryVariables = {};

// The typed documents work with Apollo Client as they are.
export async function loadNextPage(client: ApolloClient, after: string | null): Promise<string[]> {
  const { data } = await client.query({ query: InvestmentMeasuresDocument, variables: { first: 10, after } });
  return data?.reformMeasures.edges.map((e) => e.node.id) ?? [];
}
export async function searchNames(client: ApolloClient): Promise<Array<string | undefined>> {
  const { data } = await client.query({ query: FullTextSearchDocument, variables: firstSearch });
  return data?.search.map((hit) => (hit.node.__typename === 'Industry' ? hit.node.nameEn : hit.node.id)) ?? [];
}
`;

/** The codegen config the README's "Clients" section gives, pointed at the workspace. */
function createCodegenConfig(dir: string) {
  return {
    schema: join(PROJECT_ROOT, 'schema/*.graphql'),
    documents: join(dir, 'operations/*.graphql'),
    generates: {
      [join(dir, 'gql/')]: { preset: 'client' as const, config: { scalars: { Date: 'string', JSON: 'unknown' }, strictScalars: true } },
    },
    silent: true,
  };
}

let workspace: ClientWorkspace;
let generated: string;
beforeAll(async () => {
  workspace = createClientWorkspace('client-preset');
  mkdirSync(join(workspace.dir, 'operations'));
  for (const o of operations) writeFileSync(join(workspace.dir, 'operations', `${o.name ?? 'Anonymous'}.graphql`), o.document);
  await generate(createCodegenConfig(workspace.dir), true);
  generated = readFileSync(join(workspace.dir, 'gql/graphql.ts'), 'utf8');
}, 120_000);
afterAll(() => workspace?.remove());

describe('GraphQL Code Generator client preset on the README operations', () => {
  it('generates a typed document for every README operation (none skipped)', () => {
    expect(operations.map((o) => o.name).filter((n) => n === undefined)).toEqual([]);
    const documents = [...generated.matchAll(/^export const (\w+)Document = /gm)].map((m) => m[1]);
    expect(documents.sort()).toEqual(operations.map((o) => o.name).sort());
  });

  it('types dates as strings (Date mapped in the config; unknown without it)', () => {
    expect(generated).toMatch(/export type BeijingDocumentsQuery = \{ zone: \{[^}]*launchedOn: string \| null,/);
  });

  it('compiles with tsc --strict, with code that reads the results', { timeout: 180_000 }, async () => {
    writeFileSync(join(workspace.dir, 'consumer.ts'), CONSUMER);
    writeFileSync(
      join(workspace.dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true },
        include: ['gql/**/*.ts', 'consumer.ts'],
      }),
    );
    const result = await run(join(PROJECT_ROOT, 'node_modules/.bin/tsc'), ['-p', join(workspace.dir, 'tsconfig.json')]).then(
      () => ({ code: 0, output: '' }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    expect(result).toEqual({ code: 0, output: '' });
  });
});
