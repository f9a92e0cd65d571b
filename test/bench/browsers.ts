/**
 * The browser side of the benchmark: launch Chromium with and without the bench build of the
 * extension (and Firefox with it), load one page, and read back what our instrumentation left in
 * the page's performance timeline (marks/measures named "storylens:…") plus navigation timing
 * and, in Chromium, long tasks seen by an observer registered before any page script runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { ROOT, launchChromium, launchFirefox, requireChromium, waitFor, type FirefoxSession } from '../e2e/harness';

export const BENCH_CHROME = join(ROOT, 'dist/bench-chrome');
export const BENCH_FIREFOX = join(ROOT, 'dist/bench-firefox');

export interface Interval {
  name: string;
  start: number;
  duration: number;
}

/** What one page load left behind. */
export interface LoadReading {
  /** navigation timing: loadEventEnd (ms from navigation start). */
  load: number;
  domContentLoaded: number;
  /** storylens:* measures, in timeline order. */
  measures: Interval[];
  /**
   * Tasks of 50 ms or more on the page's main thread, from a CDP trace (Chromium, traced loads
   * only; null otherwise). Not from a `longtask` observer: Chromium does not report tasks run by
   * extension content scripts to the page's observers.
   */
  longTasks: Interval[] | null;
  /** Every node in the document (elements, text, comments). */
  nodes: number;
}

/** In the page: the readings (plain function, serialised by the drivers). */
const readPage = (): LoadReading => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const measures = performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('storylens:'))
    .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }));
  let nodes = 0;
  const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  while (w.nextNode()) nodes++;
  return { load: nav?.loadEventEnd ?? NaN, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN, measures, longTasks: null, nodes };
};
const hasMeasure = (name: string): boolean => performance.getEntriesByName(name, 'measure').length > 0;

export interface LoadOptions {
  /** Wait for this measure before reading (e.g. the lens's last one); none for the bare browser. */
  waitFor?: string;
  /** After the wait, give late work (a lens that should not come) this long to show up. */
  settleMs?: number;
  timeoutMs?: number;
  /** Chromium: record a trace of the load and read the long tasks from it. */
  trace?: boolean;
}

export interface PageDriver {
  readonly browser: 'chromium' | 'firefox';
  readonly withExtension: boolean;
  load(url: string, opts?: LoadOptions): Promise<LoadReading>;
  /** Open a page and keep it (for the highlight comparison and heap readings). */
  open(url: string): Promise<Page | PPage>;
  version(): Promise<string>;
  close(): Promise<void>;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

async function startTrace(ctx: BrowserContext, page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}

const LONG_TASK_MS = 50;

/**
 * Outermost 'toplevel' slices (scheduler tasks, microtask checkpoints) of 50 ms or more on the
 * thread that loaded `url`, in page time (ms since its navigationStart, like performance.now()).
 */
export function longTasksOf(events: TraceEvent[], url: string): Interval[] {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) return [];
  const slices = events
    .filter((e) => e.tid === nav.tid && e.ph === 'X' && e.cat.split(',').includes('toplevel') && e.dur !== undefined && e.ts >= nav.ts)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: Interval[] = [];
  let coveredTo = -Infinity;
  for (const e of slices) {
    if (e.ts < coveredTo) continue; // nested inside the task before
    coveredTo = e.ts + e.dur!;
    if (e.dur! / 1000 >= LONG_TASK_MS) out.push({ name: e.name, start: (e.ts - nav.ts) / 1000, duration: e.dur! / 1000 });
  }
  return out;
}

const CHROMIUM_FLAGS = (port: number) => [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', `--proxy-server=http://127.0.0.1:${port}`,
  '--proxy-bypass-list=<-loopback>', '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/** Chromium without any extension: the reader's page as it is without StoryLens. */
async function launchBareChromium(port: number): Promise<{ ctx: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'storylens-bench-bare-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(), headless: false, viewport: { width: 1200, height: 900 }, args: CHROMIUM_FLAGS(port),
  });
  return { ctx, close: async () => { await ctx.close(); rmSync(profile, { recursive: true, force: true }); } };
}

function chromiumDriver(ctx: BrowserContext, withExtension: boolean, close: () => Promise<void>): PageDriver {
  return {
    browser: 'chromium',
    withExtension,
    async load(url, opts = {}) {
      const page = await ctx.newPage();
      try {
        const tracing = opts.trace ? await startTrace(ctx, page) : null;
        await page.goto(url, { waitUntil: 'load', timeout: opts.timeoutMs ?? 120_000 });
        if (opts.waitFor) {
          const name = opts.waitFor;
          await waitFor(() => page.evaluate(hasMeasure, name), `${name} on ${url}`, opts.timeoutMs ?? 120_000);
        }
        if (opts.settleMs) await page.waitForTimeout(opts.settleMs);
        const reading = await page.evaluate(readPage);
        if (tracing) reading.longTasks = longTasksOf(await tracing.stop(), url);
        return reading;
      } finally {
        await page.close();
      }
    },
    async open(url) {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return page;
    },
    async version() {
      const page = await ctx.newPage();
      const ua = await page.evaluate(() => navigator.userAgent);
      await page.close();
      return `Chromium ${/Chrome\/([\d.]+)/.exec(ua)?.[1] ?? ua}`;
    },
    close,
  };
}

export async function chromiumWithExtension(port: number): Promise<PageDriver> {
  // The harness's launcher (same flags as the browser tests), pointed at the bench build.
  const s = await launchChromium(port, BENCH_CHROME);
  return chromiumDriver(s.ctx, true, s.close);
}

export async function chromiumBare(port: number): Promise<PageDriver> {
  const s = await launchBareChromium(port);
  return chromiumDriver(s.ctx, false, s.close);
}

function firefoxDriver(s: FirefoxSession): PageDriver {
  return {
    browser: 'firefox',
    withExtension: true,
    async load(url, opts = {}) {
      const page = await s.browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: opts.timeoutMs ?? 120_000 });
        if (opts.waitFor) {
          const name = opts.waitFor;
          await waitFor(() => page.evaluate(hasMeasure, name), `${name} on ${url}`, opts.timeoutMs ?? 120_000);
        }
        if (opts.settleMs) await new Promise((r) => setTimeout(r, opts.settleMs));
        return await page.evaluate(readPage);
      } finally {
        await page.close();
      }
    },
    async open(url) {
      const page = await s.browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return page;
    },
    version: () => s.browser.version(),
    close: () => s.close(),
  };
}

/** The harness's Firefox launch, plus full timer precision so our marks are not rounded to 1 ms. */
function launchFirefoxPrecise(port: number, withExtension = true): Promise<FirefoxSession> {
  return launchFirefox(port, withExtension ? BENCH_FIREFOX : null, { 'privacy.reduceTimerPrecision': false });
}

/** Firefox without the extension, for the load comparison. */
export async function firefoxBare(port: number): Promise<PageDriver> {
  return { ...firefoxDriver(await launchFirefoxPrecise(port, false)), withExtension: false };
}

export async function firefoxWithExtension(port: number): Promise<PageDriver> {
  return firefoxDriver(await launchFirefoxPrecise(port));
}

/** A page driver over an already launched Chromium (the trivial-extension comparison). */
export function chromiumDriverFor(ctx: BrowserContext, close: () => Promise<void>): PageDriver {
  return chromiumDriver(ctx, true, close);
}

/** A page driver over an already launched Firefox. */
export function firefoxDriverFor(s: FirefoxSession): PageDriver {
  return firefoxDriver(s);
}
