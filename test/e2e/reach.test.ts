/**
 * Reach: the built extension, as installed, lights up story pages of our own served under
 * real-looking news hostnames that are NOT on the news-site list (.co.uk, .de, .co.kr, .com.br, an
 * IP address, a portal's subdomain) with no click, and leaves other pages (look-alike stories,
 * unrelated news, a search page, a shop) dark. Then the restricted modes: 'news-sites' lights only
 * listed sites, 'click' lights nothing by itself. Chromium and Firefox ESR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT, startNewsServer, waitFor, type NewsServer } from './harness';

const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures', name, 'page.html'), 'utf8');

const SEARCH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kim jong un russia - Findit Search</title></head><body>
<form role="search" action="/search"><input name="q" value="kim jong un russia"><button>Search</button></form>
${Array.from({ length: 10 }, (_, i) => `<div class="result"><a href="/r${i}"><h3>Kim Jong Un in Russia: result ${i}</h3></a><cite>news.example › world</cite><div><span>Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East…</span></div></div>`).join('\n')}
</body></html>`;
const SHOP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steel kettle 1.7 l | Kettles</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel kettle","offers":{"@type":"Offer","price":"29.00","priceCurrency":"GBP"}}</script></head>
<body><h1>Steel kettle 1.7 l</h1><div class="price">£29.00</div><ul><li>1.7 litres</li><li>Brushed steel</li><li>Boil-dry protection</li></ul><button>Add to basket</button></body></html>`;

/** Unlisted hostnames (none is in src/data/news-sites.json) and one listed one. */
const STORIES: Record<string, string> = {
  'http://www.northernherald.co.uk/world/kim-putin-artyom': 'en-story-seed-artyom',
  'http://www.rheinkurier.de/politik/kim-schoigu-artjom': 'de-story-spiegel-artyom-shoigu',
  'http://news.hanbitilbo.co.kr/article/20230913001': 'ko-story-yonhap-vostochny',
  'http://www.diariodosul.com.br/mundo/kim-regresso': 'es-story-elpais-return-reactions',
  'http://203.0.113.7/news/vostochny-summit': 'en-story-wire-vostochny',
  'http://news.portal.example/story/vostochny': 'ru-story-kommersant-vostochny',
};
const OTHERS: Record<string, string> = {
  'http://www.northernherald.co.uk/world/2019-russky-summit': 'en-lookalike-2019-russky-summit',
  'http://www.rheinkurier.de/wirtschaft/ezb-zinsen': 'de-unrelated-ezb-zinsen',
  'http://news.hanbitilbo.co.kr/article/20190425001': 'ko-lookalike-2019-vladivostok',
};
const SEARCH_URL = 'http://search.findit.example/search?q=kim+jong+un+russia';
const SHOP_URL = 'http://shop.kettles.co.uk/p/steel-kettle';
const LISTED_STORY = 'http://www.reuters.com/world/asia-pacific/kim-putin-vostochny-reach/';

/** Highlights as the page sees them: the CSS Custom Highlight registry or wrapped elements. */
function litCount(): number {
  let n = 0;
  const reg = (globalThis as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS?.highlights;
  if (reg) for (const [, h] of reg) n += h.size;
  n += document.querySelectorAll('storylens-mark, [data-storylens]').length;
  return n;
}

interface Browser {
  open(url: string): Promise<{ lit(): Promise<number>; close(): Promise<void> }>;
  /** Runs in an extension context: the registered sentinel's matches (null when none). */
  registered(): Promise<string[] | null>;
  setMode(mode: string): Promise<void>;
  hasAllSites(): Promise<boolean>;
}

let server: NewsServer;
beforeAll(async () => {
  const routes: Record<string, string> = {};
  for (const [url, name] of Object.entries({ ...STORIES, ...OTHERS })) routes[url] = fixture(name);
  routes[SEARCH_URL.replace(/\?.*$/, '')] = SEARCH_PAGE;
  routes[SHOP_URL] = SHOP_PAGE;
  routes[LISTED_STORY] = fixture('en-story-seed-artyom');
  server = await startNewsServer(routes);
});
afterAll(async () => {
  await server?.close();
});

async function expectLit(b: Browser, url: string): Promise<void> {
  const page = await b.open(url);
  try {
    await waitFor(async () => (await page.lit()) > 0, `highlights on ${url}`, 20_000);
  } finally {
    await page.close();
  }
}

async function expectDark(b: Browser, url: string): Promise<void> {
  const page = await b.open(url);
  try {
    await new Promise((r) => setTimeout(r, 3000));
    expect(await page.lit(), url).toBe(0);
  } finally {
    await page.close();
  }
}

function reachSuite(name: string, start: () => Promise<{ b: Browser; close(): Promise<void> }>): void {
  describe(name, () => {
    let b: Browser;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ b, close } = await start());
      await waitFor(async () => (await b.registered())?.includes('*://*/*'), 'the sentinel registered for every page', 15_000);
    }, 60_000);
    afterAll(async () => {
      await close?.();
    });

    it('holds its host permission for every http(s) page after install', async () => {
      expect(await b.hasAllSites()).toBe(true);
    });

    it('default mode: story pages on unlisted hosts light up with no click', async () => {
      for (const url of Object.keys(STORIES)) await expectLit(b, url);
    }, 180_000);

    it('default mode: look-alike and unrelated pages, a search page and a shop stay dark', async () => {
      for (const url of [...Object.keys(OTHERS), SEARCH_URL, SHOP_URL]) await expectDark(b, url);
    }, 120_000);

    it('news-site list mode: only listed sites light up; "only when I click": none', async () => {
      await b.setMode('news-sites');
      await waitFor(async () => {
        const m = await b.registered();
        return m !== null && !m.includes('*://*/*') && m.includes('*://*.reuters.com/*');
      }, 'the sentinel registered for the news-site list');
      await expectDark(b, 'http://www.northernherald.co.uk/world/kim-putin-artyom');
      await expectDark(b, 'http://203.0.113.7/news/vostochny-summit');
      await expectLit(b, LISTED_STORY);
      await b.setMode('click');
      await waitFor(async () => (await b.registered()) === null, 'the sentinel unregistered');
      await expectDark(b, LISTED_STORY);
      await expectDark(b, 'http://news.portal.example/story/vostochny');
      // Pages already open when the sentinel is registered (after install, or the mode widened)
      // get it too: a story page opened in click mode lights up with no reload and no click.
      const open = await b.open('http://www.diariodosul.com.br/mundo/kim-regresso');
      const other = await b.open('http://www.rheinkurier.de/wirtschaft/ezb-zinsen');
      try {
        await new Promise((r) => setTimeout(r, 2000));
        expect(await open.lit()).toBe(0);
        await b.setMode('everywhere');
        await waitFor(async () => (await b.registered())?.includes('*://*/*'), 'the sentinel registered again');
        await waitFor(async () => (await open.lit()) > 0, 'highlights on the page that was already open', 20_000);
        await new Promise((r) => setTimeout(r, 2000));
        expect(await other.lit()).toBe(0);
      } finally {
        await open.close();
        await other.close();
      }
      await expectLit(b, 'http://news.portal.example/story/vostochny');
    }, 180_000);
  });
}

reachSuite('Chromium', async () => {
  const s = await launchChromium(server.port);
  const b: Browser = {
    async open(url) {
      const page: PwPage = await s.ctx.newPage();
      await page.goto(url);
      return { lit: () => page.evaluate(litCount), close: () => page.close() };
    },
    registered: () => s.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['storylens-sentinel'] }))[0]?.matches ?? null),
    setMode: (mode) => s.worker.evaluate(async (m) => {
      const got = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(got.settings ?? {}), mode: m } });
    }, mode),
    hasAllSites: () => s.worker.evaluate(() => chrome.permissions.contains({ origins: ['*://*/*'] })),
  };
  return { b, close: () => s.close() };
});

reachSuite('Firefox', async () => {
  const s = await launchFirefox(server.port);
  const ext: PPage = await firefoxExtensionPage(s.browser);
  const b: Browser = {
    async open(url) {
      const page = await s.browser.newPage();
      await page.goto(url);
      return { lit: () => page.evaluate(litCount), close: () => page.close() };
    },
    registered: () => ext.evaluate(async () => (await browser.scripting.getRegisteredContentScripts({ ids: ['storylens-sentinel'] }))[0]?.matches ?? null),
    setMode: (mode) => ext.evaluate(async (m) => {
      const got = await browser.storage.sync.get('settings');
      await browser.storage.sync.set({ settings: { ...((got.settings as object) ?? {}), mode: m } });
    }, mode),
    hasAllSites: () => ext.evaluate(() => browser.permissions.contains({ origins: ['*://*/*'] })),
  };
  return { b, close: () => s.close() };
});
