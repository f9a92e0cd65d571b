/**
 * The content scripts expose nothing to page scripts: no new globals on window, no attributes on
 * the page's elements outside our own nodes, no messages or events sent to the page; and nothing
 * of ours listens to window.postMessage — a page posting lens-like messages changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIST, FIREFOX_DIST, startNewsServer, type NewsServer } from './harness';
import { chromiumDriver, firefoxDriver, highlightCount, lensReport, readHighlights, type Driver } from './pages/driver';
import { SEED } from './pages/hostile-pages';

const URL = 'http://www.reuters.com/world/asia-pacific/isolation-2023-09-17/';

/**
 * The page's own watcher, installed before any content script: the globals it starts with, every
 * attribute change and every message or custom event that reaches the page.
 */
const WATCHED = SEED.replace('</head>', `<script>
  window.__watch = { globals: Object.getOwnPropertyNames(window), attrs: [], messages: [], events: [] };
  new MutationObserver((rs) => {
    for (const r of rs) if (!/^storylens-/.test(r.target.localName)) window.__watch.attrs.push(r.target.localName + '[' + r.attributeName + ']');
  }).observe(document, { attributes: true, subtree: true });
  window.addEventListener('message', (e) => window.__watch.messages.push(JSON.stringify(e.data)));
  for (const t of ['storylens', 'storylens-report', 'storylens:ready', 'lens-report', 'highlight']) {
    window.addEventListener(t, () => window.__watch.events.push(t), true);
    document.addEventListener(t, () => window.__watch.events.push(t), true);
  }
</script></head>`);

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer({ [URL]: WATCHED });
});
afterAll(async () => {
  await server?.close();
});

describe('the built bundles', () => {
  it('never listen to window messages, post to the page or dispatch events into it', () => {
    for (const dist of [CHROME_DIST, FIREFOX_DIST]) {
      for (const f of ['content/sentinel.js', 'content/lens.js']) {
        const code = readFileSync(join(dist, f), 'utf8');
        expect(code, f).not.toMatch(/addEventListener\(\s*["'`]message["'`]|\.onmessage\s*=|\bpostMessage\s*\(/);
        expect(code, f).not.toMatch(/new\s+CustomEvent\s*\(|\bdispatchEvent\s*\(/);
      }
    }
  });
});

function isolationSuite(name: string, driver: () => Driver) {
  it(`${name}: no globals, no attributes on page elements, no messages or events; page messages change nothing`, async () => {
    const d = driver();
    const page = await d.open(URL);
    const report = await lensReport(d, URL);
    expect(report.story.matched).toBe(true);
    const tabId = await d.tabId(URL);
    await d.send({ type: 'step-highlight', tabId, direction: 'next' });
    const before = highlightCount(await page.evaluate(readHighlights, null));
    expect(before).toBeGreaterThan(0);

    // The page tries every message our scripts use, by postMessage and by events.
    await page.evaluate(() => {
      for (const data of [
        { type: 'lens-teardown' }, { type: 'lens-highlights', on: false }, { type: 'lens-step', direction: 'next' },
        { type: 'lens-off', tabId: 1 }, { type: 'highlight-anyway', tabId: 1 }, 'lens-teardown', { type: 'get-tab-state', tabId: 1 },
      ]) {
        window.postMessage(data, '*');
        window.dispatchEvent(new CustomEvent('storylens', { detail: data }));
      }
    }, null);
    await new Promise((r) => setTimeout(r, 800));
    expect(highlightCount(await page.evaluate(readHighlights, null))).toBe(before);
    expect(await d.send({ type: 'get-lens-report', tabId })).toMatchObject({ story: { matched: true } });

    const watch = await page.evaluate(() => {
      const w = (window as unknown as { __watch: { globals: string[]; attrs: string[]; messages: string[]; events: string[] } }).__watch;
      const start = new Set(w.globals);
      return { added: Object.getOwnPropertyNames(window).filter((k) => !start.has(k) && k !== '__watch'), attrs: w.attrs, messages: w.messages, events: w.events };
    }, null);
    expect(watch.added).toEqual([]);
    expect(watch.attrs).toEqual([]);
    // Only the page's own posts arrived (7 of them), nothing from us.
    expect(watch.messages).toHaveLength(7);
    expect(watch.events).toEqual(Array(7).fill('storylens'));
    expect(page.errors).toEqual([]);
    await page.close();
  });
}

describe('Chromium', () => {
  let d: Awaited<ReturnType<typeof chromiumDriver>>;
  beforeAll(async () => {
    d = await chromiumDriver(server.port);
  });
  afterAll(async () => {
    await d?.close();
  });
  isolationSuite('chromium', () => d);
});

describe('Firefox', () => {
  let d: Awaited<ReturnType<typeof firefoxDriver>>;
  beforeAll(async () => {
    d = await firefoxDriver(server.port);
  });
  afterAll(async () => {
    await d?.close();
  });
  isolationSuite('firefox', () => d);
});
