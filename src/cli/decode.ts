/**
 * Bytes to text the way a browser decodes an HTML page (WHATWG HTML "determining the character
 * encoding", https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm):
 *
 *   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything;
 *   2. then the charset of the HTTP Content-Type header, for a page fetched from a URL;
 *   3. then the page's own declaration, found by the spec's prescan of the first 1024 bytes
 *      (<meta charset>, <meta http-equiv="Content-Type" content="…; charset=…">), and, as browsers
 *      also honour a declaration later in <head>, the same prescan over the head up to 64 KB;
 *   4. with no declaration: UTF-8 when the bytes are valid UTF-8 (what Chrome and Firefox detect);
 *      otherwise the legacy encoding of the page's language (<html lang>, else the address's
 *      country domain), as browsers pick their fallback by locale and domain; otherwise
 *      windows-1252, the spec's default fallback.
 *
 * Labels go through TextDecoder, so every WHATWG label Node's ICU knows works ("latin1",
 * "x-sjis", "ks_c_5601-1987", "cp1251"…). Decoding never fails once an encoding is chosen:
 * malformed sequences become U+FFFD, as in a browser.
 */

export type EncodingSource = 'bom' | 'http' | 'meta' | 'utf-8 check' | 'language' | 'default';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "windows-1252". */
  encoding: string;
  source: EncodingSource;
}

/** The bytes the spec's prescan looks at; browsers honour a later <head> declaration too, so a second look runs up to HEAD_SCAN_BYTES. */
export const PRESCAN_BYTES = 1024;
export const HEAD_SCAN_BYTES = 64 * 1024;

/** The WHATWG name for a label, or null when Node does not know it. */
export function encodingFor(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === '') return null;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** The spec keeps a declared UTF-16 out of an ASCII-compatible prescan, and x-user-defined reads as windows-1252. */
function fromDeclaration(label: string): string | null {
  const enc = encodingFor(label);
  if (enc === null) return null;
  if (enc === 'utf-16le' || enc === 'utf-16be') return 'utf-8';
  return enc;
}

const isSpace = (b: number | undefined) => b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isAlpha = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

function startsWithAt(bytes: Uint8Array, pos: number, ascii: string, caseless = true): boolean {
  if (pos + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) {
    const b = bytes[pos + i] as number;
    if ((caseless ? lower(b) : b) !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

function indexOfSeq(bytes: Uint8Array, from: number, ascii: string): number {
  outer: for (let i = from; i + ascii.length <= bytes.length; i++) {
    for (let j = 0; j < ascii.length; j++) if (bytes[i + j] !== ascii.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** "get an attribute" of the prescan: [name, value, next position], or null at the tag's end. */
function getAttribute(bytes: Uint8Array, start: number): [string, string, number] | null {
  let pos = start;
  while (pos < bytes.length && (isSpace(bytes[pos]) || bytes[pos] === 0x2f)) pos++;
  if (pos >= bytes.length || bytes[pos] === 0x3e) return null;
  let name = '';
  let value = '';
  // The attribute's name.
  for (;;) {
    if (pos >= bytes.length) return [name, value, pos];
    const b = bytes[pos] as number;
    if (b === 0x3d && name !== '') {
      pos++;
      break;
    }
    if (isSpace(b)) {
      while (pos < bytes.length && isSpace(bytes[pos])) pos++;
      if (bytes[pos] !== 0x3d) return [name, value, pos];
      pos++;
      break;
    }
    if (b === 0x2f || b === 0x3e) return [name, value, pos];
    name += String.fromCharCode(lower(b));
    pos++;
  }
  // Its value.
  while (pos < bytes.length && isSpace(bytes[pos])) pos++;
  const q = bytes[pos];
  if (q === 0x22 || q === 0x27) {
    pos++;
    while (pos < bytes.length && bytes[pos] !== q) value += String.fromCharCode(lower(bytes[pos++] as number));
    return [name, value, pos + 1];
  }
  if (q === 0x3e) return [name, value, pos];
  while (pos < bytes.length && !isSpace(bytes[pos]) && bytes[pos] !== 0x3e) value += String.fromCharCode(lower(bytes[pos++] as number));
  return [name, value, pos];
}

/** "extract a character encoding from a meta element" (the content attribute's charset=…). */
export function charsetFromContent(content: string): string | null {
  let s = content;
  for (;;) {
    const at = s.toLowerCase().indexOf('charset');
    if (at < 0) return null;
    let rest = s.slice(at + 7).replace(/^[\t\n\f\r ]+/, '');
    if (!rest.startsWith('=')) {
      s = rest;
      continue;
    }
    rest = rest.slice(1).replace(/^[\t\n\f\r ]+/, '');
    const q = rest[0];
    if (q === '"' || q === "'") {
      const end = rest.indexOf(q, 1);
      return end < 0 ? null : rest.slice(1, end);
    }
    const m = /^[^\t\n\f\r ;]+/.exec(rest);
    return m ? m[0] : null;
  }
}

/**
 * The spec's prescan: the encoding a <meta> declares in these bytes, skipping comments and the
 * attributes of other tags (so a charset= inside a <script> string or an attribute of another
 * element is not taken for a declaration). Stops at <body> when `stopAtBody`.
 */
export function prescan(bytes: Uint8Array, stopAtBody = false): string | null {
  let pos = 0;
  while (pos < bytes.length) {
    if (bytes[pos] !== 0x3c) {
      pos++;
      continue;
    }
    if (startsWithAt(bytes, pos, '<!--', false)) {
      const end = indexOfSeq(bytes, pos + 4, '-->');
      if (end < 0) return null;
      pos = end + 3;
      continue;
    }
    if (startsWithAt(bytes, pos, '<meta') && (isSpace(bytes[pos + 5]) || bytes[pos + 5] === 0x2f)) {
      pos += 6;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | null = null;
      let charset: string | null = null;
      for (let attr = getAttribute(bytes, pos); attr !== null; attr = getAttribute(bytes, pos)) {
        const [name, value, next] = attr;
        pos = Math.max(next, pos + 1);
        if (seen.has(name)) continue;
        seen.add(name);
        if (name === 'http-equiv' && value === 'content-type') gotPragma = true;
        else if (name === 'content' && charset === null) {
          const label = charsetFromContent(value);
          if (label !== null) {
            charset = fromDeclaration(label);
            needPragma = true;
          }
        } else if (name === 'charset') {
          charset = fromDeclaration(value);
          needPragma = false;
        }
      }
      if (needPragma === null || (needPragma && !gotPragma) || charset === null) continue;
      return charset;
    }
    const next = bytes[pos + 1];
    if (isAlpha(next) || (next === 0x2f && isAlpha(bytes[pos + 2]))) {
      if (stopAtBody && startsWithAt(bytes, pos, '<body') && !isAlpha(bytes[pos + 5])) return null;
      while (pos < bytes.length && !isSpace(bytes[pos]) && bytes[pos] !== 0x3e) pos++;
      for (let attr = getAttribute(bytes, pos); attr !== null; attr = getAttribute(bytes, pos)) pos = Math.max(attr[2], pos + 1);
      pos++;
      continue;
    }
    if (next === 0x21 || next === 0x2f || next === 0x3f) {
      const end = bytes.indexOf(0x3e, pos + 2);
      if (end < 0) return null;
      pos = end + 1;
      continue;
    }
    pos++;
  }
  return null;
}

/** The page's own declaration: the spec's 1024-byte prescan, then the rest of <head> (up to 64 KB). */
export function declaredEncoding(bytes: Uint8Array): string | null {
  return prescan(bytes.subarray(0, PRESCAN_BYTES)) ?? (bytes.length > PRESCAN_BYTES ? prescan(bytes.subarray(0, HEAD_SCAN_BYTES), true) : null);
}

/**
 * WHATWG windows-1252 at 0x80–0x9F (elsewhere it is ISO-8859-1). Node's own TextDecoder reads
 * these bytes as C1 control codes since v20.18.3/v22.13.0 (nodejs/node#60888, #56542), which
 * would turn every curly quote and dash of a legacy page into an invisible control character.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes with a WHATWG encoding name; `fatal` throws a TypeError on malformed bytes. */
export function decodeBytes(bytes: Uint8Array, encoding: string, fatal = false): string {
  if (encoding === 'windows-1252') {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] as number));
  }
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The legacy encoding browsers fall back to for a language (their locale tables; Firefox also
 * picks it from the country domain). Languages not listed fall back to windows-1252.
 */
const LEGACY_BY_LANGUAGE: Record<string, string[]> = {
  ru: ['windows-1251', 'koi8-r'], uk: ['windows-1251', 'koi8-u'], be: ['windows-1251'], bg: ['windows-1251'],
  mk: ['windows-1251'], sr: ['windows-1251'], kk: ['windows-1251'],
  ko: ['euc-kr'], ja: ['shift_jis', 'euc-jp'], zh: ['gb18030'], 'zh-tw': ['big5'], 'zh-hk': ['big5'], 'zh-hant': ['big5'],
  pl: ['windows-1250'], cs: ['windows-1250'], sk: ['windows-1250'], hu: ['windows-1250'], hr: ['windows-1250'],
  sl: ['windows-1250'], ro: ['windows-1250'], bs: ['windows-1250'],
  el: ['windows-1253'], tr: ['windows-1254'], az: ['windows-1254'], he: ['windows-1255'], iw: ['windows-1255'],
  ar: ['windows-1256'], fa: ['windows-1256'], ur: ['windows-1256'],
  lt: ['windows-1257'], lv: ['windows-1257'], et: ['windows-1257'], vi: ['windows-1258'], th: ['windows-874'],
};

/** Country domains whose pages, undeclared, browsers read in a legacy encoding other than windows-1252. */
const LANGUAGE_BY_TLD: Record<string, string> = {
  ru: 'ru', su: 'ru', by: 'be', ua: 'uk', bg: 'bg', mk: 'mk', rs: 'sr', kz: 'kk',
  kr: 'ko', jp: 'ja', cn: 'zh', tw: 'zh-tw', hk: 'zh-hk',
  pl: 'pl', cz: 'cs', sk: 'sk', hu: 'hu', hr: 'hr', si: 'sl', ro: 'ro', ba: 'bs',
  gr: 'el', tr: 'tr', az: 'az', il: 'he', eg: 'ar', sa: 'ar', ae: 'ar', iq: 'ar', ir: 'fa', pk: 'ur',
  lt: 'lt', lv: 'lv', ee: 'et', vn: 'vi', th: 'th',
};

/** The language a page declares on <html lang> (read from the bytes, before decoding). */
export function htmlLang(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, HEAD_SCAN_BYTES)).toString('latin1');
  const m = /<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase().replace('_', '-') : null;
}

function legacyCandidates(lang: string | null, url: string | null): string[] {
  const out: string[] = [];
  const add = (l: string | null | undefined) => {
    if (!l) return;
    for (const e of LEGACY_BY_LANGUAGE[l] ?? LEGACY_BY_LANGUAGE[l.split('-')[0] as string] ?? []) if (!out.includes(e)) out.push(e);
  };
  add(lang);
  if (url !== null) {
    try {
      add(LANGUAGE_BY_TLD[new URL(url).hostname.split('.').pop() ?? '']);
    } catch {
      /* not a URL: no domain to go by */
    }
  }
  return out;
}

/** Most non-ASCII characters read as letters (not control codes, symbols or U+FFFD): the guess makes text. */
function readsAsLetters(text: string): boolean {
  let high = 0;
  let letters = 0;
  for (const ch of text) {
    if ((ch.codePointAt(0) as number) < 0x80) continue;
    high++;
    if (/[\p{L}\p{M}]/u.test(ch)) letters++;
  }
  return high === 0 || letters / high >= 0.6;
}

export interface DecodeOptions {
  /** The charset of the HTTP Content-Type header, when the page was fetched. */
  httpCharset?: string | null;
  /** The page's address (a fetched URL or --url), for the country-domain fallback. */
  url?: string | null;
}

export function decodePage(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const decode = (encoding: string, source: EncodingSource, skip = 0): Decoded => ({
    text: decodeBytes(bytes.subarray(skip), encoding),
    encoding,
    source,
  });
  const bom = bomEncoding(bytes);
  if (bom !== null) return decode(bom.encoding, 'bom', bom.length);
  const http = opts.httpCharset ? encodingFor(opts.httpCharset) : null;
  if (http !== null) return decode(http, 'http');
  const meta = declaredEncoding(bytes);
  if (meta !== null) return decode(meta, 'meta');
  if (isValidUtf8(bytes)) return decode('utf-8', 'utf-8 check');
  for (const enc of legacyCandidates(htmlLang(bytes), opts.url ?? null)) {
    if (encodingFor(enc) === null) continue;
    // The guess must decode cleanly and read as letters, else the spec's default is the safer reading.
    let text: string;
    try {
      text = decodeBytes(bytes, enc, true);
    } catch {
      continue;
    }
    if (readsAsLetters(text)) return { text, encoding: enc, source: 'language' };
  }
  return decode('windows-1252', 'default');
}
