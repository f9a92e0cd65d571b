/**
 * The popup: a summary of the story on the page. Also opens as popup.html?tab=<id> in a tab.
 * FOUNDATION SHELL — the summary arrives with the popup issue.
 */
import browser from 'webextension-polyfill';

async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  const status = document.getElementById('status');
  if (!status) return;
  const tabId = await targetTabId();
  if (tabId === null) {
    status.textContent = 'No tab to describe.';
    return;
  }
  const state = (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as { sentinel: { hit: boolean } | null } | null;
  status.textContent = state?.sentinel ? (state.sentinel.hit ? 'This page may carry the story.' : 'StoryLens looked at this page.') : 'StoryLens has not looked at this page.';
  document.body.dataset.ready = 'true';
}

void main();
