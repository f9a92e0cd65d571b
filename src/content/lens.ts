/**
 * The lens entry point, injected by the background (scripting.executeScript) into a tab whose
 * sentinel hit, or where the user asked from the toolbar. Idempotent: a second injection into the
 * same page only re-sends the report. Every entry point is wrapped: the page never sees our errors.
 */
import browser from 'webextension-polyfill';
import { analyzeDocument } from '../core/analyze-document';
import { analyzeText } from '../core/analyze-text';
import { buildTextIndex } from '../core/text-index';
import { dataset } from '../data/index';
import { parseLensMessage, type LensReport } from '../shared/messages';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';
import { createLens, type Lens } from './lens-controller';

const GLOBAL_KEY = '__storylensLens';
type Holder = { [GLOBAL_KEY]?: Lens };
const holder = globalThis as Holder;

function report(r: LensReport): void {
  browser.runtime.sendMessage({ type: 'lens-report', report: r }).catch(() => undefined);
}

async function main(): Promise<void> {
  const existing = holder[GLOBAL_KEY];
  if (existing?.active) {
    existing.rereport();
    return;
  }
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const lens = createLens({
    doc: document,
    url: location.href,
    dataset,
    settings: parseSettings(stored[SETTINGS_KEY]),
    analyzeDocument: (doc) =>
      analyzeDocument(doc, { url: location.href, dataset, onPhase: __STORYLENS_BENCH__ ? (p) => performance.mark(`storylens:${p}`) : undefined }),
    analyzeNodes: (nodes, page) => {
      const index = buildTextIndex(nodes);
      if (!index.text.trim()) return null;
      const meta = { url: page.url, title: page.title, site: page.site, lang: page.lang, published: page.published };
      return { analysis: analyzeText({ text: index.text, blocks: index.blocks, meta, dataset }), index };
    },
    report,
  });
  holder[GLOBAL_KEY] = lens;

  const onMessage = (raw: unknown): Promise<boolean> | undefined => {
    const msg = parseLensMessage(raw);
    if (!msg) return undefined;
    try {
      if (msg.type === 'lens-step') lens.step(msg.direction);
      else {
        lens.teardown();
        browser.runtime.onMessage.removeListener(onMessage);
        delete holder[GLOBAL_KEY];
      }
    } catch {
      // never into the page
    }
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  await lens.start();
}

try {
  main().catch(() => undefined);
} catch {
  // Never throw into the page.
}
