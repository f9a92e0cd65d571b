/**
 * Background: per-tab state, and the only place that talks to every surface.
 * FOUNDATION SHELL — badge, lens injection and popup answers arrive with later issues.
 */
import browser from 'webextension-polyfill';
import { parseMessage } from '../shared/messages';
import { isOwnSender } from './sender';
import { clearTabState, getTabState, updateTabState } from './tab-state';
// In-page feature (lens injection, commands, lens reports): see inject.ts.
import { handleInPageMessage, registerInPage } from './inject';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOwnSender(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
  const msg = parseMessage(raw);
  if (!msg) return undefined;
  const inPage = handleInPageMessage(msg, sender);
  if (inPage !== undefined) return inPage;
  switch (msg.type) {
    case 'sentinel': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return updateTabState(tabId, { sentinel: { hit: msg.hit, reasons: msg.reasons } }).then(() => null);
    }
    case 'get-tab-state':
      return getTabState(msg.tabId);
  }
});

browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
registerInPage();

browser.runtime.onInstalled.addListener(({ reason }) => {
  // A first-run page that explains what StoryLens does, what it may read and that nothing leaves
  // the browser (and, in Firefox, asks for the site access it needs).
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('options/options.html?welcome=1') });
});
