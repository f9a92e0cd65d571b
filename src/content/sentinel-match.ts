/**
 * The sentinel's story test, kept tiny and dependency-free (it ships in the sentinel bundle that
 * runs on every news page). Terms come pre-folded from the build (sentinel-terms.ts); the same
 * fold is applied to the page's text here, so both sides agree.
 */

/** Two groups: the story needs its subject (Kim Jong Un / North Korea) AND its Russian context. */
export interface SentinelTerms {
  subject: string[];
  context: string[];
}

/**
 * Lower case, accents stripped, ё→е, every dash / name dot / run of spaces → one space.
 * Cheap enough for the few thousand characters the sentinel reads.
 */
export function foldForSentinel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2010-\u2015\u2212\u00b7\u30fb\uff65\u2027-]+/g, ' ');
}

const LATIN_LETTER = /[a-z0-9\u00df-\u024f]/;

/**
 * One term in folded text. A term with "+" is a set of Cyrillic word stems that must all occur
 * (Russian declines every word of a name, so "Северной Кореи" must still meet "северн+коре").
 * Latin terms must start on a word boundary; short ones (Kim, DPRK) must also end on one, longer
 * ones may run on ("Putins", "Russian": the lens makes the real decision).
 */
export function hasTerm(text: string, term: string): boolean {
  if (term.includes('+')) return term.split('+').every((stem) => text.includes(stem));
  const latin = LATIN_LETTER.test(term.charAt(0));
  let at = text.indexOf(term);
  while (at !== -1) {
    if (!latin) return true;
    const before = at === 0 ? ' ' : text.charAt(at - 1);
    const after = text.charAt(at + term.length) || ' ';
    if (!LATIN_LETTER.test(before) && (term.length >= 5 || !LATIN_LETTER.test(after))) return true;
    at = text.indexOf(term, at + 1);
  }
  return false;
}

/**
 * Whether every text in which `term` matches also matches `by`, so the build may drop `term`
 * (sentinel-terms.ts compacts the list with it; the bundle tree-shakes it away).
 */
export function coveredBy(term: string, by: string): boolean {
  if (by.includes('+') || !LATIN_LETTER.test(by.charAt(0))) {
    // `by`'s pieces match anywhere: each must lie inside one of the term's pieces.
    const pieces = term.split('+');
    return by.split('+').every((piece) => pieces.some((p) => p.includes(piece)));
  }
  // A Latin `by` must match inside the plain term itself; a long term may run on into a letter
  // on the page, so a short `by` at its very end does not count as ending on a word boundary.
  return !term.includes('+') && hasTerm(term.length >= 5 ? `${term}a` : term, by);
}

/** The first term of the group found in the text, or null. */
export function firstTerm(text: string, terms: readonly string[]): string | null {
  for (const t of terms) if (hasTerm(text, t)) return t;
  return null;
}
