/**
 * Per-tab state, kept in storage.session: an MV3 background can be stopped at any idle moment,
 * and session storage survives that (it lives in memory and is cleared when the browser closes).
 * The lens's own report (story, entities, quotes) is kept beside it by inject.ts under `lens:<id>`.
 */
import browser from 'webextension-polyfill';
import type { SentinelVerdict } from '../shared/sentinel-verdict';

export interface TabState {
  sentinel: SentinelVerdict | null;
  /** False after the user switched this page's highlights off in the popup. */
  highlightsOn: boolean;
}

const EMPTY: TabState = { sentinel: null, highlightsOn: true };
const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  const stored = got[key(tabId)] as Partial<TabState> | undefined;
  return stored ? { ...EMPTY, ...stored } : null;
}

/**
 * Changes to one tab's state run one after another: each is a read then a write, and two in
 * flight together (the sentinel's miss then its hit, a report and the highlight switch) would
 * otherwise each write over the other.
 */
const queues = new Map<number, Promise<void>>();

function inTurn(tabId: number, change: () => Promise<void>): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(change, change);
  queues.set(tabId, next);
  const forget = () => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  };
  next.then(forget, forget);
  return next;
}

export function updateTabState(tabId: number, patch: Partial<TabState>): Promise<void> {
  return inTurn(tabId, async () => {
    const current = (await getTabState(tabId)) ?? EMPTY;
    await browser.storage.session.set({ [key(tabId)]: { ...current, ...patch } });
  });
}

export function clearTabState(tabId: number): Promise<void> {
  return inTurn(tabId, () => browser.storage.session.remove(key(tabId)));
}
