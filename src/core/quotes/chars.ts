/** Character classes shared by the quote finder. Single-character tests, no allocation. */

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
/** Scripts without letter case (Hangul, kana, CJK ideographs, …): "starts upper" does not apply. */
const UNCASED_LETTER = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Arabic}]/u;
/** Scripts written without spaces between words: word counts become character counts. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
export const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);
export const isUpper = (c: string | undefined): boolean => c !== undefined && UPPER.test(c);
export const isLower = (c: string | undefined): boolean => c !== undefined && LOWER.test(c);
/** Undefined (outside the text) counts as space: marks at a block edge are flanked by nothing. */
export const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
export const isUncased = (c: string | undefined): boolean => c !== undefined && UNCASED_LETTER.test(c);
export const isUnspaced = (c: string | undefined): boolean => c !== undefined && UNSPACED.test(c);

/** Sentence-final punctuation, Latin and CJK. */
export const TERMINAL = new Set(['.', '!', '?', '…', '。', '！', '？']);

/** Number of words in a phrase; for scripts without spaces, characters per two count as a word. */
export function wordCount(s: string): number {
  const trimmed = s.trim();
  if (trimmed === '') return 0;
  let unspaced = 0;
  for (const c of trimmed) if (isUnspaced(c)) unspaced++;
  if (unspaced > trimmed.length / 2) return Math.ceil(unspaced / 2);
  return trimmed.split(/\s+/u).length;
}

/** Index of the first non-space character at or after i (bounded by end). */
export function skipSpaceForward(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/** Index just after the last non-space character before i (bounded by start). */
export function skipSpaceBackward(text: string, i: number, start: number): number {
  while (i > start && isSpace(text[i - 1])) i--;
  return i;
}
