/**
 * Pages that change after load (live blogs, late-loading article bodies): a MutationObserver
 * collects nodes added in or near the article and hands them over at idle time. Our own nodes
 * (the card host, wrap marks and the text nodes we split) are never reported: the lens mutates
 * the page only inside `quietly`, which sets the observer aside and drops its own records.
 */
import { MARK_TAG } from './highlighter/types';
import { CARD_HOST_TAG } from './hover-card/card';
import { nextIdle } from './scheduler';

const DEBOUNCE_MS = 400;
const MAX_PENDING = 500;

export interface LiveUpdates {
  /** Runs a change of ours without it being seen as page activity. */
  quietly(fn: () => void): void;
  disconnect(): void;
}

function isOurs(node: Node): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) {
    if (n.nodeType === 1) {
      const name = (n as Element).localName;
      if (name === MARK_TAG || name === CARD_HOST_TAG) return true;
    }
  }
  return false;
}

/**
 * `accept` decides which added nodes matter (in or near the article); `onAdded` receives the
 * outermost accepted ones, once per quiet period, in an idle callback.
 */
export function watchLiveUpdates(doc: Document, accept: (node: Node) => boolean, onAdded: (nodes: Node[]) => void): LiveUpdates {
  const win = doc.defaultView!;
  let pending: Node[] = [];
  let timer: number | undefined;
  let stopped = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    await nextIdle(win);
    if (stopped) return;
    const nodes = pending.filter((n) => n.isConnected && !isOurs(n));
    pending = [];
    // Outermost only: a node inside another pending node is already covered.
    const outer = nodes.filter((n) => !nodes.some((m) => m !== n && m.contains(n)));
    if (outer.length) onAdded(outer);
  };

  const collect = (records: MutationRecord[]): void => {
    for (const r of records) {
      if (isOurs(r.target)) continue;
      for (const n of Array.from(r.addedNodes)) {
        if (pending.length >= MAX_PENDING) break;
        if ((n.nodeType === 1 || n.nodeType === 3) && !isOurs(n) && accept(n)) pending.push(n);
      }
    }
    if (pending.length && timer === undefined) timer = win.setTimeout(() => void flush(), DEBOUNCE_MS);
  };

  const observer = new win.MutationObserver(collect);
  const target = doc.body ?? doc.documentElement;
  const options: MutationObserverInit = { childList: true, subtree: true };
  observer.observe(target, options);

  return {
    quietly(fn) {
      collect(observer.takeRecords());
      observer.disconnect();
      try {
        fn();
      } finally {
        observer.takeRecords();
        if (!stopped) observer.observe(target, options);
      }
    },
    disconnect() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
      pending = [];
    },
  };
}
