/**
 * The in-page feature in real headless Chromium and Firefox ESR: sentinel → lens injection,
 * highlights by kind (read back through CSS.highlights from the page), the hover card (read
 * through the accessibility tree: the card lives in a closed shadow root), the keyboard path
 * (the same background code path the commands use), teardown leaving the DOM identical, live
 * updates, look-alike / unrelated / off-list pages. Pages are served under real news hostnames.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import people from '../../src/data/entities/people.json';
import { ARTIFACTS, CHROME_DIST, ROOT, firefoxExtensionPage, launchChromium, launchFirefox, startNewsServer, waitFor, type ChromiumSession, type FirefoxSession, type NewsServer, keepScreenshots } from './harness';
import { readHighlights } from './pages/driver';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures', name, 'page.html'), 'utf8');
const SEED = fixture('en-story-seed-artyom');
const LOOKALIKE = fixture('en-lookalike-2019-russky-summit');
const UNRELATED = fixture('en-unrelated-vladivostok-ferry');
const QUIET = `<!doctype html><html lang="en"><head><title>Live: world news | Al Jazeera</title></head>
<body><main><article id="live"><h1>Live: world news as it happens</h1><p>Markets opened higher on Monday as traders weighed the outlook for interest rates and energy prices.</p></article></main></body></html>`;
// The seed article's own paragraphs, appended later to the quiet page.
const SEED_PARAGRAPHS = [...SEED.matchAll(/<p data-testid="paragraph-\d+">([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
const shoigu = people.find((p) => p.id === 'sergei-shoigu')!;

const URLS = {
  seed: 'http://www.reuters.com/world/asia-pacific/north-koreas-kim-heads-home-after-russia-trip-2023-09-17/',
  seedOff: 'http://www.reuters.com/world/asia-pacific/kim-russia-trip-teardown-check/',
  lookalike: 'http://apnews.com/article/putin-kim-summit-russky-island-2019',
  unrelated: 'http://www.aljazeera.com/news/2023/9/20/vladivostok-ferry',
  quiet: 'http://www.aljazeera.com/news/liveblog/2023/9/16/live-world-news',
  outside: 'http://example-news.test/world/kim-russia-trip',
};

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer({
    [URLS.seed]: SEED, [URLS.seedOff]: SEED, [URLS.lookalike]: LOOKALIKE, [URLS.unrelated]: UNRELATED, [URLS.quiet]: QUIET, [URLS.outside]: SEED,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await server?.close();
});

/** What both drivers offer, so each assertion is written once. */
interface Driver {
  open(url: string): Promise<{ evaluate<T, A>(fn: (a: A) => T, arg: A): Promise<T>; mouse(x: number, y: number): Promise<void>; screenshot(path: string): Promise<void>; cardText(): Promise<string | null>; close(): Promise<void> }>;
  /** Runs in an extension page, where `browser`/`chrome` is the extension API. */
  send(message: unknown): Promise<unknown>;
  tabId(url: string): Promise<number>;
  setStorage(items: Record<string, unknown>): Promise<void>;
}

/**
 * In the page: where our card is drawn, found by hit-testing a grid (the page sees only our host
 * element, retargeted from the closed shadow root). Null when no card is on screen.
 */
const cardBox = () => {
  const host = document.querySelector('storylens-card');
  if (!host) return null;
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (let x = 4; x < innerWidth; x += 12) {
    for (let y = 4; y < innerHeight; y += 12) {
      if (document.elementFromPoint(x, y) !== host) continue;
      box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x), y1: Math.max(box.y1, y) } : { x0: x, y0: y, x1: x, y1: y };
    }
  }
  return box;
};
/** In the page: the viewport centre of the first occurrence of a word in the article. */
const wordCentre = (word: string) => {
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + word.length);
    r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = r.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
};

function inPageSuite(name: string, driver: () => Driver) {
  describe(`${name}: in the page`, () => {
    it('highlights people, organisations, places and quotes on the seed article, and its card opens on hover', async () => {
      const d = driver();
      const page = await d.open(URLS.seed);
      const h = await waitFor(async () => {
        const got = await page.evaluate(readHighlights, null);
        return got['storylens-person'] && got['storylens-quote'] ? got : null;
      }, 'highlights on the seed page', 20_000);
      for (const kind of ['person', 'organisation', 'place', 'quote']) expect(h[`storylens-${kind}`], kind).toBeGreaterThan(0);
      await page.screenshot(join(ARTIFACTS, `${name}-highlighted.png`));

      const report = (await d.send({ type: 'get-lens-report', tabId: await d.tabId(URLS.seed) })) as { story: { matched: boolean }; entities: { id: string | null }[]; highlights: number };
      expect(report.story.matched).toBe(true);
      expect(report.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['kim-jong-un', 'sergei-shoigu', 'artyom']));
      expect(report.highlights).toBeGreaterThan(10);

      const at = await page.evaluate(wordCentre, 'Shoigu');
      expect(at).not.toBeNull();
      await page.mouse(at!.x - 5, at!.y);
      await page.mouse(at!.x, at!.y);
      const box = await waitFor(() => page.evaluate(cardBox, null), 'the card on screen', 10_000);
      // Next to the name (below or above it), and wholly inside the viewport.
      expect(Math.abs(box.y0 - at!.y) < 400).toBe(true);
      const text = await page.cardText();
      if (text !== null) {
        expect(text).toContain(shoigu.name);
        expect(text).toContain(shoigu.description);
        expect(text).toContain(shoigu.note.slice(0, 40));
      }
      await page.screenshot(join(ARTIFACTS, `${name}-card.png`));
      await page.close();
    });

    it('the keyboard path opens cards in reading order and takes focus; switching off leaves the DOM identical', async () => {
      const d = driver();
      await d.setStorage({ settings: { autoDetect: false } });
      try {
        const page = await d.open(URLS.seedOff);
        await new Promise((r) => setTimeout(r, 1500));
        expect(await page.evaluate(readHighlights, null)).toEqual({});
        const before = await page.evaluate(() => document.documentElement.outerHTML, null);
        const tabId = await d.tabId(URLS.seedOff);

        expect(await d.send({ type: 'scan-tab', tabId })).toBe(true);
        await waitFor(async () => (await page.evaluate(readHighlights, null))['storylens-person'], 'highlights after scan-tab', 20_000);
        expect(await d.send({ type: 'step-highlight', tabId, direction: 'next' })).toBe(true);
        const firstBox = await waitFor(() => page.evaluate(cardBox, null), 'a card from the keyboard path');
        expect(await page.evaluate(() => document.activeElement?.localName, null)).toBe('storylens-card');
        const first = await page.cardText();
        // The headline comes first in reading order: "North Korea" in "North Korea's Kim …".
        if (first !== null) expect(first).toMatch(/North Korea/);
        await d.send({ type: 'step-highlight', tabId, direction: 'next' });
        const secondBox = await waitFor(async () => {
          const b = await page.evaluate(cardBox, null);
          return b && JSON.stringify(b) !== JSON.stringify(firstBox) ? b : null;
        }, 'the next card, next to the next name');
        expect(secondBox).not.toEqual(firstBox);
        if (first !== null) expect(await page.cardText()).not.toBe(first);
        // Escape closes it.
        await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), null);
        await waitFor(async () => (await page.evaluate(cardBox, null)) === null, 'the card closed by Escape');

        expect(await d.send({ type: 'lens-off', tabId })).toBe(true);
        await waitFor(async () => Object.keys(await page.evaluate(readHighlights, null)).length === 0, 'highlights gone');
        expect(await page.evaluate(() => document.documentElement.outerHTML, null)).toBe(before);
        await page.close();
      } finally {
        await d.setStorage({ settings: {} });
      }
    });

    it('a look-alike story gets no highlights; an unrelated page gets no lens at all', async () => {
      const d = driver();
      const look = await d.open(URLS.lookalike);
      const lookTab = await d.tabId(URLS.lookalike);
      // The sentinel is generous (Kim + Putin + Vladivostok): the lens runs and says no.
      const report = (await waitFor(() => d.send({ type: 'get-lens-report', tabId: lookTab }), 'the look-alike report', 20_000)) as { story: { matched: boolean }; highlights: number };
      expect(report.story.matched).toBe(false);
      expect(report.highlights).toBe(0);
      expect(await look.evaluate(readHighlights, null)).toEqual({});
      await look.close();

      const other = await d.open(URLS.unrelated);
      await new Promise((r) => setTimeout(r, 2000));
      expect(await other.evaluate(readHighlights, null)).toEqual({});
      expect(await d.send({ type: 'get-lens-report', tabId: await d.tabId(URLS.unrelated) })).toBeNull();
      await other.close();
    });

    it('a story added to a quiet page after load gets highlighted', async () => {
      const d = driver();
      const page = await d.open(URLS.quiet);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await page.evaluate(readHighlights, null)).toEqual({});
      await page.evaluate((paras: string[]) => {
        const article = document.getElementById('live')!;
        const entry = document.createElement('section');
        for (const text of paras) {
          const p = document.createElement('p');
          p.textContent = text;
          entry.append(p);
        }
        article.append(entry);
      }, SEED_PARAGRAPHS);
      const h = await waitFor(async () => {
        const got = await page.evaluate(readHighlights, null);
        return got['storylens-person'] ? got : null;
      }, 'highlights on the added story', 20_000);
      expect(h['storylens-place']).toBeGreaterThan(0);
      await page.close();
    });

    it('a page outside the site list gets nothing on its own in the news-site mode (test/e2e/reach.test.ts covers the default: every site)', async () => {
      const d = driver();
      await d.setStorage({ settings: { mode: 'news-sites' } });
      try {
        const page = await d.open(URLS.outside);
        await new Promise((r) => setTimeout(r, 1500));
        expect(await page.evaluate(readHighlights, null)).toEqual({});
        expect(await page.evaluate(() => document.querySelector('storylens-card'), null)).toBeNull();
        await page.close();
      } finally {
        await d.setStorage({ settings: {} });
      }
    });
  });
}

// ---------------------------------------------------------------- Chromium
let chromium: ChromiumSession;
let chromiumExt: PwPage;
type AxRow = { nodeId: string; childIds?: string[]; name?: { value?: string }; description?: { value?: string }; role?: { value?: string } };
const axText = (nodes: AxRow[]) =>
  nodes.map((n) => [n.name?.value, n.description?.value].filter(Boolean).join(' ')).join('\n');

describe('Chromium', () => {
  beforeAll(async () => {
    chromium = await launchChromium(server.port);
    chromiumExt = await chromium.ctx.newPage();
    await chromiumExt.goto(`chrome-extension://${chromium.extensionId}/options/options.html`);
  });
  afterAll(async () => {
    await chromium?.close();
  });

  // 10 KB (the benchmark's target): about 4.5 KB of it is the story's names in 24 languages (derived from
  // the dataset at build time; Devanagari, Bengali and Arabic letters take 2–3 bytes each).
  it('ships a sentinel under 10 KB', () => {
    expect(statSync(join(CHROME_DIST, 'content/sentinel.js')).size).toBeLessThan(10 * 1024);
  });

  inPageSuite('chromium', () => ({
    async open(url) {
      const page = await chromium.ctx.newPage();
      await page.goto(url);
      const cdp = await chromium.ctx.newCDPSession(page);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
        mouse: (x, y) => page.mouse.move(x, y),
        screenshot: async (path) => void (await page.screenshot({ path })),
        async cardText() {
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxRow[] };
          const byId = new Map(nodes.map((n) => [n.nodeId, n]));
          // Ours is the last dialog: its host is appended at the end of the document (the page's
          // cookie banner is a dialog too).
          const dialog = nodes.filter((n) => n.role?.value === 'dialog').at(-1);
          if (!dialog) return '';
          const rows: AxRow[] = [];
          const walk = (n: AxRow | undefined) => {
            if (!n) return;
            rows.push(n);
            for (const c of n.childIds ?? []) walk(byId.get(c));
          };
          walk(dialog);
          return axText(rows);
        },
        close: () => page.close(),
      };
    },
    send: (message) => chromiumExt.evaluate((m) => chrome.runtime.sendMessage(m), message),
    tabId: (url) => waitFor(() => chromiumExt.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url), `tab ${url}`),
    setStorage: async (items) => void (await chromiumExt.evaluate((i) => chrome.storage.sync.set(i), items)),
  }));
});

// ---------------------------------------------------------------- Firefox
let firefox: FirefoxSession;
let firefoxExt: PPage;
describe('Firefox', () => {
  beforeAll(async () => {
    firefox = await launchFirefox(server.port);
    firefoxExt = await firefoxExtensionPage(firefox.browser);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  inPageSuite('firefox', () => ({
    async open(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        mouse: (x, y) => page.mouse.move(x, y),
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
        // Firefox over WebDriver BiDi has no accessibility snapshot (it needs CDP), and the page
        // cannot see into a closed shadow root: the card is checked by where it is drawn and by
        // focus, and its content by the screenshot and by the DOM tests.
        cardText: async () => null,
        close: () => page.close(),
      };
    },
    send: (message) => firefoxExt.evaluate((m) => browser.runtime.sendMessage(m), message),
    tabId: (url) => waitFor(() => firefoxExt.evaluate(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, url), `tab ${url}`),
    setStorage: async (items) => void (await firefoxExt.evaluate((i) => browser.storage.sync.set(i), items)),
  }));
});

afterAll(() => keepScreenshots(['chromium-highlighted.png', 'chromium-card.png']));
