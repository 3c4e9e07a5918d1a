// The request log: one JSON line per request (pino) with what an operator needs to see an
// attack or an outage (operation, cost, Neo4j queries and time, duration, status, error
// codes, client), for successes, refusals and errors alike; never a token or a variable's value.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startTestApp } from '../support/graphqlClient.js';

const TOKEN = 'tok_never_logged_5f2c';
const VARIABLE_VALUE = 'zone:shanghai';

let app: RunningApp;
let written: string[] = [];
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: { write: (line: string) => void written.push(line) } });
});
afterAll(() => app.stop());
beforeEach(() => {
  written = [];
});

type LogLine = Record<string, unknown> & { level: number; msg: string };

async function send(body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; line: LogLine }> {
  const before = written.length;
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json: unknown = await res.json();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const lines = written
    .slice(before)
    .map((w) => JSON.parse(w) as LogLine)
    .filter((l) => l.msg === 'request');
  expect(lines).toHaveLength(1);
  return { status: res.status, json, line: lines[0]! };
}

describe('request log', () => {
  it('logs a success with its operation, cost, Neo4j work, duration, status and client, and no secrets', async () => {
    const { status, json, line } = await send(
      JSON.stringify({ query: 'query OneZone($id: ID!) { zone(id: $id) { nameEn areas { totalCount } } }', variables: { id: VARIABLE_VALUE } }),
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(status).toBe(200);
    expect(json).toMatchObject({ data: { zone: { nameEn: expect.stringMatching(/Shanghai/) } } });
    const charged = (json as { extensions: { cost: { charged: number } } }).extensions.cost.charged;
    expect(line).toMatchObject({
      level: 30,
      method: 'POST',
      path: '/graphql',
      status: 200,
      client: '127.0.0.1',
      operationType: 'query',
      operationName: 'OneZone',
      cost: charged,
      neo4j: { queries: 1, timeMs: expect.any(Number) },
      errorCodes: [],
    });
    expect(line.durationMs).toBeGreaterThan(0);
    expect(line.queryHash).toMatch(/^[0-9a-f]{16}$/);
    const text = written.join('\n');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(VARIABLE_VALUE);
    expect(text.toLowerCase()).not.toContain('authorization');
  });

  it('logs a refusal (LIMIT_EXCEEDED) as a warning, with the cost asked and no Neo4j query', async () => {
    const { status, line } = await send(
      // Ten aliases of the issue's `first: null` tree (about 58,000 each on the seed graph).
      JSON.stringify({
        query: `query TooBig { ${Array.from({ length: 10 }, (_, i) => `a${i}: zones(first: null) { nodes { documents(first: null) { nodes { zones(first: null) { nodes { documents(first: null) { nodes { id } } } } } } } }`).join(' ')} }`,
      }),
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(status).toBe(400);
    expect(line).toMatchObject({ level: 40, status: 400, operationName: 'TooBig', errorCodes: ['LIMIT_EXCEEDED'], neo4j: { queries: 0 } });
    expect(line.cost).toBeGreaterThan(200_000);
    expect(written.join('\n')).not.toContain(TOKEN);
  });

  it('logs errors: a GraphQL error in a 200 answer and a body that is not JSON (BAD_REQUEST)', async () => {
    const bad = await send(JSON.stringify({ query: 'query Bad { zone(id: "not-an-id") { id } }' }));
    expect(bad.status).toBe(200);
    expect(bad.line).toMatchObject({ level: 40, status: 200, operationName: 'Bad', errorCodes: ['BAD_USER_INPUT'] });
    const broken = await send('{"query": ');
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(broken.line).toMatchObject({ level: 40, status: 400, errorCodes: ['BAD_REQUEST'] });
  });

  it('logs what Apollo refuses before GraphQL runs (CSRF prevention)', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('{ zones { totalCount } }')}`);
    expect(res.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = JSON.parse(written.at(-1)!) as LogLine;
    expect(line).toMatchObject({ level: 40, method: 'GET', status: 400, errorCodes: ['BAD_REQUEST'] });
  });
});
