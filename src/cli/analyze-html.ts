/** Runs the analysis core on an HTML string under jsdom: the same core the content script runs. */
import { JSDOM, VirtualConsole, type DOMWindow } from 'jsdom';
import { analyzeDocument } from '../core/analyze-document';
import type { Dataset } from '../data/schema';
import type { Analysis } from '../core/types';
import { capNesting } from './deep-html';

/**
 * One jsdom window per page address, kept for the next page with the same address (usually: all
 * files analysed without --url). A new window costs ~10 ms (jsdom installs every DOM interface);
 * parsing into a Document with the window's DOMParser costs ~4 ms for a news page.
 */
let shared: { url: string | null; window: DOMWindow; parser: DOMParser } | null = null;

function parserFor(url: string | null): DOMParser {
  if (!shared || shared.url !== url) {
    shared?.window.close();
    // Page scripts never run (jsdom's default); a silent console keeps CSS parse noise out of our output.
    const { window } = new JSDOM('', { url: url ?? undefined, virtualConsole: new VirtualConsole() });
    shared = { url, window, parser: new window.DOMParser() };
  }
  return shared.parser;
}

/** The page as a Document whose URL is `url` (the parser window's own address). */
export function parseHtml(html: string, url: string | null): Document {
  return parserFor(url).parseFromString(capNesting(html), 'text/html');
}

export function analyzeHtml(html: string, url: string | null, dataset: Dataset): Analysis {
  const doc = parseHtml(html, url);
  try {
    return analyzeDocument(doc, { url, dataset }).analysis;
  } finally {
    doc.defaultView?.close();
  }
}

/** The JSON line `storylens analyze --json` prints for one input, keys in the documented order. */
export function toJsonRecord(file: string, a: Analysis): Record<string, unknown> {
  return {
    file,
    url: a.url,
    title: a.title,
    site: a.site,
    lang: a.lang,
    published: a.published,
    story: a.story,
    entities: a.entities,
    quotes: a.quotes,
    text: a.text,
  };
}
