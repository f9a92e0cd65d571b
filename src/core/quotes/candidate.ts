/** A quotation found by marks, by a <q> element or by a <blockquote>, before attribution. */
import type { Span } from '../types';

export type QuoteSource = 'marks' | 'q' | 'blockquote';

export interface QuoteCandidate extends Span {
  /** Start of the opening mark (or of the element). */
  open: number;
  /** End of the closing mark (or of the element). */
  closeEnd: number;
  source: QuoteSource;
  /** The "— Victor Cha" line closing a blockquote: its attribution. */
  byline?: Span;
}
