// The GraphQL-over-HTTP conformance audit of the `graphql-http` package, run against the
// real server (HTTP front + Apollo + Neo4j): no audit may fail; warnings are listed.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  it('passes every audit', async () => {
    const results = await Promise.all(serverAudits({ url: () => app.url }).map((audit) => audit.fn()));
    const failures = results.filter((r) => r.status === 'error');
    const warnings = results.filter((r) => r.status === 'warn');
    console.log(`graphql-http audit: ${results.length} audits, ${failures.length} failures, ${warnings.length} warnings`);
    for (const w of [...failures, ...warnings]) console.log(`${w.status} ${w.id} ${w.name}: ${'reason' in w ? w.reason : ''}`);
    expect(failures.map((f) => `${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
  });
});
