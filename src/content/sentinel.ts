/**
 * The sentinel: the only StoryLens code that runs on every page (document_idle; the background
 * registers it for the pages the user's mode covers, see background/registration.ts). It first
 * leaves at once, reading no text, on frames, editable and app pages and pages that are not
 * articles (no article markup and little prose: sentinel-signals.ts leaveEarly). On a page that
 * could carry the story it reads a few cheap signals — title, description/og meta, h1, the first
 * 2,000 characters of meta and paragraph text — and tests them against the build-time term list.
 * Only when the story's subject AND its Russian context are both named does it ask the background
 * to inject the lens, which makes the real decision. It keeps a cheap watch for text added later
 * (live blogs, single-page sites) until it hits.
 *
 * It reads no settings: the mode and the never-run sites are the registration's (the sentinel is
 * not started where the user does not want it), and the background checks them again on a hit.
 * Everything here is synchronous, so its whole cost is one short slice of the page's time.
 *
 * A miss sends nothing: the first touch of the extension API in a page builds its bindings
 * (measured at 2 ms in Chromium, 15 ms in Firefox), more than the whole rest of the sentinel. The
 * verdict stays in the extension's own world (the page cannot see it), where the background reads
 * it when the popup asks (background/sentinel-verdict.ts). The same value makes a second run in
 * one document (the background's catch-up injection after install) a no-op.
 *
 * Why no webextension-polyfill here: the polyfill alone is ~10 KB minified, as large as this
 * whole script, and it would load on every page. The sentinel needs one call
 * (runtime.sendMessage); Firefox's `browser` and Chrome's MV3 `chrome` both return promises for it.
 */
import { SENTINEL_VERDICT_KEY, type SentinelVerdict } from '../shared/sentinel-verdict';
import type { CarriedTerms } from './sentinel-match';
import { leaveEarly, readSignals, test, watchAdditions, type SentinelState } from './sentinel-signals';

/**
 * Set by build.mjs from the dataset (see sentinel-terms.ts): the subject's sets of pieces (sets
 * between '|', pieces between '&'), the context's terms joined by '|'.
 */
declare const __STORYLENS_SENTINEL_SUBJECT__: string;
declare const __STORYLENS_SENTINEL_CONTEXT__: string;

interface MiniApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
/**
 * The extension API, looked up only when there is something to send: the first touch of
 * `chrome` / `browser` in a content script builds the browser's API bindings for the page (measured
 * at milliseconds), which pages that leave early never need.
 */
function extensionApi(): MiniApi | undefined {
  const g = globalThis as { browser?: MiniApi; chrome?: MiniApi };
  return g.browser ?? g.chrome;
}

type OwnWorld = Record<typeof SENTINEL_VERDICT_KEY, SentinelVerdict | undefined>;
const ownWorld = globalThis as unknown as OwnWorld;

/** Keeps the verdict for the popup; a hit is also sent, so the background injects the lens. */
function settle(hit: boolean, state: SentinelState): void {
  // No array methods or for…of on the way (their first use costs in Firefox, see sentinel-match.ts).
  const reasons: string[] = [];
  if (state.subject) reasons.push(`subject: ${state.subject}`);
  if (state.context) reasons.push(`context: ${state.context}`);
  ownWorld[SENTINEL_VERDICT_KEY] = { hit, reasons };
  if (!hit) return;
  extensionApi()?.runtime.sendMessage({ type: 'sentinel', hit, reasons }).catch(() => {
    // The background may be restarting; the page must never see our errors.
  });
}

/**
 * The term list as build.mjs put it in: each group one '|'-delimited string (the subject's pieces
 * joined by '&' within each set), walked in place (no JSON.parse, no split). The ~160 context
 * terms are tried only once the subject is seen, which most pages never name. Each group's literal
 * sits in its own getter, so the engine takes it in (interns the few KB) only when first asked:
 * not on pages that leave early, and the context list only on pages that name the subject.
 */
const sentinelTerms: CarriedTerms = {
  get subject(): string {
    return __STORYLENS_SENTINEL_SUBJECT__;
  },
  get context(): string {
    return __STORYLENS_SENTINEL_CONTEXT__;
  },
};

function run(): void {
  if (ownWorld[SENTINEL_VERDICT_KEY] !== undefined) return; // already ran in this document
  if (leaveEarly(document, window) !== null) {
    if (__STORYLENS_BENCH__) performance.measure('storylens:cs', 'storylens:cs:start');
    return;
  }
  if (__STORYLENS_BENCH__) {
    performance.measure('storylens:cs:leave', 'storylens:cs:start');
    performance.mark('storylens:sentinel:start');
  }
  const state: SentinelState = { subject: null, context: null };
  const signals = readSignals(document);
  if (__STORYLENS_BENCH__) performance.measure('storylens:sentinel:read', 'storylens:sentinel:start');
  const hit = test(signals, sentinelTerms, state);
  if (__STORYLENS_BENCH__) performance.measure('storylens:sentinel', 'storylens:sentinel:start');
  settle(hit, state);
  if (!hit) {
    watchAdditions(document, (text) => {
      const now = test(text, sentinelTerms, state);
      if (now) settle(true, state);
      return now;
    });
  }
  if (__STORYLENS_BENCH__) performance.measure('storylens:cs', 'storylens:cs:start');
}

try {
  run();
} catch {
  // Never throw into the page.
}
