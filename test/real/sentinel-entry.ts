/**
 * Bundled by sentinel-recall.mjs: the sentinel's decision and the lens's verdict on one page, in
 * process. The sentinel side is the shipped code path of src/content/sentinel.ts (leaveEarly, then
 * test() on readSignals()) with the term list build.mjs derives, run on a jsdom window of its own
 * (a top-level text/html page, as the browser gives the content script).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeHtml } from '../../src/cli/analyze-html';
import { deriveSentinelTerms } from '../../src/content/sentinel-terms';
import { leaveEarly, readSignals, test, type SentinelState } from '../../src/content/sentinel-signals';
import { dataset } from '../../src/data/index';

const terms = deriveSentinelTerms(dataset);
export const termBytes = Buffer.byteLength(JSON.stringify(terms));

export interface SentinelVerdict {
  /** Why it left without reading the text, or null. */
  left: string | null;
  hit: boolean;
  subject: string | null;
  context: string | null;
}

export function sentinelVerdict(html: string, url: string | null): SentinelVerdict {
  const { window } = new JSDOM(html, { url: url ?? undefined, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  try {
    const doc = window.document;
    const left = leaveEarly(doc, window as unknown as Window);
    if (left !== null) return { left, hit: false, subject: null, context: null };
    const state: SentinelState = { subject: null, context: null };
    const hit = test(readSignals(doc), terms, state);
    return { left, hit, subject: state.subject, context: state.context };
  } finally {
    window.close();
  }
}

/** The lens's verdict as `storylens analyze --json` gives it (the shared scorer passes no URL). */
export function lensMatches(html: string): boolean {
  return analyzeHtml(html, null, dataset).story.matched;
}
