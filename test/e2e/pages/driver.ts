/**
 * One small driver over both browsers for the hostile-page, network and isolation tests: open a
 * page and collect its uncaught errors, talk to the background from an extension page, wait for
 * the lens's report.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { firefoxExtensionPage, launchChromium, launchFirefox, waitFor, type ChromiumSession, type FirefoxSession } from '../harness';

export interface OpenPage {
  evaluate<T, A>(fn: (a: A) => T, arg: A): Promise<T>;
  /** Evaluates in the first child frame whose URL contains `urlPart`. */
  frameEvaluate<T>(urlPart: string, fn: () => T): Promise<T>;
  /** Uncaught errors and unhandled rejections of the page (main frame and child frames). */
  errors: string[];
  /** Console messages of the page, e.g. CSP violation reports. */
  console: string[];
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<OpenPage>;
  send(message: unknown): Promise<unknown>;
  tabId(url: string): Promise<number>;
  close(): Promise<void>;
}

export interface LensReportLike {
  story: { matched: boolean };
  highlights: number;
  backend: string;
  entities: Array<{ id: string | null }>;
}

/** Waits until the lens in the tab showing `url` has reported. */
export async function lensReport(d: Driver, url: string, timeoutMs = 30_000): Promise<LensReportLike> {
  const tabId = await d.tabId(url);
  return (await waitFor(() => d.send({ type: 'get-lens-report', tabId }), `the lens report for ${url}`, timeoutMs)) as LensReportLike;
}

export async function chromiumDriver(port: number): Promise<Driver & { session: ChromiumSession; ext: PwPage }> {
  const session = await launchChromium(port);
  const ext = await session.ctx.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/options/options.html`);
  return {
    name: 'chromium',
    session,
    ext,
    async open(url) {
      const page = await session.ctx.newPage();
      const errors: string[] = [];
      const consoleLines: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
        frameEvaluate: async (part, fn) => {
          const frame = await waitFor(() => page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part)), `frame ${part}`);
          return frame.evaluate(fn as never) as never;
        },
        errors,
        console: consoleLines,
        close: () => page.close(),
      };
    },
    send: (message) => ext.evaluate((m) => chrome.runtime.sendMessage(m), message),
    tabId: (url) => waitFor(() => ext.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url), `tab ${url}`),
    close: () => session.close(),
  };
}

export async function firefoxDriver(port: number): Promise<Driver & { session: FirefoxSession; ext: PPage }> {
  const session = await launchFirefox(port);
  const ext = await firefoxExtensionPage(session.browser);
  return {
    name: 'firefox',
    session,
    ext,
    async open(url) {
      const page = await session.browser.newPage();
      const errors: string[] = [];
      const consoleLines: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        frameEvaluate: async (part, fn) => {
          const frame = await waitFor(() => page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part)), `frame ${part}`);
          return frame.evaluate(fn as never) as never;
        },
        errors,
        console: consoleLines,
        close: () => page.close(),
      };
    },
    send: (message) => ext.evaluate((m) => browser.runtime.sendMessage(m), message),
    tabId: (url) => waitFor(() => ext.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, url), `tab ${url}`),
    close: () => session.close(),
  };
}

/** In the page's main world: our highlights (Highlight API entries and wrap marks) by name. */
export const readHighlights = (): Record<string, number> => {
  const out: Record<string, number> = {};
  const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS?.highlights;
  if (reg) for (const [name, h] of reg) if (name.startsWith('storylens-')) out[name] = h.size;
  for (const m of Array.from(document.querySelectorAll('storylens-mark'))) {
    const k = `storylens-${m.getAttribute('data-kind')}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

export const highlightCount = (h: Record<string, number>): number => Object.values(h).reduce((a, b) => a + b, 0);
