/**
 * Per-tab state, kept in storage.session: an MV3 background can be stopped at any idle moment,
 * and session storage survives that (it lives in memory and is cleared when the browser closes).
 * The lens's own report (story, entities, quotes) is kept beside it by inject.ts under `lens:<id>`.
 */
import browser from 'webextension-polyfill';

export interface TabState {
  sentinel: { hit: boolean; reasons: string[] } | null;
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

export async function updateTabState(tabId: number, patch: Partial<TabState>): Promise<void> {
  const current = (await getTabState(tabId)) ?? EMPTY;
  await browser.storage.session.set({ [key(tabId)]: { ...current, ...patch } });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
