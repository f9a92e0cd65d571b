/**
 * Which highlight is under the pointer. With the Highlight API there are no elements to hover,
 * so the pointer is turned into a caret position (caretPositionFromPoint, or WebKit/Blink's
 * caretRangeFromPoint), the caret into an offset through the text index, and the offset into a
 * mark through a sorted interval lookup. The caret snaps to the nearest character even in empty
 * margins, so the answer is confirmed against the mark's own line boxes.
 */
import type { TextIndex } from '../core/text-index';

export interface MarkSpan {
  id: number;
  start: number;
  end: number;
}

/** Marks of one text index, sorted by start; answers the innermost mark at an offset. */
export class IntervalLookup {
  private readonly spans: MarkSpan[];
  constructor(spans: readonly MarkSpan[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  add(spans: readonly MarkSpan[]): void {
    this.spans.push(...spans);
    this.spans.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The shortest span containing the offset (a name inside a quote wins over the quote). */
  find(offset: number): number | null {
    const s = this.spans;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let best: MarkSpan | null = null;
    // Walk back from the last span starting at or before the offset; nesting is shallow, but a
    // long quote may start many names earlier, so look back a bounded way.
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
      const span = s[i]!;
      if (span.end > offset && (best === null || span.end - span.start < best.end - best.start)) best = span;
    }
    return best?.id ?? null;
  }
}

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The caret position under a viewport point, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True when (x, y) lies inside one of the range's line boxes (with a pixel of slack). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export interface IndexedMarks {
  index: Pick<TextIndex, 'toOffset'>;
  lookup: IntervalLookup;
}

/**
 * The mark under the point, or null. `rangeOf` gives the mark's Range to confirm the hit.
 * The caret is taken "before" the character under the pointer; a caret at a mark's end is
 * tried one character back so the last letter of a name hits too.
 */
export function hitTest(
  doc: Document,
  x: number,
  y: number,
  indexes: readonly IndexedMarks[],
  rangeOf: (id: number) => Range | null,
): number | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const { index, lookup } of indexes) {
    const offset = index.toOffset(caret.node as Text, caret.offset);
    if (offset === null) continue;
    for (const candidate of [offset, offset - 1]) {
      const id = lookup.find(candidate);
      if (id === null) continue;
      const range = rangeOf(id);
      if (range && rangeContainsPoint(range, x, y)) return id;
    }
  }
  return null;
}
