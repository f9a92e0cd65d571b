/**
 * A length-preserving, char-by-char fold shared by the text and every pattern compiled against it,
 * so an offset into the folded string is the same offset into the original.
 *
 * Folds: lower case (only where the lower-case form is one UTF-16 unit), typographic apostrophes
 * to ', every dash/hyphen, whitespace and name separator (・ ·) to one space, ё→е, full-width
 * ASCII to ASCII, Latin letters with diacritics to their base letter ("Pyŏngyang", "Moscú"), Greek
 * letters to unaccented lower case with one sigma ("ΡΩΣΙΑΣ" and "Ρωσίας" match), Arabic alef
 * variants to bare alef and ى to ي, and
 * common traditional Chinese characters to simplified ones.
 */

/** The one separator every dash, hyphen, space and name dot folds to. */
export const SEP = 0x20;

/**
 * An apostrophe inside a name ("O'Brien", "D’Alema"), not the possessive "'s" that ends one
 * ("South Korea's Yoon" is Korea's Yoon, not a person called "Korea's Yoon"). A regex fragment
 * for the name patterns of the unknown-name finder and the quote resolver.
 */
export const NAME_APOSTROPHE = String.raw`['’](?!s(?![\p{L}]))`;
const APOSTROPHE = 0x27;

const SEPARATORS = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  // hyphen-minus, hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d,
  // middle dots used between the parts of transcribed names: キム・ジョンウン, 김·정은
  0xb7, 0x30fb, 0xff65, 0x2027,
]);
/**
 * Traditional → simplified Chinese, one character for one, for the characters that names, places
 * and organisations of this story use (Taiwan and Hong Kong outlets write 紹伊古, 尹錫悅, 俄羅斯).
 */
const TRADITIONAL = '羅國聯東車門們爾紐約華頓韓鮮會議軍與發場總統長書記務館號電視臺報導黨勞動員陸戰機艦隊飛彈衛頭廠裡這個來對時說為邊區蘇維烏蘭參濱圖喬紹錫悅熱亞茲馬採傑鮑韋澤連習鴻別傳訊宮樓齊遠輔庫錦繡陽裝級噴帥萬鏡經濟論壇決夥關條純龍趙貝問題將領藝體開係實現際權應進還後麼從當過達處團結協簽訂訪談舉鐵專節紅樂隨護線納奧雙彥幣歐勢謝蓋壓擊擴產業預測認識';
const SIMPLIFIED = '罗国联东车门们尔纽约华顿韩鲜会议军与发场总统长书记务馆号电视台报导党劳动员陆战机舰队飞弹卫头厂里这个来对时说为边区苏维乌兰参滨图乔绍锡悦热亚兹马采杰鲍韦泽连习鸿别传讯宫楼齐远辅库锦绣阳装级喷帅万镜经济论坛决伙关条纯龙赵贝问题将领艺体开系实现际权应进还后么从当过达处团结协签订访谈举铁专节红乐随护线纳奥双彦币欧势谢盖压击扩产业预测认识';
const HAN_FOLD = new Map<number, number>(Array.from(TRADITIONAL, (c, i) => [c.charCodeAt(0), SIMPLIFIED.charCodeAt(i)]));

const ARABIC_FOLD = new Map<number, number>([
  [0x623, 0x627], // أ → ا
  [0x625, 0x627], // إ → ا
  [0x622, 0x627], // آ → ا
  [0x671, 0x627], // ٱ → ا
  [0x649, 0x64a], // ى → ي
]);

const APOSTROPHES = new Set<number>([0x2018, 0x2019, 0x02bc, 0x02bb, 0x2032, 0xff07, 0x60, 0xb4]);

/** Folds computed so far, by code unit (0 = not computed yet); filled lazily, so the module stays cheap to load. */
const FOLD = new Uint16Array(0x10000);

/** The folded UTF-16 code unit for one code unit (surrogates fold to themselves). */
export function foldUnit(code: number): number {
  const hit = FOLD[code] as number;
  if (hit !== 0) return hit;
  let folded: number;
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) folded = code + 32;
    else if (code === 0x2d || (code >= 0x09 && code <= 0x0d)) folded = SEP;
    else folded = code;
  } else {
    folded = computeFold(code);
  }
  FOLD[code] = folded;
  return folded;
}

function computeFold(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  if (SEPARATORS.has(code)) return SEP;
  if (APOSTROPHES.has(code)) return APOSTROPHE;
  if (code === 0x451 || code === 0x401) return 0x435; // ё Ё → е
  if (code >= 0xff01 && code <= 0xff5e) return foldUnit(code - 0xfee0); // full-width ASCII
  const han = HAN_FOLD.get(code);
  if (han !== undefined) return han;
  const ch = String.fromCharCode(code);
  let lower = ch.toLowerCase();
  if (lower.length !== 1) lower = ch;
  const lc = lower.charCodeAt(0);
  // Latin with diacritics → base letter, when the decomposition starts with an ASCII letter.
  if (lc >= 0xc0 && lc <= 0x24f) {
    const base = lower.normalize('NFD').charCodeAt(0);
    if (base >= 0x61 && base <= 0x7a) return base;
  }
  // Arabic: the hamza-bearing alefs and the dotless ya as news spell them both ways (أون / اون)
  if (ARABIC_FOLD.has(lc)) return ARABIC_FOLD.get(lc) as number;
  // Greek: accents off (capitals drop them: ΡΩΣΙΑ is Ρωσία), final sigma as sigma.
  if (lc >= 0x386 && lc <= 0x3ff) {
    if (lc === 0x3c2) return 0x3c3;
    const base = lower.normalize('NFD').charCodeAt(0);
    if (base >= 0x3b1 && base <= 0x3c9) return base;
  }
  return lc;
}

/** Up to this length a string is folded by concatenation: no typed array to allocate per call. */
const SHORT = 64;

/** Fold a whole string; the result has exactly the same length. */
export function normalize(text: string): string {
  const n = text.length;
  if (n <= SHORT) {
    // Names and patterns (thousands of them when the dataset's matcher is compiled) are short.
    let out = '';
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const f = FOLD[c] as number;
      out += String.fromCharCode(f !== 0 ? f : foldUnit(c));
    }
    return out;
  }
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c] as number;
    units[i] = f !== 0 ? f : foldUnit(c);
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}

/** Fold a pattern: as `normalize`, then runs of separators collapse and the ends are trimmed. */
export function normalizePattern(pattern: string): string {
  return normalize(pattern).replace(/ {2,}/g, ' ').trim();
}

// ---- character classes used by the boundary rules ----

/** 'han' covers Han and hiragana: scripts written without word boundaries. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'indic' | 'hangul' | 'katakana' | 'han' | 'other';

export function scriptOf(code: number): Script {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'latin' : 'other';
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return 'greek';
  if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0x8a0 && code <= 0x8ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'arabic';
  // Devanagari, Bengali and the other Brahmic scripts of India: words of letters and vowel signs
  if (code >= 0x900 && code <= 0xdff) return 'indic';
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'hangul';
  if ((code >= 0x30a0 && code <= 0x30ff && code !== 0x30fb) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f)) return 'katakana';
  if ((code >= 0x3040 && code <= 0x309f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'han';
  return 'other';
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** 0 = not computed, 1 = word unit, 2 = not. */
const WORD_UNIT = new Uint8Array(0x10000);
/** Letters, digits and combining marks: what a Latin/Cyrillic word is made of. */
export function isWordUnit(code: number): boolean {
  const hit = WORD_UNIT[code];
  if (hit) return hit === 1;
  let w: boolean;
  if (code < 0x80) w = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  else if (code >= 0xd800 && code <= 0xdfff) w = true;
  else w = LETTER.test(String.fromCharCode(code));
  WORD_UNIT[code] = w ? 1 : 2;
  return w;
}

/** 0 = not computed, 1 = upper case, 2 = lower case, 3 = no case. */
const CASE = new Uint8Array(0x10000);
function caseOf(code: number): number {
  let c = CASE[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    c = ch !== lower && ch === upper ? 1 : ch !== upper && ch === lower ? 2 : 3;
    CASE[code] = c;
  }
  return c;
}

export function isUpper(code: number): boolean {
  return caseOf(code) === 1;
}

export function isLower(code: number): boolean {
  return caseOf(code) === 2;
}
