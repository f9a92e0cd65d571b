/**
 * A tiny language guess for pages that do not declare one (or declare the template's language):
 * the script decides for Korean, Japanese, Chinese, Greek, Hindi and Bengali; a few letters only
 * Ukrainian or Bulgarian use separate them from Russian; Arabic script is taken as Arabic; a
 * stop-word vote separates the Latin-script languages.
 */

export type Script = 'hangul' | 'kana' | 'han' | 'cyrillic' | 'greek' | 'arabic' | 'devanagari' | 'bengali' | 'latin';

/** How much text is enough to decide; reading more changes nothing but the time spent. */
const SAMPLE = 6000;

const SCRIPTS: readonly Script[] = ['hangul', 'kana', 'han', 'cyrillic', 'greek', 'arabic', 'devanagari', 'bengali', 'latin'];

function scriptOfCode(c: number): Script | null {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c < 0x370) return null;
  if (c <= 0x3ff || (c >= 0x1f00 && c <= 0x1fff)) return 'greek';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0x980 && c <= 0x9ff) return 'bengali';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  return null;
}

export function countScripts(text: string): Record<Script, number> {
  const counts = Object.fromEntries(SCRIPTS.map((s) => [s, 0])) as Record<Script, number>;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (let i = 0; i < sample.length; i++) {
    const s = scriptOfCode(sample.charCodeAt(i));
    if (s) counts[s]++;
  }
  return counts;
}

/** The dominant script of the text, or null when it has no letters we know. */
export function dominantScript(text: string): Script | null {
  const c = countScripts(text);
  const cjk = c.hangul + c.kana + c.han;
  // One CJK character carries about as much as a short Latin word, so weigh them up.
  const alphabetic = (['latin', 'cyrillic', 'greek', 'arabic', 'devanagari', 'bengali'] as const).map((s) => [s, c[s]] as const);
  const best = Math.max(...alphabetic.map(([, n]) => n), cjk * 3);
  if (best === 0) return null;
  for (const [s, n] of alphabetic) if (n === best) return s;
  if (c.hangul >= cjk * 0.3) return 'hangul';
  // Japanese prose is full of kana particles; Chinese has none.
  if (c.kana >= (c.kana + c.han) * 0.08) return 'kana';
  return 'han';
}

/** Ukrainian writes і ї є ґ (Russian has none of them); Bulgarian writes ъ as a vowel and no ы э. */
function cyrillicLanguage(text: string): 'ru' | 'uk' | 'bg' {
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).toLowerCase();
  let uk = 0;
  let ru = 0;
  let hard = 0;
  for (const ch of sample) {
    if (ch === 'і' || ch === 'ї' || ch === 'є' || ch === 'ґ') uk++;
    else if (ch === 'ы' || ch === 'э' || ch === 'ё') ru++;
    else if (ch === 'ъ') hard++;
  }
  if (uk > ru && uk >= 3) return 'uk';
  if (ru === 0 && hard >= 1) return 'bg';
  return 'ru';
}

/**
 * Frequent short words of each language. A word frequent in several (de, la, a) is left out of the
 * lists of languages it would wrongly vote for.
 */
const STOP_WORDS = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'with', 'said', 'his', 'from', 'has', 'have', 'by', 'which'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'mit', 'ist', 'den', 'sich', 'auf', 'ein', 'eine', 'dem', 'zu', 'des', 'im', 'wurde'],
  fr: ['le', 'les', 'et', 'des', 'du', 'une', 'est', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'il', 'qui', 'été'],
  es: ['el', 'los', 'las', 'y', 'del', 'una', 'por', 'con', 'para', 'se', 'su', 'al', 'como', 'fue', 'más', 'sus', 'lo'],
  pt: ['o', 'os', 'as', 'não', 'uma', 'com', 'para', 'ao', 'dos', 'das', 'foi', 'pelo', 'pela', 'mais', 'seu', 'sua', 'também', 'em'],
  it: ['il', 'di', 'della', 'che', 'per', 'gli', 'delle', 'nel', 'alla', 'sono', 'anche', 'dei', 'degli', 'con', 'ha', 'è', 'nella'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'voor', 'met', 'dat', 'op', 'bij', 'ook', 'wordt', 'naar', 'heeft'],
  pl: ['w', 'i', 'na', 'się', 'nie', 'że', 'z', 'do', 'jest', 'przez', 'jak', 'oraz', 'po', 'od', 'który', 'także'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'daha', 'olan', 'ancak', 'gibi', 'kadar', 'ise'],
  ro: ['și', 'în', 'cu', 'pe', 'care', 'este', 'din', 'au', 'fost', 'lui', 'pentru', 'că'],
  hu: ['az', 'és', 'hogy', 'nem', 'is', 'egy', 'meg', 'volt', 'után', 'pedig', 'szerint', 'között'],
  hr: ['je', 'u', 'i', 'na', 'se', 'da', 'su', 'za', 'od', 'koji', 'što', 'sa', 'kao', 'iz', 'nije'],
  id: ['yang', 'dan', 'di', 'dengan', 'untuk', 'dari', 'ini', 'itu', 'dalam', 'tidak', 'akan', 'pada', 'juga'],
  vi: ['của', 'và', 'các', 'là', 'có', 'với', 'được', 'cho', 'này', 'trong', 'những', 'một', 'đã', 'không'],
} as const;
type LatinLang = keyof typeof STOP_WORDS;
const VOTERS = new Map<string, LatinLang[]>();
for (const [lang, words] of Object.entries(STOP_WORDS) as Array<[LatinLang, readonly string[]]>) {
  for (const w of words) VOTERS.set(w, [...(VOTERS.get(w) ?? []), lang]);
}

function latinLanguage(text: string): LatinLang {
  const votes = Object.fromEntries(Object.keys(STOP_WORDS).map((l) => [l, 0])) as Record<LatinLang, number>;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of VOTERS.get(word) ?? []) votes[lang]++;
  }
  // English wins ties: it is the most common language of pages that declare none.
  let best: LatinLang = 'en';
  for (const lang of Object.keys(votes) as LatinLang[]) if (votes[lang] > votes[best]) best = lang;
  return best;
}

/** ko, ja, zh, ru, uk, bg, el, ar, hi, bn or a Latin-script language; null for text without letters. */
export function detectLang(text: string): string | null {
  switch (dominantScript(text)) {
    case 'hangul':
      return 'ko';
    case 'kana':
      return 'ja';
    case 'han':
      return 'zh';
    case 'cyrillic':
      return cyrillicLanguage(text);
    case 'greek':
      return 'el';
    case 'arabic':
      return 'ar';
    case 'devanagari':
      return 'hi';
    case 'bengali':
      return 'bn';
    case 'latin':
      return latinLanguage(text);
    default:
      return null;
  }
}

const LANG_SCRIPT: Record<string, Script> = {
  ko: 'hangul',
  ja: 'kana',
  zh: 'han',
  ru: 'cyrillic',
  uk: 'cyrillic',
  be: 'cyrillic',
  bg: 'cyrillic',
  sr: 'cyrillic',
  mk: 'cyrillic',
  el: 'greek',
  ar: 'arabic',
  fa: 'arabic',
  ur: 'arabic',
  hi: 'devanagari',
  mr: 'devanagari',
  ne: 'devanagari',
  bn: 'bengali',
  ...Object.fromEntries(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ro', 'hu', 'hr', 'id', 'vi', 'cs', 'sk', 'sv', 'no', 'da', 'fi', 'is', 'ms'].map((l) => [l, 'latin' as Script])),
};

/** The script a language is written in, for the languages we know; null for others. */
export function scriptOfLang(lang: string): Script | null {
  return LANG_SCRIPT[lang] ?? null;
}
