/** Runs the analysis core on an HTML string under jsdom: the same core the content script runs. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument } from '../core/analyze-document';
import type { Dataset } from '../data/schema';
import type { Analysis } from '../core/types';
import { capNesting } from './deep-html';

export function parseHtml(html: string, url: string | null): Document {
  // Page scripts never run (jsdom's default); a silent console keeps CSS parse noise out of our output.
  const dom = new JSDOM(capNesting(html), { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  return dom.window.document;
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
