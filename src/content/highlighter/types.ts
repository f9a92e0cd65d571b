/**
 * One interface, two backends: the CSS Custom Highlight API (nothing in the page changes) where
 * the browser has it, else wrapping text in our own <storylens-mark> elements.
 */
import type { HighlightKind } from '../../shared/settings';
import type { TextIndex } from '../../core/text-index';

/** What a backend needs of the text index: live Ranges, or the original text nodes under an offset span. */
export type IndexLike = Pick<TextIndex, 'toRange' | 'segments'>;

export interface MarkInput {
  /** Our id for the mark (index into the lens's mark list); the hit test answers with it. */
  id: number;
  kind: HighlightKind;
  /** Offsets into index.text. */
  start: number;
  end: number;
  index: IndexLike;
}

export interface Highlighter {
  readonly name: 'highlight-api' | 'wrap';
  /** Adds marks; may be called many times (in chunks). */
  add(marks: readonly MarkInput[]): void;
  /** The mark under a DOM position, for backends that know it directly (wrap); else null. */
  markAt(target: EventTarget | null): number | null;
  /** Takes these marks off the page (a kind switched off); clear() still undoes everything. */
  remove(ids: readonly number[]): void;
  /** A Range to scroll to / place the card against for mark `id`. */
  rangeOf(id: number): Range | null;
  /**
   * Marks `range` (mark `id`) as the one the reader just asked for, on top of its own colour, or
   * (null) takes that mark away. Leaves nothing behind once taken away.
   */
  flash(target: { id: number; range: Range } | null): void;
  /** Removes every highlight and every trace of them. */
  clear(): void;
}

export const HIGHLIGHT_PREFIX = 'storylens-';
export const MARK_TAG = 'storylens-mark';
/** The Highlight API name, and the wrap backend's attribute, of a mark being flashed. */
export const FLASH_NAME = 'storylens-flash';
export const FLASH_ATTR = 'data-sl-flash';
