/**
 * Month names the story scorer reads dates by, per language. Kept as data-like regular-expression
 * sources so a new language adds its month names here and nowhere else.
 */
/** Month names in our Latin and Cyrillic languages; index + 1 is the month. */
export const MONTH_NAMES: string[] = [
  'january|jan\\.?|janvier|januar|enero|январ[ьяе]',
  'february|feb\\.?|f[ée]vrier|februar|febrero|феврал[ьяе]',
  'march|mars|m[äa]rz|marzo|марта?|марте',
  'april|apr\\.|avril|abril|апрел[ьяе]',
  'may|mai|mayo|ма[йяе]',
  'june|juin|juni|junio|июн[ьяе]',
  'july|juillet|juli|julio|июл[ьяе]',
  'august|aug\\.?|ao[ûu]t|agosto|августа?|августе',
  'september|sept?\\.?|septembre|septiembre|сентябр[ьяе]',
  'october|oct\\.?|octobre|oktober|octubre|октябр[ьяе]',
  'november|nov\\.?|novembre|noviembre|ноябр[ьяе]',
  'december|dec\\.?|d[ée]cembre|dezember|diciembre|декабр[ьяе]',
];
/** Any month name; the first non-empty group + 1 is the month. */
export const MONTH_RE = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAMES.map((m) => `(${m})`).join('|')})(?![\\p{L}])`, 'giu');
/** "9월", "9月": the month by number, in Korean, Japanese and Chinese. */
export const MONTH_NUMBER_RE = /(?<!\d)(1[0-2]|0?[1-9])\s?(?:월|月)/gu;

/**
 * English month names, as toLocaleString('en', { month: 'long', year: 'numeric' }) writes them:
 * a table rather than Intl, whose formatter costs milliseconds to create on a page's first call.
 */
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
