import { createHighlightApiHighlighter } from './highlight-api';
import { createWrapHighlighter } from './wrap';
import type { Highlighter } from './types';

export type { Highlighter, MarkInput } from './types';

/** The Highlight API where the browser has it, else wrapping. */
export function createHighlighter(doc: Document, prefer?: 'wrap'): Highlighter {
  const win = doc.defaultView;
  return (prefer !== 'wrap' && win && createHighlightApiHighlighter(win)) || createWrapHighlighter(doc);
}
