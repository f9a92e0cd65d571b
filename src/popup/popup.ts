/**
 * The popup: a one-glance summary of the story on the page. Also opens as popup.html?tab=<id> in
 * a tab of its own ("Open in a tab"). This file only wires the browser to the rendering
 * (render-popup.ts), which works from plain data and is tested under jsdom.
 */
import browser from 'webextension-polyfill';
import * as basemap from 'storylens:basemap';
import { dataset, entitiesById } from '../data/index';
import { isLensReport, isRevealResult, type LensReport } from '../shared/messages';
import { renderPopup } from './render-popup';
import type { PopupActions, PopupData, PopupView } from './view';

const data: PopupData = { dataset, byId: entitiesById, basemap };
const POLL_MS = 400;
const POLL_FOR_MS = 15_000;

interface Target {
  id: number;
  url: string | null;
  inTab: boolean;
}

async function targetTab(): Promise<Target | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) return null;
    const tab = await browser.tabs.get(id).catch(() => null);
    return tab ? { id, url: tab.url ?? null, inTab: true } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null, inTab: false } : null;
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);
const originPattern = (host: string) => `*://${host}/*`;

async function siteAccess(url: string | null): Promise<PopupView['access']> {
  if (url === null || !isWeb(url)) return null;
  const host = new URL(url).hostname;
  const granted = await browser.permissions.contains({ origins: [originPattern(host)] }).catch(() => false);
  return { host, granted };
}

async function readState(tabId: number): Promise<{ report: LensReport | null; sentinel: PopupView['sentinel']; highlightsOn: boolean }> {
  const [state, report] = await Promise.all([
    browser.runtime.sendMessage({ type: 'get-tab-state', tabId }) as Promise<{ sentinel: { hit: boolean } | null; highlightsOn?: boolean } | null>,
    browser.runtime.sendMessage({ type: 'get-lens-report', tabId }) as Promise<unknown>,
  ]);
  return {
    report: isLensReport(report) ? report : null,
    sentinel: state?.sentinel ? { hit: state.sentinel.hit } : null,
    highlightsOn: state?.highlightsOn !== false,
  };
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  const announcer = document.getElementById('announce');
  if (!root) return;
  const target = await targetTab();
  if (!target) {
    root.replaceChildren(Object.assign(document.createElement('p'), { id: 'status', textContent: 'No tab to describe.' }));
    document.body.dataset.ready = 'true';
    return;
  }
  const tabId = target.id;
  document.documentElement.classList.toggle('in-tab', target.inTab);
  let view: PopupView = {
    tabId,
    tabUrl: target.url,
    webPage: target.url === null || isWeb(target.url),
    inTab: target.inTab,
    access: await siteAccess(target.url),
    scanning: false,
    ...(await readState(tabId)),
  };

  const announce = (text: string) => {
    if (!announcer) return;
    // Cleared first so the same words twice are still read out.
    announcer.textContent = '';
    window.setTimeout(() => (announcer.textContent = text), 50);
  };

  let polling = false;
  /** Waits for the lens's report after a scan (or while the sentinel's lens is still reading). */
  const pollForReport = async () => {
    if (polling) return;
    polling = true;
    const until = Date.now() + POLL_FOR_MS;
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const next = await readState(tabId);
      if (next.report) {
        view = { ...view, ...next, scanning: false };
        render();
        announce(next.report.story.matched ? 'StoryLens found the story on this page.' : 'StoryLens read the page: it does not carry the story.');
        polling = false;
        return;
      }
    }
    view = { ...view, scanning: false };
    render();
    polling = false;
  };

  const actions: PopupActions = {
    async reveal(targetItem, n) {
      const r = await browser.runtime.sendMessage({ type: 'reveal', tabId, target: targetItem, n }).catch(() => null);
      return isRevealResult(r) ? r : null;
    },
    async setHighlights(on) {
      view = { ...view, highlightsOn: on };
      return (await browser.runtime.sendMessage({ type: 'set-highlights', tabId, on }).catch(() => false)) === true;
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    openInTab() {
      void browser.tabs.create({ url: browser.runtime.getURL(`popup/popup.html?tab=${tabId}`) }).then(() => {
        if (!target.inTab) window.close();
      });
    },
    scan() {
      view = { ...view, scanning: true };
      render();
      void browser.runtime.sendMessage({ type: 'scan-tab', tabId }).then((ok) => {
        if (ok === false) announce('StoryLens may not read this page. Allow it on this site, or open the popup from the toolbar button on the page.');
      });
      void pollForReport();
    },
    highlightAnyway() {
      view = { ...view, scanning: !view.report };
      void browser.runtime.sendMessage({ type: 'highlight-anyway', tabId }).then((ok) => {
        announce(ok === true ? 'Highlighting the names StoryLens knows.' : 'StoryLens could not run on this page.');
        void pollForReport();
      });
    },
    requestAccess() {
      const host = view.access?.host;
      if (!host) return;
      // No await before this call: Firefox accepts it only straight from the click.
      void browser.permissions.request({ origins: [originPattern(host)] }).then(async (granted) => {
        view = { ...view, access: { host, granted } };
        render();
        if (granted) actions.scan();
        else announce(`StoryLens still has no access to ${host}.`);
      });
    },
    announce,
  };

  function render(): void {
    renderPopup(root!, view, actions, data);
    document.body.dataset.ready = 'true';
  }
  render();
  if (!view.report && view.sentinel?.hit) void pollForReport();
}

void main();
