/**
 * The lens entry point, injected by the background (scripting.executeScript) into a tab whose
 * sentinel hit, or where the user asked from the toolbar. Idempotent: a second injection into the
 * same page only re-sends the report. Every entry point is wrapped: the page never sees our errors.
 */
import browser from 'webextension-polyfill';
import { extractDocument } from '../core/analyze-document';
import { analyzeText } from '../core/analyze-text';
import type { Analysis, PageMeta } from '../core/types';
import type { TextIndex } from '../core/text-index';
import { buildTextIndex } from '../core/text-index';
import { dataset } from '../data/index';
import { parseLensMessage, type LensReport } from '../shared/messages';
import { parseSettings, SETTINGS_KEY, settingsFromChange } from '../shared/settings';
import { createLens, type Lens } from './lens-controller';
import { handleLensMessage } from './lens-messages';

const GLOBAL_KEY = '__storylensLens';
type Holder = { [GLOBAL_KEY]?: Promise<Lens | null> };
const holder = globalThis as Holder;

function report(r: LensReport): void {
  browser.runtime.sendMessage({ type: 'lens-report', report: r }).catch(() => undefined);
}

/**
 * The page's main thread only finds the article; the pure text analysis runs in the background
 * (no long task in the page). Should the background not answer — it is being updated, or the
 * message fails — the same analysis runs here instead.
 */
async function analyzePage(doc: Document): Promise<{ analysis: Analysis; index: TextIndex }> {
  const { index, meta } = extractDocument(doc, { url: location.href });
  if (__STORYLENS_BENCH__) performance.mark('storylens:extracted');
  const input = { text: index.text, blocks: index.blocks, meta };
  const remote = await browser.runtime.sendMessage({ type: 'analyze-text', ...input }).catch(() => null);
  const analysis = isAnalysisReply(remote) ? { ...remote, text: index.text } : analyzeText({ ...input, dataset });
  return { analysis, index };
}

/** The background is ours, but a reply is still checked before the lens builds on it. */
function isAnalysisReply(v: unknown): v is Omit<Analysis, 'text'> & PageMeta {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<Analysis>;
  return typeof r.story === 'object' && r.story !== null && typeof r.story.matched === 'boolean' && Array.isArray(r.entities) && Array.isArray(r.quotes);
}

async function startLens(): Promise<Lens> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const lens = createLens({
    doc: document,
    url: location.href,
    dataset,
    settings: parseSettings(stored[SETTINGS_KEY]),
    analyzeDocument: analyzePage,
    analyzeNodes: (nodes, page) => {
      const index = buildTextIndex(nodes);
      if (!index.text.trim()) return null;
      const meta = { url: page.url, title: page.title, site: page.site, lang: page.lang, published: page.published };
      return { analysis: analyzeText({ text: index.text, blocks: index.blocks, meta, dataset }), index };
    },
    report,
  });
  // Messages wait behind this promise: they find the analysis and the highlights in place.
  await lens.start().catch(() => undefined);
  return lens;
}

function main(): void {
  const existing = holder[GLOBAL_KEY];
  if (existing) {
    void existing.then((lens) => lens?.rereport());
    return;
  }
  const ready = startLens().catch(() => null);
  holder[GLOBAL_KEY] = ready;

  const forget = (): void => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
    delete holder[GLOBAL_KEY];
  };
  // Listening before the settings are read: the background may speak (lens-force right after
  // injecting) before the lens exists.
  function onMessage(raw: unknown): Promise<unknown> | undefined {
    return handleLensMessageWhenReady(ready, raw, forget);
  }
  // Settings changed on the options page reach this open page at once.
  function onStorage(changes: Record<string, browser.Storage.StorageChange>, area: string): void {
    const next = settingsFromChange(changes, area);
    if (next) void ready.then((lens) => lens?.applySettings(next)).catch(() => undefined);
  }
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
}

/** Answers only the lens's own messages (checked before waiting, so others are never held up). */
function handleLensMessageWhenReady(ready: Promise<Lens | null>, raw: unknown, forget: () => void): Promise<unknown> | undefined {
  if (parseLensMessage(raw) === null) return undefined;
  return ready.then((lens) => (lens ? handleLensMessage(lens, raw, forget) : undefined) ?? false).catch(() => false);
}

try {
  main();
} catch {
  // Never throw into the page.
}
