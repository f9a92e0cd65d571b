/**
 * The whole analysis of one page: find the article, index its text, read the page's metadata,
 * and hand the text to the pure text analysis. Takes the Document as a parameter, so the same
 * call serves the content script (live page) and the CLI (jsdom).
 */
import type { Dataset } from '../data/schema';
import type { Analysis, PageMeta } from './types';
import { analyzeText } from './analyze-text';
import { buildArticleIndex } from './extract';
import { readMetadata } from './metadata';
import type { TextIndex } from './text-index';

export interface AnalyzeDocumentOptions {
  /** The page's address when the Document does not know it (a file read by the CLI). */
  url?: string | null;
  dataset: Dataset;
}

/** The DOM half: the article's text index and the page's metadata. What analyzeText needs, and no more. */
export function extractDocument(doc: Document, opts: { url?: string | null }): { index: TextIndex; meta: PageMeta } {
  const { index, root } = buildArticleIndex(doc);
  const meta = readMetadata(doc, { url: opts.url ?? null, text: index.text, article: root });
  return { index, meta };
}

export function analyzeDocument(doc: Document, opts: AnalyzeDocumentOptions): { analysis: Analysis; index: TextIndex } {
  const { index, meta } = extractDocument(doc, opts);
  const analysis = analyzeText({ text: index.text, blocks: index.blocks, meta, dataset: opts.dataset });
  return { analysis, index };
}
