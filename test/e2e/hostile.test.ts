/**
 * Hostile pages in real Chromium and Firefox ESR (see pages/hostile-pages.ts), each carrying the
 * seed story so the lens runs: StoryLens keeps working or steps aside quietly, throws nothing
 * into the page, and the page works as it would without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as pw } from 'playwright-core';
import { requireChromium, startNewsServer, waitFor, type NewsServer } from './harness';
import { chromiumDriver, firefoxDriver, highlightCount, lensReport, readHighlights, type Driver } from './pages/driver';
import { CSP_PAGE, FRAME_CHILD, OVERRIDES, REMOVER, STORM, STRICT_CSP, framesPage, hugeTextPage } from './pages/hostile-pages';

const URLS = {
  overrides: 'http://www.reuters.com/world/asia-pacific/hostile-overrides-2023-09-17/',
  csp: 'http://www.reuters.com/world/asia-pacific/hostile-csp-2023-09-17/',
  remover: 'http://www.reuters.com/world/asia-pacific/hostile-remover-2023-09-17/',
  storm: 'http://www.reuters.com/world/asia-pacific/hostile-storm-2023-09-17/',
  huge: 'http://www.reuters.com/world/asia-pacific/hostile-huge-2023-09-17/',
  frames: 'http://www.reuters.com/world/asia-pacific/hostile-frames-2023-09-17/',
  sameChild: 'http://www.reuters.com/world/asia-pacific/hostile-frame-child-2023-09-17/',
  crossChild: 'http://apnews.com/article/hostile-frame-child-2023-09-17',
};

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer({
    [URLS.overrides]: OVERRIDES,
    [URLS.csp]: { body: CSP_PAGE, headers: { 'content-security-policy': STRICT_CSP } },
    [URLS.remover]: REMOVER,
    [URLS.storm]: STORM,
    [URLS.huge]: hugeTextPage(),
    [URLS.frames]: framesPage(URLS.sameChild, URLS.crossChild),
    [URLS.sameChild]: FRAME_CHILD,
    [URLS.crossChild]: FRAME_CHILD,
  });
});
afterAll(async () => {
  await server?.close();
});

/** Figures printed at the end, for the report. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length) console.log(`hostile pages:\n  ${figures.join('\n  ')}`);
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function hostileSuite(name: string, driver: () => Driver) {
  describe(`${name}: hostile pages`, () => {
    it('a page that overrides built-ins we use: isolated worlds keep us working and the page keeps its overrides', async () => {
      const d = driver();
      const page = await d.open(URLS.overrides);
      const report = await lensReport(d, URLS.overrides);
      expect(report.story.matched).toBe(true);
      expect(report.highlights).toBeGreaterThan(0);
      // The card is built with appendChild and attachShadow, which the page made throw.
      await d.send({ type: 'step-highlight', tabId: await d.tabId(URLS.overrides), direction: 'next' });
      await waitFor(() => page.evaluate(() => document.querySelector('storylens-card') !== null, null), 'the card host');
      const state = await page.evaluate(() => {
        const p = (window as unknown as { __page: { map: number; fromExtension: string[] } }).__page;
        const before = p.map;
        const mapped = [1, 2].map((x) => x * 2);
        let shadowError = '';
        try {
          document.body.attachShadow({ mode: 'open' });
        } catch (e) {
          shadowError = (e as Error).message;
        }
        return { fromExtension: p.fromExtension, mapped, mapCounted: p.map - before, shadowError, selection: window.getSelection() };
      }, null);
      expect(state.fromExtension).toEqual([]);
      expect(state).toMatchObject({ mapped: [2, 4], mapCounted: 1, shadowError: 'this page forbids shadow roots', selection: null });
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('a page with a strict CSP and Trusted Types: highlights without a single violation', async () => {
      const d = driver();
      const page = await d.open(URLS.csp);
      const report = await lensReport(d, URLS.csp);
      expect(report.story.matched).toBe(true);
      expect(report.highlights).toBeGreaterThan(0);
      await d.send({ type: 'step-highlight', tabId: await d.tabId(URLS.csp), direction: 'next' });
      await waitFor(() => page.evaluate(() => document.querySelector('storylens-card') !== null, null), 'the card host');
      await pause(500);
      expect(page.console.filter((l) => /content.security.policy|trusted.?type|trustedhtml|refused to/i.test(l))).toEqual([]);
      expect(page.errors).toEqual([]);
      figures.push(`${name} CSP page: ${report.highlights} highlights (${report.backend})`);
      await page.close();
    });

    it('a page that removes and moves our nodes: no errors, the lens still answers and switches off cleanly', async () => {
      const d = driver();
      const page = await d.open(URLS.remover);
      const report = await lensReport(d, URLS.remover);
      expect(report.story.matched).toBe(true);
      const tabId = await d.tabId(URLS.remover);
      for (let i = 0; i < 3; i++) {
        await d.send({ type: 'step-highlight', tabId, direction: 'next' });
        await pause(300);
      }
      const removed = await page.evaluate(() => (window as unknown as { __page: { removed: number; moved: number } }).__page, null);
      expect(removed.removed).toBeGreaterThan(0); // it really did take our card away
      expect(removed.moved).toBeGreaterThan(0);
      expect(await d.send({ type: 'get-lens-report', tabId })).toMatchObject({ story: { matched: true } });
      await d.send({ type: 'lens-off', tabId });
      await waitFor(async () => highlightCount(await page.evaluate(readHighlights, null)) === 0, 'highlights gone');
      expect(await page.evaluate(() => document.querySelectorAll('storylens-card, storylens-mark').length, null)).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('a page of one 5 MB text node: the page stays responsive and nothing throws', async () => {
      const d = driver();
      const t0 = Date.now();
      const page = await d.open(URLS.huge);
      const tabId = await d.tabId(URLS.huge);
      // The lens runs (or steps aside); either way the background answers and the page ticks on.
      const report = await waitFor(() => d.send({ type: 'get-lens-report', tabId }), 'the lens report on the 5 MB page', 90_000).catch(() => null);
      const seconds = (Date.now() - t0) / 1000;
      await pause(500);
      const p = await page.evaluate(() => (window as unknown as { __page: { ticks: number; maxGapMs: number } }).__page, null);
      expect(p.ticks).toBeGreaterThan(10);
      expect(page.errors).toEqual([]);
      figures.push(`${name} 5 MB text node: lens ${report ? `reported after ${seconds.toFixed(1)} s (matched ${(report as { story: { matched: boolean } }).story.matched})` : 'stepped aside (no report in 90 s)'}, longest main-thread gap seen by the page ${Math.round(p.maxGapMs)} ms`);
      await page.close();
    });

    it('frames: the top page is highlighted, same- and cross-origin frames are left alone, messages from frames change nothing', async () => {
      const d = driver();
      const page = await d.open(URLS.frames);
      const report = await lensReport(d, URLS.frames);
      expect(report.story.matched).toBe(true);
      const before = highlightCount(await page.evaluate(readHighlights, null));
      expect(before).toBeGreaterThan(0);
      for (const part of ['hostile-frame-child', 'apnews.com']) {
        const child = await page.frameEvaluate(part, () => ({
          loaded: (window as unknown as { __page?: { loaded: boolean } }).__page?.loaded === true,
          ours: document.querySelectorAll('storylens-card, storylens-mark').length,
          highlights: [...((globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.keys() ?? [])].filter((k) => k.startsWith('storylens-')).length,
        }));
        expect(child, part).toEqual({ loaded: true, ours: 0, highlights: 0 });
      }
      // Each frame posted {type: 'lens-teardown'} to the top page: nothing listens, nothing changed.
      await pause(500);
      expect(highlightCount(await page.evaluate(readHighlights, null))).toBe(before);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}

/** Mutations the storm page made and main-thread time (CDP) over a fixed window. */
async function stormWindow(page: import('playwright-core').Page, windowMs: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const m0 = await metric();
  const n0 = await page.evaluate(() => (window as unknown as { __page: { mutations: number } }).__page.mutations);
  await pause(windowMs);
  const m1 = await metric();
  const n1 = await page.evaluate(() => (window as unknown as { __page: { mutations: number } }).__page.mutations);
  return { script: m1.script - m0.script, task: m1.task - m0.task, mutations: n1 - n0 };
}

const STORM_WINDOW_MS = 5000;

let chromiumD: Awaited<ReturnType<typeof chromiumDriver>>;
describe('Chromium', () => {
  beforeAll(async () => {
    chromiumD = await chromiumDriver(server.port);
  });
  afterAll(async () => {
    await chromiumD?.close();
  });
  hostileSuite('chromium', () => chromiumD);

  it('a mutation storm: our CPU use stays bounded (CDP main-thread time with vs without StoryLens)', async () => {
    // With StoryLens.
    const page = await chromiumD.session.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(URLS.storm);
    const report = await lensReport(chromiumD, URLS.storm);
    expect(report.story.matched).toBe(true);
    const withExt = await stormWindow(page, STORM_WINDOW_MS);
    await page.close();

    // Without: the same browser binary and flags, no extension.
    const plain = await pw.launch({
      executablePath: requireChromium(), headless: false,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>', '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable'],
    });
    try {
      const p2 = await (await plain.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
      await p2.goto(URLS.storm);
      await pause(2000);
      const without = await stormWindow(p2, STORM_WINDOW_MS);
      const extra = withExt.task - without.task;
      figures.push(
        `chromium mutation storm, ${STORM_WINDOW_MS / 1000} s window: main-thread task time ${withExt.task.toFixed(2)} s with StoryLens vs ${without.task.toFixed(2)} s without ` +
          `(script ${withExt.script.toFixed(2)} s vs ${without.script.toFixed(2)} s); page mutations ${withExt.mutations} vs ${without.mutations}`,
      );
      // Bounded: under half of one core on top of the page's own work (measured ~30%: our JS is
      // ~5% — the MutationObserver callback — the rest is the browser delivering ~90,000 mutation
      // records a second to an observer at all), and the page keeps most of its pace.
      expect(extra).toBeLessThan(0.5 * (STORM_WINDOW_MS / 1000));
      expect(withExt.mutations).toBeGreaterThan(without.mutations * 0.6);
    } finally {
      await plain.close();
    }
    expect(errors).toEqual([]);
  });
});

let firefoxD: Awaited<ReturnType<typeof firefoxDriver>>;
describe('Firefox', () => {
  beforeAll(async () => {
    firefoxD = await firefoxDriver(server.port);
  });
  afterAll(async () => {
    await firefoxD?.close();
  });
  hostileSuite('firefox', () => firefoxD);

  it('a mutation storm: the lens reports, nothing throws, the page keeps mutating', async () => {
    const page = await firefoxD.open(URLS.storm);
    const report = await lensReport(firefoxD, URLS.storm);
    expect(report.story.matched).toBe(true);
    const read = () => page.evaluate(() => (window as unknown as { __page: { mutations: number } }).__page.mutations, null);
    const n0 = await read();
    await pause(STORM_WINDOW_MS);
    const n = (await read()) - n0;
    figures.push(`firefox mutation storm: ${n} page mutations in ${STORM_WINDOW_MS / 1000} s with StoryLens`);
    expect(n).toBeGreaterThan(1000);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
