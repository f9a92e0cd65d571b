/**
 * The popup and the options page in real headless Chromium and Firefox ESR: the popup (opened as
 * popup.html?tab=ID, as "Open in a tab" does) for the seed article and for a look-alike story,
 * the toolbar badge, clicking a name to scroll the page to it, the highlight switch, and an
 * option changed on the options page showing on the open tab's highlights at once.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import storyJson from '../../src/data/story.json';
import relatedJson from '../../src/data/related.json';
import { ARTIFACTS, ROOT, firefoxExtensionPage, launchChromium, launchFirefox, startNewsServer, waitFor, type ChromiumSession, type FirefoxSession, type NewsServer, keepScreenshots } from './harness';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures', name, 'page.html'), 'utf8');
const URLS = {
  seed: 'http://www.reuters.com/world/asia-pacific/north-koreas-kim-heads-home-after-russia-trip-2023-09-17/',
  lookalike: 'http://apnews.com/article/kim-putin-russky-island-summit-2019-popup',
};
const summit2019 = relatedJson.find((r) => r.id === 'summit-2019-04')!;

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer({ [URLS.seed]: fixture('en-story-seed-artyom'), [URLS.lookalike]: fixture('en-lookalike-2019-russky-summit') });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await server?.close();
});

/** Something to evaluate code in: a news page or one of our extension pages. */
interface Evaluator {
  evaluate<T, A>(fn: (a: A) => T | Promise<T>, arg: A): Promise<T>;
  /** The viewport (what the toolbar popup shows first), or the whole page. */
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

interface Driver {
  open(url: string): Promise<Evaluator>;
  popup(tabId: number): Promise<Evaluator>;
  options(): Promise<Evaluator>;
  /** Runs in an extension page, where `browser`/`chrome` is the extension API. */
  ext<T, A>(fn: (a: A) => T | Promise<T>, arg: A): Promise<T>;
  tabId(url: string): Promise<number>;
}

/** In the page's main world: our highlights by kind. */
const readHighlights = () => {
  const out: Record<string, number> = {};
  const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS?.highlights;
  if (reg) for (const [name, h] of reg) if (name.startsWith('storylens-') && h.size) out[name] = h.size;
  for (const m of Array.from(document.querySelectorAll('storylens-mark'))) {
    const k = `storylens-${m.getAttribute('data-kind')}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

/** In the page: whether the first text occurrence of `word` in the article is inside the viewport. */
const wordInView = (word: string) => {
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + word.length);
    const rect = r.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  }
  return false;
};

/** In a page: the text of every element matching `sel`. */
const texts = (sel: string) => Array.from(document.querySelectorAll(sel)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

async function waitForReport(d: Driver, tabId: number) {
  return (await waitFor(() => d.ext((id) => (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({ type: 'get-lens-report', tabId: id }), tabId), 'the lens report', 25_000)) as {
    story: { matched: boolean; related: { id: string } | null };
  };
}

function suite(name: string, driver: () => Driver) {
  describe(`${name}: popup and options`, () => {
    let page: Evaluator;
    let tabId: number;

    it('sums up the seed article: story, names by kind with Shoigu, quotes with KCNA, timeline, map; shows a badge', async () => {
      const d = driver();
      page = await d.open(URLS.seed);
      tabId = await d.tabId(URLS.seed);
      expect((await waitForReport(d, tabId)).story.matched).toBe(true);
      const badge = await waitFor(() => d.ext((id) => chrome.action.getBadgeText({ tabId: id }), tabId), 'the badge');
      expect(badge).toMatch(/^\d+$/);
      expect(Number(badge)).toBeGreaterThan(5);

      const popup = await d.popup(tabId);
      expect(await popup.evaluate(() => document.getElementById('app')!.dataset.state, null)).toBe('matched');
      expect(await popup.evaluate(texts, '.story h2')).toEqual([storyJson.title]);
      const groups = await popup.evaluate(texts, '.entities .group h3');
      expect(groups.map((g) => g.replace(/ \(\d+\)$/, ''))).toEqual(expect.arrayContaining(['People', 'Organisations', 'Places']));
      expect(await popup.evaluate(texts, '.group-person .name')).toContain('Sergei Shoigu');
      const speakers = await popup.evaluate(texts, '.quotes .speaker h3');
      expect(speakers.some((s) => s.includes('KCNA') || s.includes('Korean Central News Agency'))).toBe(true);
      expect(await popup.evaluate(texts, '.timeline li.marked time')).toContain('17 Sep');
      expect(await popup.evaluate(() => document.querySelectorAll('svg.map text.label').length, null)).toBeGreaterThan(3);
      await popup.screenshot(join(ARTIFACTS, `popup-seed-${name}.png`));
      await popup.screenshot(join(ARTIFACTS, `popup-seed-${name}-full.png`), true);
      await popup.close();
    });

    it('scrolls the page to a name clicked in the popup, and switches the highlights off and on', async () => {
      const d = driver();
      await page.evaluate(() => window.scrollTo(0, 0), null);
      // Shoigu is named only near the end of the article.
      expect(await page.evaluate(wordInView, 'Shoigu')).toBe(false);
      const popup = await d.popup(tabId);
      await popup.evaluate(() => (document.querySelector('li[data-id="sergei-shoigu"] button.name') as HTMLButtonElement).click(), null);
      await waitFor(() => page.evaluate(wordInView, 'Shoigu'), 'Shoigu scrolled into view', 10_000);
      expect(await page.evaluate(() => window.scrollY, null)).toBeGreaterThan(0);
      // The mention flashes, then the flash leaves without a trace.
      await waitFor(async () => (await page.evaluate(readHighlights, null))['storylens-flash'], 'Shoigu flashing', 3_000);
      await waitFor(async () => !(await page.evaluate(readHighlights, null))['storylens-flash'], 'the flash gone', 8_000);
      await waitFor(async () => (await popup.evaluate(texts, '#announce'))[0]?.startsWith('Showing Sergei Shoigu'), 'the popup saying so');

      expect((await page.evaluate(readHighlights, null))['storylens-person']).toBeGreaterThan(0);
      await popup.evaluate(() => (document.querySelector('button[role="switch"]') as HTMLButtonElement).click(), null);
      await waitFor(async () => Object.keys(await page.evaluate(readHighlights, null)).length === 0, 'highlights hidden');
      // Off means no trace of StoryLens in the page's DOM at all (no marks, card host or style).
      expect(await page.evaluate(() => /storylens/i.test(document.documentElement.outerHTML), null)).toBe(false);
      await popup.evaluate(() => (document.querySelector('button[role="switch"]') as HTMLButtonElement).click(), null);
      await waitFor(async () => (await page.evaluate(readHighlights, null))['storylens-person'], 'highlights back');
      await popup.close();
    });

    it('applies an option changed on the options page to the open tab at once', async () => {
      const d = driver();
      await page.close();
      page = await d.open(URLS.seed);
      tabId = await d.tabId(URLS.seed);
      await waitFor(async () => (await page.evaluate(readHighlights, null))['storylens-place'], 'places highlighted', 25_000);
      expect((await page.evaluate(readHighlights, null))['storylens-place']).toBeGreaterThan(0);
      const options = await d.options();
      await options.evaluate(() => {
        const box = document.getElementById('kind-place') as HTMLInputElement;
        box.click();
      }, null);
      try {
        expect(await options.evaluate(() => (document.getElementById('kind-place') as HTMLInputElement).checked, null)).toBe(false);
        await options.screenshot(join(ARTIFACTS, `options-${name}.png`), true);
        const stored = await waitFor(async () => {
          const got = (await d.ext(() => chrome.storage.sync.get('settings'), null)) as { settings?: { kinds?: { place?: boolean } } };
          return got.settings?.kinds?.place === false ? got.settings : null;
        }, 'the setting stored in storage.sync');
        expect(stored.kinds).toMatchObject({ person: true, place: false });
        await waitFor(async () => !(await page.evaluate(readHighlights, null))['storylens-place'], 'places no longer highlighted');
        expect((await page.evaluate(readHighlights, null))['storylens-person']).toBeGreaterThan(0);
      } finally {
        await options.evaluate(() => (document.getElementById('kind-place') as HTMLInputElement).click(), null);
      }
      await waitFor(async () => (await page.evaluate(readHighlights, null))['storylens-place'], 'places highlighted again');
      await page.close();
    });

    it('says a look-alike page is about the 2019 summit, not this story', async () => {
      const d = driver();
      const look = await d.open(URLS.lookalike);
      const lookTab = await d.tabId(URLS.lookalike);
      const report = await waitForReport(d, lookTab);
      expect(report.story.matched).toBe(false);
      expect(report.story.related?.id).toBe('summit-2019-04');
      expect(await d.ext((id) => chrome.action.getBadgeText({ tabId: id }), lookTab)).toBe('');
      const popup = await d.popup(lookTab);
      expect(await popup.evaluate(() => document.getElementById('app')!.dataset.state, null)).toBe('unmatched');
      expect(await popup.evaluate(texts, '.related-line')).toEqual([`This page is about ${summit2019.title}, not ${storyJson.title}.`]);
      expect((await popup.evaluate(texts, '.related p')).join(' ')).toContain(summit2019.summary.slice(0, 60));
      expect(await popup.evaluate(texts, 'button')).toContain('Highlight the known names anyway');
      await popup.screenshot(join(ARTIFACTS, `popup-lookalike-${name}.png`));
      // The reader asks anyway: the known names are highlighted although the story did not match.
      expect(Object.keys(await look.evaluate(readHighlights, null))).toEqual([]);
      await popup.evaluate(() => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes('Highlight the known names anyway'))!.click(), null);
      await waitFor(async () => (await look.evaluate(readHighlights, null))['storylens-person'], 'known names highlighted anyway');
      await popup.close();
      await look.close();
    });
  });
}

// ---------------------------------------------------------------- Chromium
let chromium: ChromiumSession;
let chromiumExt: PwPage;
const pw = (page: PwPage): Evaluator => ({
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
  screenshot: async (path, fullPage = false) => void (await page.screenshot({ path, fullPage })),
  close: () => page.close(),
});

describe('Chromium', () => {
  beforeAll(async () => {
    chromium = await launchChromium(server.port);
    chromiumExt = await chromium.ctx.newPage();
    await chromiumExt.goto(`chrome-extension://${chromium.extensionId}/options/options.html`);
  });
  afterAll(async () => {
    await chromium?.close();
  });

  suite('chromium', () => ({
    async open(url) {
      const page = await chromium.ctx.newPage();
      await page.goto(url);
      return pw(page);
    },
    async popup(tabId) {
      const page = await chromium.ctx.newPage();
      await page.setViewportSize({ width: 460, height: 900 });
      await page.goto(`chrome-extension://${chromium.extensionId}/popup/popup.html?tab=${tabId}`);
      await page.waitForSelector('body[data-ready="true"]');
      return pw(page);
    },
    async options() {
      const page = await chromium.ctx.newPage();
      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto(`chrome-extension://${chromium.extensionId}/options/options.html`);
      await page.waitForSelector('body[data-ready="true"]');
      return pw(page);
    },
    ext: (fn, arg) => chromiumExt.evaluate(fn as never, arg as never),
    tabId: (url) => waitFor(() => chromiumExt.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url), `tab ${url}`),
  }));
});

// ---------------------------------------------------------------- Firefox
let firefox: FirefoxSession;
let firefoxExt: PPage;
const pp = (page: PPage): Evaluator => ({
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
  screenshot: async (path, fullPage = false) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
  close: () => page.close(),
});

/** Firefox will not let the driver open moz-extension:// pages: the extension opens them itself. */
async function firefoxOwnPage(path: string, width: number): Promise<PPage> {
  const before = new Set(await firefox.browser.pages());
  await firefoxExt.evaluate((p) => browser.tabs.create({ url: browser.runtime.getURL(p) }), path);
  const page = await waitFor(async () => {
    for (const p of await firefox.browser.pages()) {
      if (before.has(p)) continue;
      const ok = await p.evaluate((want) => location.href.endsWith(want) && document.body.dataset.ready === 'true', path).catch(() => false);
      if (ok) return p;
    }
    return null;
  }, `our page ${path}`, 15_000);
  await page.setViewport({ width, height: 900 });
  return page;
}

describe('Firefox', () => {
  beforeAll(async () => {
    firefox = await launchFirefox(server.port);
    firefoxExt = await firefoxExtensionPage(firefox.browser);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  suite('firefox', () => ({
    async open(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return pp(page);
    },
    popup: async (tabId) => pp(await firefoxOwnPage(`popup/popup.html?tab=${tabId}`, 460)),
    options: async () => pp(await firefoxOwnPage('options/options.html', 800)),
    ext: (fn, arg) => firefoxExt.evaluate(fn as never, arg as never) as never,
    tabId: (url) => waitFor(() => firefoxExt.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, url), `tab ${url}`),
  }));
});

afterAll(() => keepScreenshots(['popup-seed-chromium.png', 'popup-lookalike-chromium.png', 'options-chromium.png', 'popup-seed-firefox.png']));
