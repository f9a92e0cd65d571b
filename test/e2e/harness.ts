/**
 * Drives the BUILT extension (dist/chrome, dist/firefox) in Debian's headless Chromium and
 * Firefox ESR. Pages are served by a local HTTP proxy on 127.0.0.1 under real news hostnames, so
 * the production manifest and news-site list apply; nothing leaves the machine.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_DIST = join(ROOT, 'dist/chrome');
export const FIREFOX_DIST = join(ROOT, 'dist/firefox');
export const ARTIFACTS = join(ROOT, 'test/e2e/.artifacts');
const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Fails loudly (never skips) when what a browser test needs is missing. */
export function requireBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run "npm run build" first`);
}
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_BIN)) throw new Error(`Chromium not found at ${CHROMIUM_BIN}: install Debian's package with "apt-get install -y chromium"`);
  return CHROMIUM_BIN;
}
export function requireFirefox(): string {
  if (!existsSync(FIREFOX_BIN)) throw new Error(`Firefox not found at ${FIREFOX_BIN}: install Debian's package with "apt-get install -y firefox-esr"`);
  return FIREFOX_BIN;
}

export type Route = string | { status?: number; type?: string; body: string; headers?: Record<string, string> };

export interface NewsServer {
  port: number;
  /** Every URL requested through the proxy, in order. */
  requests: string[];
  route(url: string, page: Route): void;
  close(): Promise<void>;
}

/**
 * A proxy-style HTTP server: browsers configured to use it send the full URL in the request
 * line, so one server answers for every hostname. Unknown URLs get a 404.
 */
export async function startNewsServer(initial: Record<string, Route> = {}): Promise<NewsServer> {
  const routes = new Map<string, Route>(Object.entries(initial));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url?.startsWith('http') ? req.url : `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
    requests.push(url);
    const found = routes.get(url) ?? routes.get(url.replace(/\?.*$/, ''));
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const r = typeof found === 'string' ? { body: found } : found;
    res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...r.headers });
    res.end(r.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route: (url, page) => routes.set(url, page),
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

export interface ChromiumSession {
  ctx: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchChromium(port: number, extDir = CHROME_DIST, extraArgs: string[] = []): Promise<ChromiumSession> {
  requireBuilt(extDir);
  const executablePath = requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'storylens-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // the real headless mode is chosen by the flag below (it supports extensions)
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--proxy-server=http://127.0.0.1:${port}`,
      '--proxy-bypass-list=<-loopback>', '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ...extraArgs,
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // StoryLens registers its sentinel from the background as it starts (src/background/registration.ts):
  // a page opened in the first milliseconds after install would not get it yet. (An extension
  // without the scripting API, such as the benchmark's trivial one, has nothing to wait for.)
  await waitFor(() => worker.evaluate(async () => {
    const scripting = (globalThis as { chrome?: { scripting?: { getRegisteredContentScripts?: () => Promise<unknown[]> } } }).chrome?.scripting;
    return scripting?.getRegisteredContentScripts ? (await scripting.getRegisteredContentScripts()).length > 0 : true;
  }), 'the sentinel registered', 5_000).catch(() => undefined);
  return {
    ctx, worker, extensionId,
    close: async () => { await ctx.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

export interface FirefoxSession {
  browser: PBrowser;
  addonId: string;
  close(): Promise<void>;
}

/** `extDir` null starts Firefox without the extension (the benchmark's load comparison). */
export async function launchFirefox(port: number, extDir: string | null = FIREFOX_DIST, prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  if (extDir !== null) requireBuilt(extDir);
  const executablePath = requireFirefox();
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath, headless: true,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': port,
      'network.proxy.allow_hijacking_localhost': true, 'network.proxy.no_proxies_on': '',
      'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false,
      ...prefs,
    },
  });
  const addonId = extDir === null ? '' : await browser.installExtension(extDir);
  return { browser, addonId, close: () => browser.close() };
}

/**
 * Firefox refuses automated navigation to moz-extension:// pages, so tests reach extension
 * pages through the first-run welcome tab that the extension opens itself on install: code
 * evaluated there runs in the extension page, with the `browser` API.
 */
export async function firefoxExtensionPage(browser: PBrowser, timeoutMs = 15_000): Promise<PPage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const p of await browser.pages()) {
      const isExt = await p.evaluate(() => location.protocol === 'moz-extension:').catch(() => false);
      if (isExt) return p;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the extension did not open its welcome page in Firefox');
}

/** Polls fn until it returns a truthy value. */
export async function waitFor<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Copies the named screenshots from the test artifacts to docs/screenshots, only when asked
 * (STORYLENS_UPDATE_DOCS=1 npm run test:e2e): an ordinary test run never rewrites committed files.
 */
export function keepScreenshots(files: string[]): void {
  if (!process.env.STORYLENS_UPDATE_DOCS) return;
  const docs = join(ROOT, 'docs/screenshots');
  mkdirSync(docs, { recursive: true });
  for (const f of files) {
    if (existsSync(join(ARTIFACTS, f))) copyFileSync(join(ARTIFACTS, f), join(docs, f));
  }
}
