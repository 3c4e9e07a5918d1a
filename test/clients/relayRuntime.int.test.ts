// Relay, as an app uses it: the README's operations and a `node(id:)` lookup compiled by the
// real relay-compiler, run through one relay-runtime Environment against the real server, all
// in the same normalized store. Relay keys records by `id` alone, so an object that reuses an
// entity's id (issue 9: GroupKey.id = "zone:shanghai") overwrites the entity: relay warns
// about conflicting fields and a later read of the zone comes back without its fields.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Environment,
  Network,
  RecordSource,
  Store,
  createOperationDescriptor,
  type ConcreteRequest,
  type Disposable,
  type FetchFunction,
  type GraphQLResponse,
  type OperationDescriptor,
} from 'relay-runtime';
import type { RunningApp } from '../../src/app.js';
import { startTestApp } from '../support/graphqlClient.js';
import { createClientWorkspace, type ClientWorkspace } from './support/clientWorkspace.js';
import { readReadmeOperations } from './support/readmeOperations.js';
import { compileRelayOperations, type NamedOperation } from './support/relayArtifacts.js';

const readme = readReadmeOperations();
const NODE_LOOKUP: NamedOperation = { name: 'ShanghaiNode', document: 'query ShanghaiNode { node(id: "zone:shanghai") { ... on Zone { shortName } } }' };

let app: RunningApp;
let workspace: ClientWorkspace;
let compiled: Map<string, ConcreteRequest>;
beforeAll(async () => {
  workspace = createClientWorkspace('relay');
  [app, compiled] = await Promise.all([
    startTestApp(),
    compileRelayOperations(workspace.dir, [...readme.map((o) => ({ name: o.name ?? 'Anonymous', document: o.document })), NODE_LOOKUP]),
  ]);
}, 120_000);
afterAll(async () => {
  await app?.stop();
  workspace?.remove();
});

function createEnvironment(errors: unknown[]): Environment {
  const fetchFn: FetchFunction = async (params, variables) => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: params.text, variables, operationName: params.name }),
    });
    const body = (await res.json()) as GraphQLResponse & { errors?: unknown[] };
    if (body.errors) errors.push({ operation: params.name, errors: body.errors });
    return body;
  };
  return new Environment({ network: Network.create(fetchFn), store: new Store(new RecordSource()) });
}

function executeOperation(environment: Environment, operation: OperationDescriptor): Promise<void> {
  return new Promise((resolve, reject) => {
    environment.execute({ operation }).subscribe({ complete: () => resolve(), error: (e: unknown) => reject(e) });
  });
}

function readRecord(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

describe('relay-runtime normalizing the README operations', () => {
  it('relay-compiler compiles every README operation (all named)', () => {
    expect(readme.map((o) => o.name).filter((n) => n === undefined)).toEqual([]);
    for (const o of readme) expect(compiled.get(o.name ?? 'Anonymous')?.params.operationKind, o.name).toBe('query');
    expect(compiled.get(NODE_LOOKUP.name)?.params.operationKind).toBe('query');
  });

  it('runs them all in one store: no conflicting records, no missing data, the zone still a Zone after the charts', { timeout: 120_000 }, async () => {
    const warnings: string[] = [];
    const capture = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const warn = vi.spyOn(console, 'warn').mockImplementation(capture);
    const error = vi.spyOn(console, 'error').mockImplementation(capture);
    const serverErrors: unknown[] = [];
    const retained: Disposable[] = [];
    try {
      const environment = createEnvironment(serverErrors);
      const describeOperation = (name: string, variables: Record<string, unknown> = {}) => {
        const request = compiled.get(name);
        if (!request) throw new Error(`not compiled: ${name}`);
        const operation = createOperationDescriptor(request, variables);
        retained.push(environment.retain(operation));
        return operation;
      };
      const lookup = describeOperation(NODE_LOOKUP.name);
      await executeOperation(environment, lookup);
      // The README's operations in order (DashboardCharts among them), then the lookup again.
      const operations = readme.map((o) => ({ name: o.name ?? 'Anonymous', operation: describeOperation(o.name ?? 'Anonymous', o.variables) }));
      for (const { operation } of operations) await executeOperation(environment, operation);
      // Read from the store only: what a component showing the zone renders after the charts load.
      expect.soft(readRecord(environment.lookup(lookup.fragment).data, 'node')).toMatchObject({ shortName: 'Shanghai' });
      await executeOperation(environment, describeOperation(NODE_LOOKUP.name));

      expect.soft(serverErrors).toEqual([]);
      expect.soft({ warnings: warnings.length, first: warnings.slice(0, 3) }).toEqual({ warnings: 0, first: [] });
      // Every operation still reads completely from the shared store, after all the others wrote to it.
      for (const { name, operation } of [...operations, { name: NODE_LOOKUP.name, operation: lookup }]) {
        expect.soft(environment.lookup(operation.fragment).isMissingData, name).toBe(false);
      }
      expect.soft(readRecord(environment.lookup(lookup.fragment).data, 'node')).toMatchObject({ shortName: 'Shanghai' });
      // And the charts still read their keys' zones.
      const charts = operations.find((o) => o.name === 'DashboardCharts');
      const counts = readRecord(charts && environment.lookup(charts.operation.fragment).data, 'reformMeasureCounts');
      const zoneNames = (Array.isArray(counts) ? counts : []).flatMap((c: unknown) => {
        const keys = readRecord(c, 'keys');
        return (Array.isArray(keys) ? keys : []).map((k: unknown) => readRecord(readRecord(k, 'node'), 'shortName')).filter((n) => n !== undefined);
      });
      expect.soft(zoneNames).toContain('Shanghai');
    } finally {
      for (const d of retained) d.dispose();
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
