/**
 * The sentinel: the only StoryLens code that runs on every listed news page (document_idle).
 * It reads a few cheap signals — title, description/og meta, h1, the first few thousand
 * characters of paragraph text — and tests them against the build-time term list. Only when the
 * story's subject AND its Russian context are both named does it ask the background to inject
 * the lens, which makes the real decision. It keeps a cheap watch for text added later (live
 * blogs, single-page sites) until it hits.
 *
 * Why no webextension-polyfill here: the polyfill alone is ~10 KB minified, as large as this
 * whole script, and it would load on every news page. The sentinel needs exactly two calls
 * (storage.sync.get, runtime.sendMessage); Firefox's `browser` and Chrome's MV3 `chrome` both
 * return promises for them when no callback is passed, so a two-line wrapper is enough.
 */
import type { SentinelTerms } from './sentinel-match';
import { readSignals, test, watchAdditions, type SentinelState } from './sentinel-signals';
import { isNeverRun, parseSettings, SETTINGS_KEY } from '../shared/settings';

/** Set by build.mjs from the dataset (see sentinel-terms.ts). */
declare const __STORYLENS_SENTINEL_TERMS__: SentinelTerms;

interface MiniApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
}
const g = globalThis as { browser?: MiniApi; chrome?: MiniApi };
const api: MiniApi | undefined = g.browser ?? g.chrome;

function send(hit: boolean, state: SentinelState): void {
  const reasons = [state.subject && `subject: ${state.subject}`, state.context && `context: ${state.context}`].filter((r): r is string => !!r);
  api?.runtime.sendMessage({ type: 'sentinel', hit, reasons }).catch(() => {
    // The background may be restarting; the page must never see our errors.
  });
}

async function run(): Promise<void> {
  if (!api) return;
  const stored = await api.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  if (!settings.autoDetect || isNeverRun(location.hostname, settings.neverRun)) return;

  if (__STORYLENS_BENCH__) performance.mark('storylens:sentinel:start');
  const terms = __STORYLENS_SENTINEL_TERMS__;
  const state: SentinelState = { subject: null, context: null };
  const hit = test(readSignals(document), terms, state);
  if (__STORYLENS_BENCH__) performance.measure('storylens:sentinel', 'storylens:sentinel:start');
  // A miss is reported too (one small message per page) so the popup can say the page was looked at.
  send(hit, state);
  if (!hit) {
    watchAdditions(document, (text) => {
      const now = test(text, terms, state);
      if (now) send(true, state);
      return now;
    });
  }
}

try {
  run().catch(() => undefined);
} catch {
  // Never throw into the page.
}
