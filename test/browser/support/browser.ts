// Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, for the explorer's
// browser tests. Every page blocks requests that would leave the machine and records them,
// and records console errors; the tests assert both lists are empty.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
export const VIEWPORT = { width: 1280, height: 900 };

export interface LaunchedBrowser {
  /** The browser's one context, on a fresh profile (Playwright takes it as userDataDir, not in args). */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile; throws one sentence saying what to install when it is missing. */
export async function launchChromium(executablePath: string = CHROMIUM): Promise<LaunchedBrowser> {
  if (!existsSync(executablePath))
    throw new Error(`Chromium is missing at ${executablePath}: install it with \`apt-get install chromium fonts-noto-cjk\` to run the browser tests.`);
  const profile = mkdtempSync(join(tmpdir(), 'ftz-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: VIEWPORT,
    acceptDownloads: true,
    locale: 'en-US',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Requests to anything but this machine, aborted. */
  outsideRequests: string[];
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

export async function openWatchedPage(context: BrowserContext): Promise<WatchedPage> {
  const watched: WatchedPage = { page: await context.newPage(), outsideRequests: [], consoleErrors: [] };
  await watched.page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    watched.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  watched.page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  watched.page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
  return watched;
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Parses CSV as the explorer writes it (RFC 4180 quoting, CRLF); the BOM must already be removed. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? ''])));
}
