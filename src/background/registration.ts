/**
 * Where the sentinel runs: registered here with scripting.registerContentScripts, not declared in
 * the manifest, so that the user's choice in the options is carried out by the browser itself.
 *
 * - mode 'everywhere' (default): every http(s) page;
 * - mode 'news-sites': the sites of src/data/news-sites.json (and their subdomains);
 * - mode 'click': not registered at all; the lens runs only from the toolbar button / command.
 * The never-run sites become excludeMatches, so the sentinel does not even start there.
 *
 * A declared content script cannot be switched off (Chrome has no API to disable one, and a
 * sentinel that checked the mode itself would still run on every page, with an async storage read
 * first). Registered scripts persist across browser restarts; the registration is still brought
 * up to date each time the background starts, on install/startup and whenever the settings change,
 * and one update runs at a time (a second register of the same id would fail).
 */
import browser from 'webextension-polyfill';
import newsSites from '../data/news-sites.json';
import { isNeverRun, parseSettings, SETTINGS_KEY, settingsFromChange, type Settings } from '../shared/settings';

export const SENTINEL_ID = 'storylens-sentinel';
export const SENTINEL_FILE = 'content/sentinel.js';
/** Every http and https page (the `*` scheme means exactly these two in match patterns). */
export const ALL_PAGES = ['*://*/*'];

const IP = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Match patterns for the news-site list: "*://*.example.com/*" covers example.com and its subdomains. */
export function newsSiteMatches(sites: ReadonlyArray<{ domain: string }> = newsSites): string[] {
  return [...new Set(sites.map((s) => `*://*.${s.domain}/*`))].sort();
}

/** Match patterns that keep the sentinel off the never-run sites and their subdomains. */
export function neverRunPatterns(hosts: readonly string[]): string[] {
  return hosts.flatMap((h) => (IP.test(h) ? [`*://${h}/*`] : [`*://${h}/*`, `*://*.${h}/*`]));
}

export interface SentinelRegistration {
  matches: string[];
  excludeMatches: string[];
}

/** What should be registered for these settings; null: nothing (mode 'click'). */
export function wantedRegistration(settings: Settings): SentinelRegistration | null {
  if (settings.mode === 'click') return null;
  return {
    matches: settings.mode === 'news-sites' ? newsSiteMatches() : ALL_PAGES,
    excludeMatches: neverRunPatterns(settings.neverRun),
  };
}

interface Registered {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if ((a ?? []).length !== b.length) return false;
  const x = [...(a ?? [])].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** True when the host is one of the listed news sites or a subdomain of one (the 'news-sites' mode). */
export function isNewsSite(hostname: string, sites: ReadonlyArray<{ domain: string }> = newsSites): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((s) => host === s.domain || host.endsWith(`.${s.domain}`));
}

/** The bench build puts its start mark in a script of its own, first, so the sentinel's compile is measured too (build.mjs). */
const scriptFiles = (): string[] => (__STORYLENS_BENCH__ ? ['content/bench-start.js', SENTINEL_FILE] : [SENTINEL_FILE]);

/** Brings the registration in line; true when the sentinel was newly registered (or its pages changed). */
async function apply(wanted: SentinelRegistration | null): Promise<boolean> {
  const scripting = browser.scripting as unknown as {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Registered[]>;
    registerContentScripts(scripts: unknown[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  const current = (await scripting.getRegisteredContentScripts({ ids: [SENTINEL_ID] })).find((s) => s.id === SENTINEL_ID);
  if (wanted === null) {
    if (current) await scripting.unregisterContentScripts({ ids: [SENTINEL_ID] });
    return false;
  }
  const js = scriptFiles();
  if (current && sameList(current.matches, wanted.matches) && sameList(current.excludeMatches, wanted.excludeMatches) && sameList(current.js, js)) return false;
  if (current) await scripting.unregisterContentScripts({ ids: [SENTINEL_ID] });
  await scripting.registerContentScripts([{
    id: SENTINEL_ID,
    js,
    matches: wanted.matches,
    ...(wanted.excludeMatches.length ? { excludeMatches: wanted.excludeMatches } : {}),
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  }]);
  return true;
}

/**
 * A registered script runs only on pages that load after it. So when the sentinel is newly
 * registered (just installed or updated, or the user widened the mode), the pages already open
 * that it covers get it now. executeScript waits for a loading page's document_idle, as the
 * registration does, and the sentinel is a no-op the second time in one document, so a page the
 * registration also reached is read once.
 */
async function runInOpenTabs(wanted: SentinelRegistration, settings: Settings): Promise<void> {
  for (const tab of await browser.tabs.query({ url: wanted.matches })) {
    if (tab.id === undefined || tab.url === undefined || isNeverRun(new URL(tab.url).hostname, settings.neverRun)) continue;
    browser.scripting.executeScript({ target: { tabId: tab.id }, files: scriptFiles() }).catch(() => {
      // A tab that closed, or a page we may not script: nothing to do.
    });
  }
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registration in line with the settings; calls run one after another. */
export function syncSentinel(settings?: Settings): Promise<void> {
  const run = async (): Promise<void> => {
    const s = settings ?? parseSettings((await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>))[SETTINGS_KEY]);
    const wanted = wantedRegistration(s);
    if ((await apply(wanted)) && wanted !== null) await runInOpenTabs(wanted, s).catch(() => undefined);
  };
  queue = queue.then(run, run).catch(() => undefined);
  return queue;
}

/** Registers now (each background start) and again on install, startup and every settings change. */
export function registerSentinelUpkeep(): void {
  void syncSentinel();
  browser.runtime.onInstalled.addListener(() => void syncSentinel());
  browser.runtime.onStartup.addListener(() => void syncSentinel());
  browser.storage.onChanged.addListener((changes, area) => {
    const next = settingsFromChange(changes as Record<string, { newValue?: unknown }>, area);
    if (next) void syncSentinel(next);
  });
}
