/**
 * Background: per-tab state, the toolbar badge, and the only place that talks to every surface.
 * Every message is checked twice: who sent it (sender.ts), then its exact shape (messages.ts).
 */
import browser from 'webextension-polyfill';
import { parseMessage, isRevealResult, type LensMessage, type Message, type RevealResult } from '../shared/messages';
import { maySend, senderKind } from './sender';
import { analyzeForLens } from './analyze';
import { clearTabState, getTabState, updateTabState, type TabState } from './tab-state';
import { askSentinel } from './sentinel-verdict';
import { clearBadge, showBadge } from './badge';
// In-page feature (lens injection, commands, lens reports): see inject.ts.
import { getLensReport, handleInPageMessage, injectLens, isNewPage, registerInPage } from './inject';
// Where the sentinel runs (the options' mode, the never-run sites): see registration.ts.
import { registerSentinelUpkeep } from './registration';

// First, so the sentinel is registered as early as possible after install.
registerSentinelUpkeep();

async function sendToLens(tabId: number, message: LensMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    return undefined; // no lens in that tab (yet)
  }
}

/** What the popup shows: the stored state, and the sentinel's verdict read from the page when it sent none (a miss). */
async function tabState(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (state?.sentinel) return state;
  const sentinel = await askSentinel(tabId);
  return sentinel ? { highlightsOn: state?.highlightsOn ?? true, sentinel } : state;
}

async function reveal(msg: Extract<Message, { type: 'reveal' }>): Promise<RevealResult | null> {
  const answer = await sendToLens(msg.tabId, { type: 'lens-reveal', target: msg.target, n: msg.n });
  return isRevealResult(answer) ? answer : null;
}

async function setHighlights(tabId: number, on: boolean): Promise<boolean> {
  await updateTabState(tabId, { highlightsOn: on });
  return (await sendToLens(tabId, { type: 'lens-highlights', on })) !== undefined;
}

/** Runs the lens when it is not in the tab yet, then asks it to highlight without a story match. */
async function highlightAnyway(tabId: number): Promise<boolean> {
  if ((await getLensReport(tabId)) === null && !(await injectLens(tabId))) return false;
  await updateTabState(tabId, { highlightsOn: true });
  return (await sendToLens(tabId, { type: 'lens-force' })) !== undefined;
}

function onMessage(raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (kind === null) return undefined;
  const msg = parseMessage(raw);
  if (!msg || !maySend(kind, msg.type)) return undefined;
  const tabId = sender.tab?.id;
  const inPage = handleInPageMessage(msg, sender);
  if (msg.type === 'lens-report' && inPage !== undefined && tabId !== undefined && sender.frameId === 0) {
    const report = msg.report;
    return inPage.then(async (r) => {
      await showBadge(browser.action, tabId, report);
      return r;
    });
  }
  if (inPage !== undefined) return inPage;
  switch (msg.type) {
    case 'sentinel':
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return updateTabState(tabId, { sentinel: { hit: msg.hit, reasons: msg.reasons } }).then(() => null);
    case 'get-tab-state':
      return tabState(msg.tabId);
    case 'reveal':
      return reveal(msg);
    case 'set-highlights':
      return setHighlights(msg.tabId, msg.on);
    case 'highlight-anyway':
      return highlightAnyway(msg.tabId);
    case 'analyze-text':
      if (tabId === undefined) return undefined;
      // A failure rejects, and the lens then analyses in the page itself.
      return new Promise((resolve) => resolve(analyzeForLens(msg)));
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener(onMessage);

function forgetTab(tabId: number): void {
  void clearTabState(tabId);
  void clearBadge(browser.action, tabId);
}

browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
// A new page in the tab (or the same one reloading): what we knew about the old one no longer holds.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (isNewPage(change)) forgetTab(tabId);
});
registerInPage();

browser.runtime.onInstalled.addListener(({ reason }) => {
  // A first-run page that explains what StoryLens does, what it may read and that nothing leaves
  // the browser (and, in Firefox, asks for the site access it needs).
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('options/options.html?welcome=1') });
});
