/**
 * Background side of the in-page feature: injects the lens into a tab (on a sentinel hit, or when
 * the popup asks for the tab the user is looking at), forwards the next/previous-highlight
 * commands to the tab's lens, switches a tab's lens off, and keeps the lens's report per tab for
 * the popup. Everything here is reached from index.ts through handleInPageMessage and
 * registerInPage, so the rest of the background stays its own.
 */
import browser from 'webextension-polyfill';
import type { LensMessage, LensReport, Message, StepDirection } from '../shared/messages';
import { isNeverRun, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { isNewsSite } from './registration';

export const LENS_FILE = 'content/lens.js';
const reportKey = (tabId: number) => `lens:${tabId}`;

async function readSettings(): Promise<Settings> {
  const got = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(got[SETTINGS_KEY]);
}

/**
 * True when a tabs.onUpdated change means the tab's page is replaced: a reload reports only
 * status 'loading' (the URL is the same), a navigation may report its URL first.
 */
export function isNewPage(change: { status?: string; url?: string }): boolean {
  return change.status === 'loading' || change.url !== undefined;
}

/**
 * Runs the lens in the tab's top frame. The lens is idempotent, so a second injection only
 * re-reports. Errors (a tab that closed, a page we may not script) are swallowed: nothing to show.
 */
export async function injectLens(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [LENS_FILE] });
    return true;
  } catch {
    return false;
  }
}

/**
 * A sentinel hit: inject unless the page is outside the mode the user chose or on a never-run
 * site. The registration (registration.ts) already keeps the sentinel off those pages; this check
 * covers a page that loaded while a settings change was still being applied.
 */
async function onSentinelHit(tabId: number, url: string | undefined): Promise<void> {
  const settings = await readSettings();
  if (settings.mode === 'click') return;
  const host = url === undefined ? null : new URL(url).hostname;
  if (host !== null && isNeverRun(host, settings.neverRun)) return;
  if (settings.mode === 'news-sites' && (host === null || !isNewsSite(host))) return;
  await injectLens(tabId);
}

async function sendToLens(tabId: number, message: LensMessage): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    return false; // no lens in that tab
  }
}

/**
 * The next/previous-highlight command. With no lens in the tab yet, the key press runs the lens
 * there (the command grants activeTab); the next press then moves.
 */
export async function stepHighlight(tabId: number, direction: StepDirection): Promise<boolean> {
  if (await sendToLens(tabId, { type: 'lens-step', direction })) return true;
  await injectLens(tabId);
  return false;
}

export async function lensOff(tabId: number): Promise<boolean> {
  await browser.storage.session.remove(reportKey(tabId));
  return sendToLens(tabId, { type: 'lens-teardown' });
}

export async function getLensReport(tabId: number): Promise<LensReport | null> {
  const got = await browser.storage.session.get(reportKey(tabId));
  return (got[reportKey(tabId)] as LensReport | undefined) ?? null;
}

/**
 * The in-page messages. Returns a promise for the messages it answers, undefined for the ones it
 * leaves to index.ts (a sentinel report is both: it injects here, index.ts records it).
 */
export function handleInPageMessage(msg: Message, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  const fromTab = sender.tab?.id;
  // Commands about another tab come only from our own pages (popup, options), never from a
  // content script, which speaks only for its own tab.
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
  if ((msg.type === 'scan-tab' || msg.type === 'step-highlight' || msg.type === 'lens-off' || msg.type === 'get-lens-report') && !fromOwnPage) {
    return Promise.resolve(null);
  }
  switch (msg.type) {
    case 'sentinel':
      if (msg.hit && fromTab !== undefined && sender.frameId === 0) void onSentinelHit(fromTab, sender.tab?.url);
      return undefined;
    case 'scan-tab':
      return injectLens(msg.tabId);
    case 'step-highlight':
      return stepHighlight(msg.tabId, msg.direction);
    case 'lens-off':
      return lensOff(msg.tabId);
    case 'get-lens-report':
      return getLensReport(msg.tabId);
    case 'lens-report':
      // Only a lens in a tab's top frame speaks for that tab.
      if (fromTab === undefined || sender.frameId !== 0) return Promise.resolve(null);
      return browser.storage.session.set({ [reportKey(fromTab)]: msg.report }).then(() => null);
    default:
      return undefined;
  }
}

export function registerInPage(): void {
  browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
    const direction: StepDirection | null = command === 'next-highlight' ? 'next' : command === 'previous-highlight' ? 'previous' : null;
    if (direction === null) return;
    const run = async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await stepHighlight(tabId, direction);
    };
    void run();
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(reportKey(tabId)));
  // A new page in the tab, or the same one reloading: the old lens and its report are gone.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (isNewPage(change)) void browser.storage.session.remove(reportKey(tabId));
  });
}
