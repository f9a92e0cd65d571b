/**
 * Where a match may start and end, per script, and which capitalisations count. All functions
 * take the folded text (see normalize.ts) and, for case, the original text at the same offsets.
 */
import { SEP, isLower, isUpper, isWordUnit, scriptOf, type Script } from './normalize';

/** The script that decides the boundary rule for a pattern's first or last character. */
export function boundaryScript(code: number): Script | 'digit' {
  if (code >= 0x30 && code <= 0x39) return 'digit';
  return scriptOf(code);
}

/** Latin/Cyrillic need a non-letter before; Hangul a non-Hangul; katakana a non-katakana; Han nothing. */
export function startOk(norm: string, start: number, first: Script | 'digit'): boolean {
  if (start === 0) return true;
  const prev = norm.charCodeAt(start - 1);
  switch (first) {
    case 'latin':
    case 'cyrillic':
    case 'greek':
    case 'indic':
    case 'digit':
      return !isWordUnit(prev);
    case 'arabic':
      return !isWordUnit(prev) || afterArabicClitics(norm, start);
    case 'hangul':
      return scriptOf(prev) !== 'hangul';
    case 'katakana':
      return scriptOf(prev) !== 'katakana';
    default:
      return true;
  }
}

/**
 * The end of the mention when a pattern ending at `end` is accepted there, else -1.
 * Accepts the English possessive ('s stays outside the mention), a German genitive -s ("Putins",
 * "Kim Jong Uns", kept inside the mention) and the Indonesian enclitic -nya (outside it). Korean
 * particles and Han need nothing.
 */
export function acceptEnd(norm: string, end: number, last: Script | 'digit', patternLength: number): number {
  if (end >= norm.length) return end;
  const next = norm.charCodeAt(end);
  // A change of script is a boundary: Korean particles and Chinese/Japanese words attach
  // directly to a Latin or Cyrillic name ("AP는", "AP에 따르면", "Su-35战机").
  if ((last === 'latin' || last === 'digit' || last === 'cyrillic') && isEastAsian(next)) return end;
  switch (last) {
    case 'latin':
    case 'digit': {
      if (!isWordUnit(next)) return end;
      if (last === 'latin' && next === 0x73 /* s */ && patternLength >= 3 && norm.charCodeAt(end - 1) !== 0x73) {
        const after = end + 1 < norm.length ? norm.charCodeAt(end + 1) : SEP;
        if (!isWordUnit(after)) return end + 1;
      }
      // Indonesian and Malay write "his, its, the" onto the noun ("kereta lapis bajanya", "Putinnya"):
      // the mention ends before -nya, as before the English possessive
      if (last === 'latin' && patternLength >= 4 && norm.startsWith('nya', end)) {
        const after = end + 3 < norm.length ? norm.charCodeAt(end + 3) : SEP;
        if (!isWordUnit(after)) return end;
      }
      return -1;
    }
    case 'cyrillic':
    case 'greek':
    case 'arabic':
      return isWordUnit(next) ? -1 : end;
    case 'indic': {
      if (!isWordUnit(next)) return end;
      const ending = indicEndingAt(norm, end);
      return ending >= 0 ? end + ending : -1;
    }
    case 'katakana':
      return scriptOf(next) === 'katakana' ? -1 : end;
    default:
      return end;
  }
}

/**
 * Hungarian case endings as the folded text spells them (accents gone: -ből is "bol"), written
 * onto a name ("Peszkovot", "Vlagyivosztokba", "a Kremlből"). Only forms the dataset gives in
 * Hungarian take them (matcher.ts): elsewhere "Russian" must not read as Russia with an ending.
 */
const HUNGARIAN_ENDINGS = new Set([
  't', 'ot', 'et', 'at', 'ban', 'ben', 'ba', 'be', 'bol', 'rol', 'tol', 'ra', 're', 'on', 'en', 'n', 'nak', 'nek',
  'val', 'vel', 'hoz', 'hez', 'ig', 'kent', 'ert', 'nal', 'nel', 'ul', 'tal', 'tel',
]);

/**
 * The length of a Hungarian case ending at `pos` that closes the word, else -1. "-val/-vel" after
 * a consonant doubles it: "Putyin" + "-val" is "Putyinnal".
 */
export function hungarianEndingAt(norm: string, pos: number): number {
  let p = pos;
  while (p < norm.length && p - pos <= 4 && isWordUnit(norm.charCodeAt(p))) p++;
  if (p === pos || (p < norm.length && isWordUnit(norm.charCodeAt(p)))) return -1;
  const ending = norm.slice(pos, p);
  if (HUNGARIAN_ENDINGS.has(ending)) return p - pos;
  const last = norm[pos - 1];
  return ending.length === 3 && ending[0] === last && (ending.endsWith('al') || ending.endsWith('el')) ? p - pos : -1;
}

/** The one-letter Arabic prefixes written onto the next word: and (و ف), with/by (ب), to (ل), like (ك). */
const ARABIC_CLITICS = new Set([0x648, 0x641, 0x628, 0x644, 0x643]);

/** "وبوتين", "لبوتين", "وبالكرملين": at most two clitic letters between a word boundary and the name. */
function afterArabicClitics(norm: string, start: number): boolean {
  let p = start;
  for (let n = 0; n < 2 && p > 0 && ARABIC_CLITICS.has(norm.charCodeAt(p - 1)); n++) {
    p--;
    if (p === 0 || !isWordUnit(norm.charCodeAt(p - 1))) return true;
  }
  return false;
}

/**
 * Case endings Bengali writes onto a name (পুতিনের, পুতিনকে, রাশিয়ায়, ইউক্রেনে); Hindi writes its
 * postpositions apart, so a Devanagari name takes none of these.
 */
const INDIC_ENDINGS = new Set(['\u09c7', '\u09b0', '\u098f\u09b0', '\u09c7\u09b0', '\u0995\u09c7', '\u09a4\u09c7', '\u09df', '\u09af\u09bc', '\u09c7\u09b0\u09be', '\u09a6\u09c7\u09b0', '\u0993', '\u0987']);

function indicEndingAt(norm: string, pos: number): number {
  let p = pos;
  while (p < norm.length && p - pos <= 4 && isWordUnit(norm.charCodeAt(p))) p++;
  if (p < norm.length && isWordUnit(norm.charCodeAt(p))) return -1;
  const ending = norm.slice(pos, p);
  const bengali = norm.charCodeAt(pos) >= 0x980 && norm.charCodeAt(pos) <= 0x9ff;
  return bengali && INDIC_ENDINGS.has(ending) ? p - pos : -1;
}

function isEastAsian(code: number): boolean {
  const s = scriptOf(code);
  return s === 'hangul' || s === 'han' || s === 'katakana'; // hiragana counts as han here
}

/**
 * Russian case endings a declinable stem may take (bounded so a stem cannot swallow a longer word):
 * nouns in -а/-я (Москва → Москвы, Москве, Москву, Москвой), masculine nouns and surnames
 * (Путин → Путина, Путину, Путиным, Путине), adjectives (Приморский → Приморского, Приморском).
 */
const CYRILLIC_ENDINGS = new Set([
  '', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'о', 'ь', 'й',
  'ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ым', 'им', 'ых', 'их',
  'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ий', 'ый', 'ие', 'ые',
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
]);

/** Length of a valid case ending at `pos` that is followed by a non-letter, else -1. */
export function cyrillicEndingAt(norm: string, pos: number): number {
  let p = pos;
  while (p < norm.length && p - pos <= 3 && isWordUnit(norm.charCodeAt(p))) p++;
  if (p < norm.length && isWordUnit(norm.charCodeAt(p))) return -1;
  return CYRILLIC_ENDINGS.has(norm.slice(pos, p)) ? p - pos : -1;
}

const CYR_VOWELS = new Set('аеиоуыэюяё');
const ADJECTIVE_ENDS = ['ий', 'ый', 'ой', 'ая', 'ое', 'ее', 'яя'];

/**
 * The declinable stem of one folded Cyrillic word, or null when the word is indeclinable
 * (Шойгу, Мали, acronyms) or too short to stem safely.
 */
export function cyrillicStem(word: string, original: string): string | null {
  if (original.length >= 2 && original === original.toUpperCase()) return null; // ТАСС, РИА
  let stem: string;
  const last = word[word.length - 1] ?? '';
  if (ADJECTIVE_ENDS.some((e) => word.endsWith(e)) && word.length >= 6) stem = word.slice(0, -2);
  else if (last === 'а' || last === 'я' || last === 'й' || last === 'ь') stem = word.slice(0, -1);
  else if (!CYR_VOWELS.has(last) && last !== 'ъ') stem = word;
  else return null;
  return stem.length >= 3 ? stem : null;
}

// ---- case rules (Latin and Cyrillic) ----

function letters(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c) || isLower(c)) out.push(c);
  }
  return out;
}

export function isAcronym(form: string): boolean {
  const ls = letters(form);
  return ls.length >= 2 && ls.every(isUpper);
}

/** isAcronym of the dataset's forms, asked once per form: the case rule asks at every candidate match. */
const formIsAcronym = new Map<string, boolean>();
function acronymForm(form: string): boolean {
  let a = formIsAcronym.get(form);
  if (a === undefined) {
    a = isAcronym(form);
    formIsAcronym.set(form, a);
  }
  return a;
}

/** True when the words either side of the span are in capitals too (a shouted headline). */
export function inCapsRun(orig: string, start: number, end: number): boolean {
  const own = letters(orig.slice(start, end));
  if (own.length === 0 || own.some(isLower)) return false;
  const before = neighbourWord(orig, start, -1);
  const after = neighbourWord(orig, end, 1);
  const shouted = (w: string) => {
    const ls = letters(w);
    return ls.length >= 2 && ls.every(isUpper);
  };
  const hasCase = (w: string) => letters(w).length > 0;
  if (!hasCase(before) && !hasCase(after)) return false;
  return (!hasCase(before) || shouted(before)) && (!hasCase(after) || shouted(after));
}

function neighbourWord(orig: string, from: number, dir: 1 | -1): string {
  let i = dir === 1 ? from : from - 1;
  // skip the possessive/genitive tail and punctuation, at most a few characters
  let skipped = 0;
  while (i >= 0 && i < orig.length && !isWordUnit(orig.charCodeAt(i)) && skipped < 4) {
    i += dir;
    skipped++;
  }
  if (dir === 1) {
    let j = i;
    while (j < orig.length && isWordUnit(orig.charCodeAt(j))) j++;
    return orig.slice(i, j);
  }
  let j = i;
  while (j >= 0 && isWordUnit(orig.charCodeAt(j))) j--;
  return orig.slice(j + 1, i + 1);
}

/**
 * Does the original text at [start, end) have an acceptable capitalisation for `form`?
 * - acronyms: upper case (4+ letters may also be written "Nato", "Tass");
 * - short forms: exactly the form's capitalisation;
 * - full aliases: a capital initial where the form has one;
 * and anything in an all-caps headline run.
 */
export function caseOk(orig: string, start: number, end: number, form: string, short: boolean): boolean {
  const first = form.charCodeAt(0);
  const firstUpper = isUpper(first);
  if (!firstUpper && !isLower(first)) return true; // Hangul, Han, kana, digits
  if (acronymForm(form)) {
    let upper = 0;
    let lower = 0;
    let initialUpper = false;
    for (let i = start; i < end; i++) {
      const c = orig.charCodeAt(i);
      if (isUpper(c)) {
        if (upper + lower === 0) initialUpper = true;
        upper++;
      } else if (isLower(c)) lower++;
    }
    if (lower === 0) return true;
    return upper + lower >= 4 && initialUpper && upper === 1;
  }
  if (short) {
    // walk the letters of form and text in step
    let i = start;
    let j = 0;
    let same = true;
    while (i < end && j < form.length) {
      const tc = orig.charCodeAt(i);
      const fc = form.charCodeAt(j);
      const tCased = isUpper(tc) || isLower(tc);
      const fCased = isUpper(fc) || isLower(fc);
      if (!tCased) {
        i++;
        continue;
      }
      if (!fCased) {
        j++;
        continue;
      }
      if (isUpper(tc) !== isUpper(fc)) {
        same = false;
        break;
      }
      i++;
      j++;
    }
    return same || inCapsRun(orig, start, end);
  }
  if (firstUpper) return isUpper(orig.charCodeAt(start)) || inCapsRun(orig, start, end);
  return true;
}

/**
 * A Latin short form followed by a hyphenated given name ("Kim Dong-yub", "Park Won-gon") is
 * someone else's full name, not the dataset person's short form.
 */
export function followedByGivenName(orig: string, end: number): boolean {
  return orig.charCodeAt(end) === 0x20 && /^ [A-Z][a-z]+-[a-z]+\b/.test(orig.slice(end, end + 24));
}
