/**
 * The foundation: the built extension loads in real Chromium and Firefox, its content script runs
 * on a news page served under a real hostname, and its popup page renders for that tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, startNewsServer, waitFor, type ChromiumSession, type FirefoxSession, type NewsServer } from './harness';

const PAGE_URL = 'http://www.reuters.com/world/europe/markets-wrap-2026-11-25/';
const PAGE = `<!doctype html><html lang="en"><head><title>Markets wrap | Reuters</title></head>
<body><article><h1>Markets wrap</h1><p>Stocks rose on Wednesday as investors weighed the outlook for interest rates.</p></article></body></html>`;

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer({ [PAGE_URL]: PAGE });
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(server.port);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads the extension as an MV3 service worker', () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    expect(s.worker.url()).toBe(`chrome-extension://${s.extensionId}/background.js`);
  });

  it('runs the content script on a news page and shows the popup for that tab', async () => {
    const page = await s.ctx.newPage();
    await page.goto(PAGE_URL);
    const tabId = await waitFor(
      () => s.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, PAGE_URL),
      'the news tab',
    );
    // A miss sends no message (it would cost the page the API's bindings): the background reads
    // the verdict back from the page's content-script world when an extension page asks.
    const ext = await s.ctx.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/options/options.html`);
    const state = await waitFor(
      () => ext.evaluate(async (id) => {
        const got = (await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id })) as { sentinel: unknown } | null;
        return got?.sentinel ? got : null;
      }, tabId),
      'the sentinel verdict',
    );
    expect(state).toMatchObject({ sentinel: { hit: false } });
    expect(await s.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId)).toBeNull();
    // Nothing of ours in the page's own world.
    expect(await page.evaluate(() => '__storylensSentinel' in globalThis)).toBe(false);

    const popup = await s.ctx.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.textContent('#status')).toBe('StoryLens looked at this page.');
  });
});

describe('Firefox', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox(server.port);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('installs the add-on and opens its welcome page', async () => {
    expect(s.addonId).toBe('storylens@storylens.dev');
    const welcome = await firefoxExtensionPage(s.browser);
    expect(await welcome.evaluate(() => document.getElementById('welcome')?.hidden)).toBe(false);
  });

  it('runs the content script on a news page and shows the popup for that tab', async () => {
    const page = await s.browser.newPage();
    await page.goto(PAGE_URL);
    const ext = await firefoxExtensionPage(s.browser);
    const tabId = await waitFor(
      () => ext.evaluate(async (url) => (await browser.tabs.query({ url }))[0]?.id, PAGE_URL),
      'the news tab',
    );
    const state = await waitFor(
      () => ext.evaluate(async (id) => {
        const got = (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: id })) as { sentinel: unknown } | null;
        return got?.sentinel ? got : null;
      }, tabId),
      'the sentinel verdict',
    );
    expect(state).toMatchObject({ sentinel: { hit: false } });
    expect(await page.evaluate(() => '__storylensSentinel' in globalThis)).toBe(false);

    const before = (await s.browser.pages()).length;
    await ext.evaluate((id) => browser.tabs.create({ url: browser.runtime.getURL(`popup/popup.html?tab=${id}`) }), tabId);
    const popup = await waitFor(async () => {
      const pages = await s.browser.pages();
      for (const p of pages.slice(before - 1)) {
        const ok = await p.evaluate(() => location.pathname.endsWith('/popup/popup.html') && document.body.dataset.ready === 'true').catch(() => false);
        if (ok) return p;
      }
      return null;
    }, 'the popup page');
    expect(await popup.evaluate(() => document.getElementById('status')?.textContent)).toBe('StoryLens looked at this page.');
  });
});
