/**
 * BUILD TIME ONLY (build.mjs bundles and runs this, then defines the sentinel's
 * __STORYLENS_SENTINEL_SUBJECT__ and _CONTEXT__): the compact term list the sentinel tests pages
 * against, derived from the dataset so a name added to the data reaches the sentinel without
 * touching its code.
 *
 * Subject: every name of Kim Jong Un and of North Korea, in all languages, but the state's formal
 * names, as the pieces a page must hold to name it (subjectPieces: told without the fold).
 * Context: the story's Russian side — Putin, Shoigu, Russia, the Kremlin, the Far East and
 * Vostochny in all languages, and in Russian every place on the story's route and timeline (where
 * each day happened) except the North Korean ones (Kim + Pyongyang is every North Korea story).
 * Generous where it matters: the sentinel only decides whether the lens looks closer, and the dev
 * corpus (`npm run eval:sentinel`) must keep every story page the lens matches.
 */
import type { Dataset, Entity } from '../data/schema';
import { coveredBy, foldForSentinel, type SentinelTerms } from './sentinel-match';

export const SUBJECT_IDS = ['kim-jong-un', 'north-korea'];
export const CONTEXT_IDS = ['vladimir-putin', 'sergei-shoigu', 'russia', 'kremlin', 'russian-far-east', 'vostochny-cosmodrome'];
/** Places on the route that are in North Korea or too general to say "Russia". */
const NOT_CONTEXT = new Set(['pyongyang', 'tumangang', 'kumsusan', 'north-korea', 'south-korea', 'seoul', 'kim-jong-un']);

const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_ENDING = /[аеийоуыьэюя]+$/;

/** A folded term as the sentinel matches it (see hasTerm). */
export function sentinelTerm(raw: string): string | null {
  const folded = foldForSentinel(raw).trim();
  if (folded.length < 2) return null;
  if (!CYRILLIC.test(folded)) return /^[a-z]/.test(folded) && folded.length < 3 ? null : folded;
  // Russian declension: stem each word, keep the stems of 3+ letters, require them all.
  const kept = stems(folded.split(' '));
  return kept.length === 0 ? null : kept.join('+');
}

/** Cyrillic words as the sentinel requires them: each stem of 3+ letters, its case ending cut. */
const stems = (words: readonly string[]): string[] => words.map((w) => (w.length >= 5 ? w.replace(CYRILLIC_ENDING, '') : w)).filter((w) => w.length >= 3);

function namesOf(e: Entity, langs?: readonly string[]): string[] {
  const out: string[] = [];
  for (const group of [e.aliases, e.short ?? {}]) {
    for (const [lang, list] of Object.entries(group)) if (list && (!langs || langs.includes(lang))) out.push(...list);
  }
  return out;
}

/** Drop terms that contain another term of the group: the shorter one already matches there. */
function compact(terms: Iterable<string>): string[] {
  const unique = [...new Set(terms)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const t of unique) {
    if (kept.some((k) => coveredBy(t, k))) continue;
    kept.push(t);
  }
  return kept;
}

/**
 * The languages in which a page may name a stop of the trip without naming Russia: Russia's own
 * (its outlets write "in Komsomolsk-on-Amur", not "in Russia"). Elsewhere coverage names Russia,
 * Putin or the Far East within its opening paragraphs, which the context's other terms catch.
 */
const ROUTE_LANGS: readonly string[] = ['ru'];

/**
 * Whether a character reads the same on a page, lower-cased, as after the sentinel's fold:
 * unchanged by NFKD (no accent, no compatibility form), or a Hangul syllable or kana (NFKD takes
 * them apart; pages write them whole).
 */
function foldStable(ch: string): boolean {
  return ch.normalize('NFKD') === ch || /[\uac00-\ud7af\u3040-\u30ff]/.test(ch);
}

/** A name's words, lower-cased as written: split where the sentinel's fold puts a space. */
function wordsOf(name: string): string[] {
  let spaced = '';
  for (const ch of name.toLowerCase()) spaced += foldForSentinel(ch).trim() === '' ? ' ' : ch;
  return spaced.split(' ').filter((w) => w !== '');
}

/** Every character in the Latin range (ASCII to Latin Extended-B): such pieces need three letters to tell a page by. */
const inLatinRange = (piece: string): boolean => /^[\x00-\u024f]+$/.test(piece);

/**
 * What a page must hold, lower-cased, to name `name` in any spelling the fold would make the same
 * (the sentinel's subject test, firstSet): the runs of fold-stable characters in its words (in
 * Cyrillic, in the stems the term keeps, as the name declines), Latin runs of three letters or
 * more. An accent ("Corée") breaks a run, so a page that writes the name without it ("Coree")
 * still holds every piece; a page that adds an accent the dataset's spellings do not have is
 * the case given up.
 */
export function subjectPieces(name: string): string[] {
  const lower = name.toLowerCase().trim();
  const words = CYRILLIC.test(lower) ? stems(wordsOf(lower)) : wordsOf(lower);
  const pieces: string[] = [];
  for (const word of words) {
    let run = '';
    for (const ch of `${word}\u0000`) {
      if (ch !== '\u0000' && foldStable(ch)) {
        run += ch;
        continue;
      }
      if (run.length >= (inLatinRange(run) ? 3 : 2)) pieces.push(run);
      run = '';
    }
  }
  // Too little left to tell a page by ("kim" of "Kim Jŏng-ŭn", "korea" of "N. Korea", "tri" of
  // "Triều Tiên"): the name as written instead (pages write Vietnamese letters precomposed).
  if (pieces.every(inLatinRange) && pieces.join('').length < 6) return [lower];
  return [...new Set(pieces)];
}

/**
 * The subject's sets of pieces, one per name; a page that holds every piece of one set names the
 * subject. A set is dropped when another set's every piece lies inside one of its own (that one
 * already finds every page this one would).
 */
function subjectSets(names: readonly string[]): string[][] {
  const sets = [...new Map(names.map(subjectPieces).map((p) => [[...p].sort().join('&'), p])).values()];
  sets.sort((a, b) => a.length - b.length || a.join('').length - b.join('').length);
  const kept: string[][] = [];
  for (const set of sets) {
    if (kept.some((k) => k.every((piece) => set.some((p) => p.includes(piece))))) continue;
    kept.push(set);
  }
  return kept;
}

/** The names of the entities `ids`, in every language or in `langs` only. */
function namesFor(dataset: Dataset, ids: Iterable<string>, langs?: readonly string[]): string[] {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  return [...ids].flatMap((id) => {
    const e = byId.get(id);
    return e ? namesOf(e, langs) : [];
  });
}

/**
 * The subject's names the sentinel looks for: every name of Kim Jong Un and North Korea but the
 * state's formal names ("Democratic People's Republic of Korea", four words and more), which are
 * left to the lens: coverage that writes one also writes "North Korea", "DPRK" or his name.
 */
export function subjectNames(dataset: Dataset): string[] {
  return namesFor(dataset, SUBJECT_IDS).filter((name) => (sentinelTerm(name)?.split(/[ +]/).length ?? Infinity) <= 3);
}

export function deriveSentinelTerms(dataset: Dataset): SentinelTerms {
  const routeIds = new Set<string>(dataset.story.route);
  // Timeline places only: the entries' other entities include far-away places (New York for
  // the UN reaction) that say nothing about this story.
  for (const entry of dataset.story.timeline) routeIds.add(entry.place);
  const termsFor = (ids: Iterable<string>, langs?: readonly string[]): string[] =>
    namesFor(dataset, ids, langs).flatMap((name) => sentinelTerm(name) ?? []);
  return {
    subject: subjectSets(subjectNames(dataset)),
    context: compact([
      ...termsFor(CONTEXT_IDS),
      ...termsFor([...routeIds].filter((id) => !NOT_CONTEXT.has(id) && !SUBJECT_IDS.includes(id) && !CONTEXT_IDS.includes(id)), ROUTE_LANGS),
    ]),
  };
}
