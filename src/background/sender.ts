import type browser from 'webextension-polyfill';

/**
 * True only for our own extension's pages and content scripts: the sender must carry our
 * extension id, and be either a content script in a tab or one of our own pages.
 */
export function isOwnSender(sender: browser.Runtime.MessageSender, ownId: string, ownBaseUrl: string): boolean {
  if (sender.id !== ownId) return false;
  if (sender.tab && typeof sender.tab.id === 'number') return true;
  return typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
}
