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

/**
 * A page that changes faster than this is animating (a ticker, a canvas-like DOM), not publishing
 * text: the observer steps aside for a while, longer each time, so that the browser stops
 * queueing records for us. Live blogs add a few nodes a minute.
 */
export interface StormGuard {
  recordsPerSecond: number;
  pausesMs: readonly number[];
}
const STORM: StormGuard = { recordsPerSecond: 1000, pausesMs: [2_000, 10_000, 60_000] };

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
export function watchLiveUpdates(doc: Document, accept: (node: Node) => boolean, onAdded: (nodes: Node[]) => void, storm: StormGuard = STORM): LiveUpdates {
  const win = doc.defaultView!;
  let pending: Node[] = [];
  let timer: number | undefined;
  let stopped = false;
  let paused = false;
  let resumeTimer: number | undefined;
  let storms = 0;
  let windowStart = 0;
  let windowRecords = 0;

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

  /** True when this batch tips the page into a storm: the observer is then set aside. */
  const stormy = (count: number): boolean => {
    const now = win.performance.now();
    if (now - windowStart > 1000) {
      windowStart = now;
      windowRecords = 0;
    }
    windowRecords += count;
    if (windowRecords <= storm.recordsPerSecond) return false;
    paused = true;
    observer.disconnect();
    const wait = storm.pausesMs[Math.min(storms++, storm.pausesMs.length - 1)] ?? 60_000;
    resumeTimer = win.setTimeout(() => {
      resumeTimer = undefined;
      paused = false;
      windowRecords = 0;
      windowStart = win.performance.now();
      if (!stopped) observer.observe(target, options);
    }, wait);
    return true;
  };

  const collect = (records: MutationRecord[]): void => {
    if (paused || stormy(records.length)) return;
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
        if (!stopped && !paused) observer.observe(target, options);
      }
    },
    disconnect() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
      if (resumeTimer !== undefined) win.clearTimeout(resumeTimer);
      pending = [];
    },
  };
}
