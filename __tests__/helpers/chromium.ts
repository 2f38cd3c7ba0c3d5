/**
 * Headless Chromium (Debian's `chromium`, driven with playwright-core) for the tests that open a page as a
 * reader would: launched once in the file's beforeAll, closed in its afterAll.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const CHROMIUM = process.env.CANARY_GATE_CHROMIUM ?? '/usr/bin/chromium';

export interface HeadlessChromium {
  /** A new page (tab) in the file's browser. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Registers the launch and the close; call at the top level of a test file. */
export function useHeadlessChromium(): HeadlessChromium {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CANARY_GATE_CHROMIUM)`,
      );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Nothing in the background: the page tests count every request the browser makes.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      // playwright-core gives every launch a new, temporary --user-data-dir of its own.
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: (options) => {
      if (!browser) throw new Error('Chromium did not start (see beforeAll)');
      return browser.newPage(options);
    },
  };
}
