/**
 * A tiny language guess for pages that do not declare one: the script decides for Korean,
 * Japanese, Chinese and Russian; a stop-word vote separates the Latin-script languages.
 */

export type Script = 'hangul' | 'kana' | 'han' | 'cyrillic' | 'latin';

/** How much text is enough to decide; reading more changes nothing but the time spent. */
const SAMPLE = 6000;

export function countScripts(text: string): Record<Script, number> {
  const counts: Record<Script, number> = { hangul: 0, kana: 0, han: 0, cyrillic: 0, latin: 0 };
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) counts.latin++;
    else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) counts.hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) counts.han++;
    else if (c >= 0x400 && c <= 0x4ff) counts.cyrillic++;
  }
  return counts;
}

/** The dominant script of the text, or null when it has no letters we know. */
export function dominantScript(text: string): Script | null {
  const c = countScripts(text);
  const cjk = c.hangul + c.kana + c.han;
  // One CJK character carries about as much as a short Latin word, so weigh them up.
  const best = Math.max(c.latin, c.cyrillic, cjk * 3);
  if (best === 0) return null;
  if (best === c.latin) return 'latin';
  if (best === c.cyrillic) return 'cyrillic';
  if (c.hangul >= cjk * 0.3) return 'hangul';
  // Japanese prose is full of kana particles; Chinese has none.
  if (c.kana >= (c.kana + c.han) * 0.08) return 'kana';
  return 'han';
}

const STOP_WORDS: Record<'en' | 'de' | 'fr' | 'es', readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'with', 'said', 'his', 'from', 'has', 'have', 'by', 'which'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'mit', 'ist', 'den', 'sich', 'auf', 'ein', 'eine', 'dem', 'zu', 'des', 'im', 'wurde'],
  fr: ['le', 'les', 'et', 'des', 'du', 'une', 'est', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'il', 'qui', 'été'],
  es: ['el', 'los', 'las', 'y', 'del', 'una', 'por', 'con', 'para', 'se', 'su', 'al', 'como', 'fue', 'más', 'sus', 'lo'],
};
const VOTERS = new Map<string, Array<keyof typeof STOP_WORDS>>();
for (const [lang, words] of Object.entries(STOP_WORDS) as Array<[keyof typeof STOP_WORDS, readonly string[]]>) {
  for (const w of words) VOTERS.set(w, [...(VOTERS.get(w) ?? []), lang]);
}

function latinLanguage(text: string): 'en' | 'de' | 'fr' | 'es' {
  const votes = { en: 0, de: 0, fr: 0, es: 0 };
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of VOTERS.get(word) ?? []) votes[lang]++;
  }
  let best: keyof typeof votes = 'en';
  for (const lang of ['de', 'fr', 'es'] as const) if (votes[lang] > votes[best]) best = lang;
  return best;
}

/** ko, ja, zh, ru, en, de, fr or es; null for text without letters. */
export function detectLang(text: string): string | null {
  switch (dominantScript(text)) {
    case 'hangul':
      return 'ko';
    case 'kana':
      return 'ja';
    case 'han':
      return 'zh';
    case 'cyrillic':
      return 'ru';
    case 'latin':
      return latinLanguage(text);
    default:
      return null;
  }
}

/** The script a language is written in, for the languages we detect; null for others. */
export function scriptOfLang(lang: string): Script | null {
  switch (lang) {
    case 'ko':
      return 'hangul';
    case 'ja':
      return 'kana';
    case 'zh':
      return 'han';
    case 'ru':
    case 'uk':
    case 'be':
    case 'bg':
      return 'cyrillic';
    case 'en':
    case 'de':
    case 'fr':
    case 'es':
    case 'it':
    case 'pt':
    case 'nl':
      return 'latin';
    default:
      return null;
  }
}
