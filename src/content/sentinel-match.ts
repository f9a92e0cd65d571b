/**
 * The sentinel's story test, kept tiny and dependency-free (it ships in the sentinel bundle that
 * runs on every news page). The context's terms come pre-folded from the build (sentinel-terms.ts);
 * the same fold is applied to the page's text here, so both sides agree. The subject's pieces are
 * looked for in the text only lower-cased (firstSet).
 */

/**
 * Two groups: the story needs its subject (Kim Jong Un / North Korea) AND its Russian context.
 * The subject is told by sets of pieces of its names, in the page's text lower-cased (no fold: see
 * firstSet); the context by folded terms.
 */
export interface SentinelTerms {
  subject: string[][];
  context: string[];
}

/**
 * A term group as the test takes it: the build's list, or the same terms joined by '|' as the
 * sentinel bundle carries them (walked with indexOf/slice: no split, see foldForSentinel on why the
 * sentinel keeps off array builtins).
 */
export type TermGroup = readonly string[] | string;
/** The subject's sets: the build's lists, or as the bundle carries them (sets between '|', pieces between '&'). */
export type PieceSets = readonly (readonly string[])[] | string;
export interface CarriedTerms {
  subject: PieceSets;
  context: TermGroup;
}

/**
 * The first of the subject's sets whose every piece the lower-cased text holds, its pieces joined
 * by '+', or null. The pieces are what a page must carry, as it is, to name the subject in any of
 * the dataset's spellings once folded (sentinel-terms.ts subjectPieces), so most pages, which
 * never name the subject, are told without the fold, whose first `normalize` costs 0.2–1 ms.
 */
export function firstSet(lower: string, sets: PieceSets): string | null {
  // The build's lists (tests, the CLI's eval) take the carried form's one walk; the bundle always carries a string.
  if (typeof sets !== 'string') sets = sets.map((set) => set.join('&')).join('|');
  for (let from = 0; from <= sets.length; ) {
    let to = sets.indexOf('|', from);
    if (to === -1) to = sets.length;
    let all = true;
    for (let p = from; p < to && all; ) {
      let q = sets.indexOf('&', p);
      if (q === -1 || q > to) q = to;
      all = lower.includes(sets.slice(p, q));
      p = q + 1;
    }
    if (all) return sets.slice(from, to).replaceAll('&', '+');
    from = to + 1;
  }
  return null;
}

/**
 * Separators that are left after NFKD (which already turns no-break and other compatibility
 * spaces into U+0020): the rest of `\s`, the dashes and the name dots. Each becomes one space.
 */
const SEPARATORS = ['\n', '\t', '\r', '\v', '\f', '-', '\u2010', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00b7', '\u30fb', '\u2027', '\u1680', '\u2028', '\u2029', '\ufeff'];

/**
 * Text without combining marks (U+0300–U+036F). No RegExp on the way: a page's first RegExp costs
 * the sentinel more than the rest of its fold (measured by the benchmark, Chromium and Firefox).
 * The marks present are found in the text's UTF-8 escape (U+0300–U+033F are %CC%80–%CC%BF,
 * U+0340–U+036F %CD%80–%CD%AF; %CC and %CD start no other bytes there but %CD%B0… Greek letters),
 * and each mark found is removed everywhere at once: a page carries only a few different marks.
 */
function stripMarks(text: string): string {
  let escaped: string;
  try {
    escaped = encodeURIComponent(text);
  } catch {
    return text.replace(/[\u0300-\u036f]/g, ''); // a lone surrogate: no escape, the regular way
  }
  for (let i = 0; i < 2; i++) {
    const lead = i === 0 ? '%CC%' : '%CD%';
    let at = escaped.indexOf(lead);
    while (at !== -1) {
      const low = escaped.slice(at + 4, at + 6);
      const code = (i === 0 ? 0x300 : 0x340) + (parseInt(low, 16) & 0x3f);
      if (code > 0x36f) {
        at = escaped.indexOf(lead, at + 6);
        continue;
      }
      text = text.replaceAll(String.fromCharCode(code), '');
      escaped = escaped.replaceAll(lead + low, '');
      at = escaped.indexOf(lead, at);
    }
  }
  return text;
}

/**
 * Lower case, accents stripped (so ё→е, й→и), every dash / name dot / run of spaces → one space.
 * Built of native string calls only (normalize, escape, replaceAll, includes), for the 2,000 or so
 * characters the sentinel reads. Loops here are indexed: in Firefox the first `for…of` in a content
 * script costs ~0.16 ms (the array iterator's set-up), as do the first calls of array methods
 * such as `every` or `filter`.
 */
export function foldForSentinel(text: string): string {
  let folded = stripMarks(text.normalize('NFKD')).toLowerCase();
  for (let i = 0; i < SEPARATORS.length; i++) if (folded.includes(SEPARATORS[i]!)) folded = folded.replaceAll(SEPARATORS[i]!, ' ');
  while (folded.includes('  ')) folded = folded.replaceAll('  ', ' ');
  return folded;
}

/** [a-z0-9\u00df-\u024f], by code (no RegExp on the sentinel's path). */
const isLatin = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xdf && code <= 0x24f);

/**
 * One term in folded text. A term with "+" is a set of Cyrillic word stems that must all occur
 * (Russian declines every word of a name, so "Северной Кореи" must still meet "северн+коре").
 * Latin terms must start on a word boundary; short ones (Kim, DPRK) must also end on one, longer
 * ones may run on ("Putins", "Russian": the lens makes the real decision).
 */
export function hasTerm(text: string, term: string): boolean {
  if (term.includes('+')) {
    for (let from = 0; ; ) {
      const to = term.indexOf('+', from);
      if (!text.includes(to === -1 ? term.slice(from) : term.slice(from, to))) return false;
      if (to === -1) return true;
      from = to + 1;
    }
  }
  const latin = isLatin(term.charCodeAt(0));
  let at = text.indexOf(term);
  while (at !== -1) {
    if (!latin) return true;
    // Out of range, charCodeAt gives NaN: no letter, like the text's edge.
    if (!isLatin(text.charCodeAt(at - 1)) && (term.length >= 5 || !isLatin(text.charCodeAt(at + term.length)))) return true;
    at = text.indexOf(term, at + 1);
  }
  return false;
}

/**
 * Whether every text in which `term` matches also matches `by`, so the build may drop `term`
 * (sentinel-terms.ts compacts the list with it; the bundle tree-shakes it away).
 */
export function coveredBy(term: string, by: string): boolean {
  if (by.includes('+') || !isLatin(by.charCodeAt(0))) {
    // `by`'s pieces match anywhere: each must lie inside one of the term's pieces.
    const pieces = term.split('+');
    return by.split('+').every((piece) => pieces.some((p) => p.includes(piece)));
  }
  // A Latin `by` must match inside the plain term itself; a long term may run on into a letter
  // on the page, so a short `by` at its very end does not count as ending on a word boundary.
  return !term.includes('+') && hasTerm(term.length >= 5 ? `${term}a` : term, by);
}

/** The first term of the group found in the text, or null. */
export function firstTerm(text: string, terms: TermGroup): string | null {
  if (typeof terms !== 'string') {
    for (let i = 0; i < terms.length; i++) if (hasTerm(text, terms[i]!)) return terms[i]!;
    return null;
  }
  for (let from = 0; from < terms.length; ) {
    let to = terms.indexOf('|', from);
    if (to === -1) to = terms.length;
    const term = terms.slice(from, to);
    if (hasTerm(text, term)) return term;
    from = to + 1;
  }
  return null;
}
