// The GraphQL-over-HTTP conformance audit of the `graphql-http` package, run against the
// real server (HTTP front + Apollo + Neo4j): no audit may fail; warnings are listed.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startTestApp } from '../support/graphqlClient.js';

/** Runs every audit one after another; returns the failures and logs failures and warnings. */
async function runAudits(app: RunningApp): Promise<string[]> {
  const results = [];
  for (const audit of serverAudits({ url: () => app.url })) results.push(await audit.fn());
  const reported = results.filter((r) => r.status === 'error' || r.status === 'warn');
  console.log(
    `graphql-http audit: ${results.length} audits, ${reported.filter((r) => r.status === 'error').length} failures, ${reported.filter((r) => r.status === 'warn').length} warnings`,
  );
  for (const r of reported) console.log(`${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
  return results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
}

describe('GraphQL over HTTP audit (graphql-http serverAudits)', () => {
  let dev: RunningApp;
  let deployed: RunningApp;
  beforeAll(async () => {
    dev = await startTestApp();
    // As deployed: production mode, the default rate limits and CORS; introspection on, since
    // two audits query `__type` (production turns it off on purpose, not an HTTP matter).
    const { costPerMinute, concurrent } = loadConfig({}).rateLimit;
    deployed = await startTestApp({
      NODE_ENV: 'production',
      INTROSPECTION: 'true',
      RATE_LIMIT_COST_PER_MINUTE: String(costPerMinute),
      RATE_LIMIT_CONCURRENT: String(concurrent),
    });
  });
  afterAll(async () => {
    await dev.stop();
    await deployed.stop();
  });

  it('passes every audit in development mode', async () => {
    expect(await runAudits(dev)).toEqual([]);
  });

  it('passes every audit in production mode, with the default rate limits (introspection on)', async () => {
    expect(await runAudits(deployed)).toEqual([]);
  });
});
