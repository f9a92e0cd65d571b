/**
 * Runs the sentinel in news-site tabs once their page has loaded. Injected from here rather than
 * declared as a manifest content script: the benchmark found that Chromium lays out a page that
 * still loads whenever a document_idle content script is declared for it (a 278 ms task on a
 * 1 MB page, even with an empty script). After load, the reader pays nothing for the wait.
 */
import browser from 'webextension-polyfill';
import sites from '../data/news-sites.json';

export const SENTINEL_FILE = 'content/sentinel.js';
const DOMAINS: ReadonlySet<string> = new Set(sites.map((s) => s.domain));

/** True for http(s) pages on a listed news site or any of its subdomains. */
export function isNewsSite(url: string): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = u.hostname;
  } catch {
    return false;
  }
  for (;;) {
    if (DOMAINS.has(host)) return true;
    const dot = host.indexOf('.');
    if (dot < 0) return false;
    host = host.slice(dot + 1);
  }
}

export function registerSentinel(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !isNewsSite(tab.url)) return;
    // A tab we may not script (Firefox before the user grants the sites) simply gets nothing.
    void browser.scripting.executeScript({ target: { tabId }, files: [SENTINEL_FILE] }).catch(() => undefined);
  });
}
