/**
 * The CLI decodes page bytes as a browser does (WHATWG encoding sniffing): BOM, HTTP charset,
 * <meta> prescan, then UTF-8 if valid, the language's legacy encoding, or windows-1252.
 */
import { describe, expect, it } from 'vitest';
import { charsetFromContent, decodeBytes, decodePage, declaredEncoding, encodingFor, htmlLang, prescan } from '../../src/cli/decode';
import { decodeHtml } from '../../src/cli/read-input';
import { encodeLegacy } from './cli-legacy-encode';

const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('encoding labels', () => {
  it('maps WHATWG labels to their encodings, with full ICU', () => {
    expect(encodingFor('latin1')).toBe('windows-1252');
    expect(encodingFor('ISO-8859-1')).toBe('windows-1252');
    expect(encodingFor('ks_c_5601-1987')).toBe('euc-kr');
    expect(encodingFor('x-sjis')).toBe('shift_jis');
    expect(encodingFor('cp1251')).toBe('windows-1251');
    expect(encodingFor('gb2312')).toBe('gbk');
    expect(encodingFor(' KOI8-R ')).toBe('koi8-r');
    expect(encodingFor('klingon')).toBeNull();
  });
});

describe('windows-1252', () => {
  it('decodes 0x80-0x9F as the WHATWG table says, not as C1 controls', () => {
    expect(decodeBytes(new Uint8Array([0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x8a, 0x9f, 0xe9, 0xfc, 0xff]), 'windows-1252')).toBe('€„…‘’“”–—ŠŸéüÿ');
    expect(decodeBytes(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]), 'windows-1252')).toBe('\x81\x8d\x8f\x90\x9d');
  });
});

describe('the <meta> prescan', () => {
  it('finds <meta charset> and the http-equiv pragma', () => {
    expect(prescan(ascii('<!doctype html><html><head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(prescan(ascii("<META CHARSET='EUC-KR'>"))).toBe('euc-kr');
    expect(prescan(ascii('<meta charset=shift_jis>'))).toBe('shift_jis');
    expect(prescan(ascii('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe('koi8-r');
    expect(prescan(ascii('<meta content="text/html;charset=\'gb2312\'" http-equiv=content-type>'))).toBe('gbk');
  });
  it('needs the pragma for a content= declaration, and skips comments and other tags', () => {
    expect(prescan(ascii('<meta name="x" content="text/html; charset=koi8-r">'))).toBeNull();
    expect(prescan(ascii('<!-- <meta charset="koi8-r"> --><meta charset="windows-1250">'))).toBe('windows-1250');
    expect(prescan(ascii('<div data-x=\'<meta charset="koi8-r">\'></div><p>'))).toBeNull();
    expect(prescan(ascii('<meta charset="klingon"><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
  });
  it('reads a declared UTF-16 as UTF-8, as the spec says for an ASCII-compatible prescan', () => {
    expect(prescan(ascii('<meta charset="utf-16">'))).toBe('utf-8');
  });
  it('looks at the first 1024 bytes, then at the rest of <head> but not the body', () => {
    const pad = `<script>${' '.repeat(2000)}</script>`;
    expect(declaredEncoding(ascii(`<head>${pad}<meta charset="windows-1251"></head>`))).toBe('windows-1251');
    expect(declaredEncoding(ascii(`<head>${pad}</head><body><meta charset="windows-1251">`))).toBeNull();
  });
  it('extracts the charset of a content value', () => {
    expect(charsetFromContent('text/html; charset=UTF-8')).toBe('UTF-8');
    expect(charsetFromContent('text/html; charset = "big5"')).toBe('big5');
    expect(charsetFromContent('text/html; charsetx; charset=euc-jp;')).toBe('euc-jp');
    expect(charsetFromContent('text/html')).toBeNull();
  });
});

describe('decodePage', () => {
  const page = (body: string, head = '') => `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

  it('a windows-1252 page without a charset: the bytes are not UTF-8, so windows-1252', () => {
    const text = page('Kim Jong Un traf Wladimir Putin – „ein Gipfel“ in Wostotschny, sagte Peskow. Café, Ærø, €5.');
    const got = decodePage(encodeLegacy(text, 'windows-1252'));
    expect(got).toMatchObject({ encoding: 'windows-1252', source: 'default' });
    expect(got.text).toBe(text);
  });
  it('undeclared but valid UTF-8 stays UTF-8', () => {
    const text = page('Ким Чен Ын — «визит»');
    expect(decodePage(new Uint8Array(Buffer.from(text)))).toMatchObject({ text, encoding: 'utf-8', source: 'utf-8 check' });
  });
  it.each([
    ['euc-kr', '<meta charset="euc-kr">', '김정은 국무위원장이 블라디미르 푸틴 대통령과 보스토치니에서 만났다'],
    ['windows-1251', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'Ким Чен Ын встретился с Владимиром Путиным на космодроме Восточный'],
    ['shift_jis', '<meta charset="Shift_JIS">', '金正恩総書記はボストーチヌイ宇宙基地でプーチン大統領と会談した'],
    ['gb18030', '<meta charset="gb2312">', '金正恩在东方航天发射场与普京会晤'],
    ['koi8-r', '<meta charset="koi8-r">', 'Ким Чен Ын прибыл в Комсомольск-на-Амуре'],
    ['big5', '<meta charset="big5">', '金正恩與普丁在東方太空發射場會晤'],
  ])('%s, declared in <meta>', (encoding, head, body) => {
    const text = page(body, head);
    const got = decodePage(encodeLegacy(text, encoding));
    expect(got.source).toBe('meta');
    expect(got.text).toBe(text);
  });
  it('UTF-16 with a byte order mark, either way round', () => {
    const text = page('김정은 — Ким Чен Ын — 金正恩');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodePage(le)).toMatchObject({ text, encoding: 'utf-16le', source: 'bom' });
    expect(decodePage(be)).toMatchObject({ text, encoding: 'utf-16be', source: 'bom' });
  });
  it('a UTF-8 byte order mark beats a <meta> that says otherwise, and is not part of the text', () => {
    const text = page('Ким', '<meta charset="windows-1251">');
    const got = decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(got).toMatchObject({ text, encoding: 'utf-8', source: 'bom' });
  });
  it('the HTTP charset beats the page\'s <meta>', () => {
    const text = page('Ким Чен Ын', '<meta charset="utf-8">');
    expect(decodePage(encodeLegacy(text, 'windows-1251'), { httpCharset: 'windows-1251' })).toMatchObject({ text, source: 'http' });
    // An unknown header label is ignored: the page's own declaration decides.
    expect(decodePage(encodeLegacy(page('Ким', '<meta charset="koi8-r">'), 'koi8-r'), { httpCharset: 'bogus' }).source).toBe('meta');
  });
  it('an undeclared legacy page falls back to its language\'s encoding (<html lang>, else the country domain)', () => {
    const ru = '<html lang="ru"><body><p>Ким Чен Ын встретился с Путиным</p></body></html>';
    expect(decodePage(encodeLegacy(ru, 'windows-1251'))).toMatchObject({ text: ru, encoding: 'windows-1251', source: 'language' });
    const ko = '<html lang="ko-KR"><body><p>김정은 위원장이 러시아를 방문했다</p></body></html>';
    expect(decodePage(encodeLegacy(ko, 'euc-kr'))).toMatchObject({ text: ko, encoding: 'euc-kr', source: 'language' });
    const ja = '<html><body><p>金正恩総書記がロシアを訪問</p></body></html>';
    expect(decodePage(encodeLegacy(ja, 'shift_jis'), { url: 'https://www.example.co.jp/news/1' })).toMatchObject({ text: ja, encoding: 'shift_jis' });
    // A German page keeps the default, windows-1252.
    const de = '<html lang="de"><body><p>Kim übergab Schoigu „Geschenke“</p></body></html>';
    expect(decodePage(encodeLegacy(de, 'windows-1252'))).toMatchObject({ text: de, encoding: 'windows-1252', source: 'default' });
  });
  it('reads <html lang> from the bytes', () => {
    expect(htmlLang(ascii('<!doctype html><html class="x" lang="zh-TW">'))).toBe('zh-tw');
    expect(htmlLang(ascii('<html xml:lang=pt_BR>'))).toBe('pt-br');
    expect(htmlLang(ascii('<html>'))).toBeNull();
  });
});

describe('decodeHtml still refuses what is not a page', () => {
  it.each([
    ['an empty file', new Uint8Array(0), /empty file/],
    ['only white space', ascii('  \n\t '), /empty file/],
    ['a PDF', ascii('%PDF-1.7\n1 0 obj <<>> endobj\n'), /PDF/],
    ['an ELF binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /binary file/],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary file/],
    ['UTF-16 without a byte order mark', new Uint8Array(Buffer.from('<html><body>Kim</body></html>', 'utf16le')), /binary file/],
  ])('%s', (_, bytes, reason) => {
    const got = decodeHtml('x', bytes);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason).toMatch(reason);
  });
  it('gzip bytes without a NUL in the first kilobytes are still binary', () => {
    const bytes = new Uint8Array(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 37) % 255);
    bytes[0] = 0x1f;
    bytes[1] = 0x8b;
    const got = decodeHtml('x.gz', bytes);
    expect(got.ok ? 'decoded' : got.reason).toMatch(/binary file/);
  });
});
