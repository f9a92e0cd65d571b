/**
 * StoryLens makes no network requests: every request seen while it works on several pages — by
 * Chromium for pages AND the extension's service worker (playwright's context 'request' events),
 * and by the local proxy for everything either browser sent out (plain requests and CONNECT
 * tunnels) — is one of the test pages themselves.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { chromiumDriver, firefoxDriver, lensReport, type Driver } from './pages/driver';
import { OVERRIDES, SEED } from './pages/hostile-pages';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures', name, 'page.html'), 'utf8');
const PAGES: Record<string, string> = {
  'http://www.reuters.com/world/asia-pacific/net-seed-2023-09-17/': SEED,
  'http://apnews.com/article/net-lookalike-2019': fixture('en-lookalike-2019-russky-summit'),
  'http://www.aljazeera.com/news/2023/9/20/net-unrelated': fixture('en-unrelated-vladivostok-ferry'),
  'http://www.reuters.com/world/asia-pacific/net-overrides-2023-09-17/': OVERRIDES,
};
const STORY_URL = Object.keys(PAGES)[0]!;

/** A recording proxy: plain HTTP requests by full URL, and CONNECT tunnels (refused) by host. */
let proxy: Server;
let port: number;
const seen: string[] = [];
beforeAll(async () => {
  proxy = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    const body = PAGES[url];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  port = (proxy.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((ok) => {
    proxy.closeAllConnections();
    proxy.close(() => ok());
  });
});

/** Visits every page, lets the lens work, opens cards and switches it off: the extension's whole life. */
async function exercise(d: Driver): Promise<void> {
  for (const url of Object.keys(PAGES)) {
    const page = await d.open(url);
    const tabId = await d.tabId(url);
    if (url === STORY_URL) {
      expect((await lensReport(d, url)).story.matched).toBe(true);
      await d.send({ type: 'step-highlight', tabId, direction: 'next' });
      await d.send({ type: 'lens-off', tabId });
    } else {
      await d.send({ type: 'scan-tab', tabId });
      await lensReport(d, url).catch(() => null);
    }
    await new Promise((r) => setTimeout(r, 500));
    await page.close();
  }
}

/**
 * What the pages themselves load: the pages, the subresources their HTML names (same-site paths)
 * and the browser's favicon probe. Anything else would be ours.
 */
function byThePages(url: string): boolean {
  if (url in PAGES) return true;
  let u: globalThis.URL;
  try {
    u = new globalThis.URL(url);
  } catch {
    return false;
  }
  if (!Object.keys(PAGES).some((p) => new globalThis.URL(p).origin === u.origin)) return false;
  if (u.pathname === '/favicon.ico') return true;
  return Object.entries(PAGES).some(([p, html]) => new globalThis.URL(p).origin === u.origin && (html.includes(`"${u.pathname}"`) || html.includes(`"${url}"`)));
}
const fromPagesOnly = (urls: string[]) => urls.filter((u) => !byThePages(u));

describe('Chromium', () => {
  it('requests nothing but the pages themselves (pages and service worker, and at the proxy)', async () => {
    const d = await chromiumDriver(port);
    const requests: string[] = [];
    const workerRequests: string[] = [];
    d.session.ctx.on('request', (r) => {
      (r.serviceWorker() ? workerRequests : requests).push(r.url());
    });
    seen.length = 0;
    try {
      await exercise(d);
    } finally {
      await d.close();
    }
    const web = requests.filter((u) => /^(?:https?|wss?|ftp):/i.test(u));
    expect(fromPagesOnly(web)).toEqual([]);
    expect(workerRequests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    // At the proxy, the browser's own sign-in probe also shows (a CONNECT to Google accounts,
    // made with or without extensions and absent from the context's request events, which do
    // cover everything our pages and service worker ask for); nothing else may.
    expect(fromPagesOnly(seen).filter((u) => u !== 'CONNECT accounts.google.com:443')).toEqual([]);
    for (const page of Object.keys(PAGES)) expect(seen).toContain(page);
    console.log(`network (chromium): ${requests.length} page-side requests, ${workerRequests.length} service-worker requests, ${seen.length} through the proxy — all test pages`);
  });
});

describe('Firefox', () => {
  it('sends nothing through the proxy but the page requests', async () => {
    const d = await firefoxDriver(port);
    seen.length = 0;
    try {
      await exercise(d);
    } finally {
      await d.close();
    }
    // Firefox's own background services are switched off in the harness's prefs; any request
    // left would be ours, and there must be none.
    expect(fromPagesOnly(seen)).toEqual([]);
    for (const page of Object.keys(PAGES)) expect(seen).toContain(page);
    console.log(`network (firefox): ${seen.length} requests through the proxy — all test pages`);
  });
});
