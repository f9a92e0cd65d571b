/**
 * Sentence bounds inside a region, with quotations masked: a full stop inside a quote does not
 * end the sentence around it, except when the quote itself ends a sentence ("We are ready." He …).
 */
import { isSpace, isUncased, isUpper, TERMINAL } from './chars';
import { FAMILY } from './marks';
import type { Span } from '../types';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col sgt capt adm maj gov sen rep st jr sr prof no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e approx dept est fig inc corp co ltd'.split(' '),
);

function isAbbreviation(text: string, dot: number, from: number): boolean {
  let s = dot;
  while (s > from && !isSpace(text[s - 1]) && text[s - 1] !== '(') s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && isUpper(text[s])) return true; // an initial: "Kim J. Un"
  return ABBREVIATIONS.has(word);
}

/** A sentence can begin here: capital, digit, uncased script or an opening mark. */
function startsSentence(c: string | undefined): boolean {
  if (c === undefined) return true;
  return isUpper(c) || /\p{N}/u.test(c) || isUncased(c) || FAMILY[c] !== undefined || '(—–-['.includes(c);
}

/**
 * Offsets where sentences start in [region.start, region.end). `masks` are the quotations in the
 * region (open mark to after the close mark), sorted by start.
 */
export function sentenceStarts(text: string, region: Span, masks: readonly Span[]): number[] {
  const starts = [region.start];
  let mask = 0;
  for (let i = region.start; i < region.end; i++) {
    while (mask < masks.length && (masks[mask] as Span).end <= i) mask++;
    const m = masks[mask];
    if (m && m.start <= i) {
      // jump over the quotation; it ends the sentence when it closes on terminal punctuation
      const close = m.end;
      let k = close - 1;
      while (k > m.start && isSpace(text[k - 1])) k--;
      const last = text[k - 1];
      let j = close;
      while (j < region.end && isSpace(text[j])) j++;
      const cjkStop = last === '。' || last === '！' || last === '？';
      if (last !== undefined && TERMINAL.has(last) && (j > close || cjkStop) && j < region.end && startsSentence(text[j])) starts.push(j);
      i = close - 1;
      continue;
    }
    const c = text[i] as string;
    if (!TERMINAL.has(c)) continue;
    if (c === '。' || c === '！' || c === '？') {
      if (i + 1 < region.end) starts.push(i + 1);
      continue;
    }
    let j = i + 1;
    while (j < region.end && TERMINAL.has(text[j] as string)) j++;
    if (j >= region.end || !isSpace(text[j])) continue;
    while (j < region.end && isSpace(text[j])) j++;
    if (j >= region.end || !startsSentence(text[j])) continue;
    if (c === '.' && isAbbreviation(text, i, region.start)) continue;
    starts.push(j);
    i = j - 1;
  }
  return starts;
}

/** The [start, end) of the sentence holding pos, from a sorted list of sentence starts. */
export function sentenceAt(starts: readonly number[], regionEnd: number, pos: number): Span {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo] as number, end: lo + 1 < starts.length ? (starts[lo + 1] as number) : regionEnd };
}
