/**
 * Per-tab state, kept in storage.session: an MV3 background can be stopped at any idle moment,
 * and session storage survives that (it lives in memory and is cleared when the browser closes).
 */
import browser from 'webextension-polyfill';

export interface TabState {
  sentinel: { hit: boolean; reasons: string[] } | null;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function updateTabState(tabId: number, patch: Partial<TabState>): Promise<void> {
  const current = (await getTabState(tabId)) ?? { sentinel: null };
  await browser.storage.session.set({ [key(tabId)]: { ...current, ...patch } });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
