/**
 * Quotations given by markup rather than marks: <blockquote> (the whole block, kind "block") and
 * <q> (browsers draw its marks with CSS, so textContent has none: the element is the quote).
 */
import type { Block } from '../types';
import { skipSpaceBackward, skipSpaceForward } from './chars';
import type { QuoteCandidate } from './candidate';
import { FAMILY } from './marks';
import type { MarkedSpan } from './spans';

const DASH_LINE = /^[—–―-]\s*/u;

function outermost(blocks: readonly Block[], tag: string): Block[] {
  const list = blocks.filter((b) => b.tag.toLowerCase() === tag && b.end > b.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Block[] = [];
  for (const b of list) {
    const last = out[out.length - 1];
    if (last && b.start < last.end) continue;
    out.push(b);
  }
  return out;
}

/** A pull quote typed with its own marks: the quote is what lies inside them. */
function stripWrappingMarks(text: string, start: number, end: number): [number, number] {
  const first = text[start];
  const last = text[end - 1];
  if (end - start > 2 && first !== undefined && last !== undefined && FAMILY[first] !== undefined && FAMILY[first] === FAMILY[last]) {
    const s = skipSpaceForward(text, start + 1, end - 1);
    const e = skipSpaceBackward(text, end - 1, s);
    const inner = text.slice(s, e);
    // only when no mark of the family closes earlier: «a» et «b» is two quotes, not one
    if (![...inner].some((c) => FAMILY[c] === FAMILY[first] && c !== first)) return [s, e];
  }
  return [start, end];
}

export function blockquoteCandidates(text: string, blocks: readonly Block[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const b of outermost(blocks, 'blockquote')) {
    const first = skipSpaceForward(text, b.start, b.end);
    let last = skipSpaceBackward(text, b.end, first);
    let byline: QuoteCandidate['byline'];
    // a last line "— Name" is the attribution, not part of the quote
    const lastBreak = text.lastIndexOf('\n', last - 1);
    if (lastBreak > first) {
      const dash = DASH_LINE.exec(text.slice(lastBreak + 1, last));
      if (dash) {
        byline = { start: lastBreak + 1 + dash[0].length, end: last };
        last = skipSpaceBackward(text, lastBreak, first);
      }
    }
    const [start, end] = stripWrappingMarks(text, first, last);
    if (end > start) out.push({ start, end, open: b.start, closeEnd: b.end, source: 'blockquote', ...(byline ? { byline } : {}) });
  }
  return out;
}

export function qCandidates(text: string, blocks: readonly Block[], marked: readonly MarkedSpan[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const b of outermost(blocks, 'q')) {
    const start = skipSpaceForward(text, b.start, b.end);
    const end = skipSpaceBackward(text, b.end, start);
    if (end <= start) continue;
    // the page typed marks inside the <q> as well: the marked span already is this quote
    const dup = marked.some((m) => m.open >= b.start - 1 && m.closeEnd <= b.end + 1 && (m.end - m.start) * 5 >= (end - start) * 4);
    if (dup) continue;
    out.push({ start, end, open: b.start, closeEnd: b.end, source: 'q' });
  }
  return out;
}

