import type browser from 'webextension-polyfill';
import type { Message } from '../shared/messages';

/**
 * Who sent a runtime message: one of our own extension pages (popup, options, the popup opened
 * in a tab), one of our content scripts in a web page, or anybody else (null). The sender must
 * carry our extension id; web pages and other extensions never get past this.
 */
export type SenderKind = 'page' | 'content';

export function senderKind(sender: browser.Runtime.MessageSender, ownId: string, ownBaseUrl: string): SenderKind | null {
  if (!ownId || sender.id !== ownId) return null;
  // Our own pages are told apart by their URL; a popup opened in a tab also has `tab`, so the URL comes first.
  if (typeof sender.url === 'string' && ownBaseUrl !== '' && sender.url.startsWith(ownBaseUrl)) return 'page';
  if (sender.tab && typeof sender.tab.id === 'number' && sender.tab.id >= 0) return 'content';
  return null;
}

/** Messages only our own pages (popup, options) may send: they act on any tab they name. */
const PAGE_ONLY: ReadonlySet<Message['type']> = new Set<Message['type']>([
  'get-tab-state', 'get-lens-report', 'scan-tab', 'step-highlight', 'lens-off', 'reveal', 'set-highlights', 'highlight-anyway',
]);
/** Messages only content scripts send: each speaks for its own tab, never another. */
const CONTENT_ONLY: ReadonlySet<Message['type']> = new Set<Message['type']>(['sentinel', 'lens-report', 'analyze-text']);

/** True when this kind of sender may send this kind of message. */
export function maySend(kind: SenderKind, type: Message['type']): boolean {
  return kind === 'page' ? PAGE_ONLY.has(type) : CONTENT_ONLY.has(type);
}
