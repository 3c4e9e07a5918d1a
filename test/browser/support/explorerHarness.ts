// One explorer test file's fixtures: the real server on the test Neo4j, one Chromium, and a
// watched page per test; after each test, no request may have tried to leave the machine and
// no console error may have been logged.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { ensureExplorerBuilt } from '../../../explorer/buildIfStale.js';
import type { RunningApp } from '../../../src/app.js';
import { startTestApp } from '../../support/graphqlClient.js';
import { launchChromium, openWatchedPage, type LaunchedBrowser, type WatchedPage } from './browser.js';

export interface ExplorerHarness {
  /** The running server (for API calls that the page's answers are checked against). */
  readonly app: RunningApp;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly chromium: LaunchedBrowser;
  /** Opens a watched page at `path` (e.g. `/graph?start=zone:shanghai`); every page a test opens is checked after it. */
  open(path: string): Promise<Page>;
}

/** Registers the hooks of an explorer test file and returns its fixtures (usable inside tests). */
export function useExplorerHarness(): ExplorerHarness {
  let app: RunningApp | undefined;
  let chromium: LaunchedBrowser | undefined;
  let watched: WatchedPage[] = [];

  beforeAll(async () => {
    ensureExplorerBuilt();
    chromium = await launchChromium();
    app = await startTestApp();
  });

  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
  });

  afterEach(async () => {
    const seen = watched;
    watched = [];
    for (const one of seen) if (!one.page.isClosed()) await one.page.close();
    expect(
      seen.flatMap((one) => one.outsideRequests),
      'requests that tried to leave the machine',
    ).toEqual([]);
    expect(
      seen.flatMap((one) => one.consoleErrors),
      'console errors',
    ).toEqual([]);
  });

  const harness: ExplorerHarness = {
    get app() {
      if (!app) throw new Error('the explorer harness is not started (use it inside a test)');
      return app;
    },
    get origin() {
      return new URL(harness.app.url).origin;
    },
    get chromium() {
      if (!chromium) throw new Error('the explorer harness is not started (use it inside a test)');
      return chromium;
    },
    async open(path: string) {
      const one = await openWatchedPage(harness.chromium.context);
      watched.push(one);
      await one.page.goto(harness.origin + path);
      return one.page;
    },
  };
  return harness;
}
