/**
 * Reads one CLI input (a file path, or "-" for standard input) into HTML text, or explains in one
 * line why it cannot. Nothing here throws: every failure becomes an InputError.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodePage, type DecodeOptions, type EncodingSource } from './decode';

/** Larger inputs are refused rather than risk exhausting memory in jsdom (≈10–20× the HTML size). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Input =
  | { ok: true; name: string; html: string; encoding: string; encodingSource: EncodingSource }
  | { ok: false; name: string; reason: string };

const fail = (name: string, reason: string): Input => ({ ok: false, name, reason });

/** Control bytes that never occur in text (NUL to BS, SO to SUB, FS to US; ESC is iso-2022-jp's shift). */
function isControl(b: number): boolean {
  return b < 0x09 || (b >= 0x0e && b < 0x20 && b !== 0x1b);
}

/**
 * Why these bytes are not a page at all (empty, too large, PDF, binary), or null. A UTF-16 page,
 * half NUL bytes, is text when its byte order mark says so.
 */
function notAPage(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.length > MAX_INPUT_BYTES) {
    return `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`;
  }
  const head = bytes.subarray(0, 4096);
  if (Buffer.from(head.subarray(0, 8)).toString('latin1').replace(/^\xef\xbb\xbf/, '').startsWith('%PDF-')) return 'a PDF document, not HTML';
  const utf16 = (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe);
  if (!utf16) {
    let controls = 0;
    for (const b of head) {
      if (b === 0) return 'a binary file, not HTML';
      if (isControl(b)) controls++;
    }
    if (controls > head.length * 0.05) return 'a binary file, not HTML';
  }
  return null;
}

/**
 * The page's text, decoded as a browser would (see decode.ts): BOM, then the HTTP charset, then
 * the page's <meta> declaration, then UTF-8 if valid, else the language's legacy encoding or
 * windows-1252. Only bytes that are not a page at all are refused.
 */
export function decodeHtml(name: string, bytes: Uint8Array, opts: DecodeOptions = {}): Input {
  const why = notAPage(bytes);
  if (why !== null) return fail(name, why);
  const { text, encoding, source } = decodePage(bytes, opts);
  if (text.trim() === '') return fail(name, 'empty file');
  return { ok: true, name, html: text, encoding, encodingSource: source };
}

/** `url`: the page's address given with --url, for the country-domain fallback of an undeclared legacy page. */
export function readInput(name: string, readStdin: () => Uint8Array = () => readFileSync(0), url: string | null = null): Input {
  const opts: DecodeOptions = { url };
  if (name === '-') {
    let bytes: Uint8Array;
    try {
      bytes = readStdin();
    } catch {
      return fail('-', 'cannot read standard input');
    }
    return decodeHtml('-', bytes, opts);
  }
  let size: number;
  try {
    const st = statSync(name);
    if (st.isDirectory()) return fail(name, 'is a directory, not a file');
    if (!st.isFile()) return fail(name, 'is not a regular file');
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(name, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
  if (size > MAX_INPUT_BYTES) return fail(name, `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(name);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(name, code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read (${code ?? 'unknown error'})`);
  }
  return decodeHtml(name, bytes, opts);
}

/** undici wraps the socket error in `cause`; say it in words. */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (cause as { errors?: { code?: string }[] } | undefined)?.errors?.[0]?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'no such host',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
  };
  return (code && words[code]) ?? code ?? cause?.message ?? (err as Error).message;
}

export const isUrl = (name: string) => /^https?:\/\//i.test(name);

/** Fetches a page given on the command line (the CLI, unlike the extension, may use the network). */
export async function readUrl(url: string, timeoutMs = 15_000): Promise<Input> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (err) {
    const why = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : networkReason(err);
    return fail(url, `cannot fetch (${why})`);
  }
  if (!res.ok) return fail(url, `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) return fail(url, `is ${type.split(';')[0]}, not HTML`);
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > MAX_INPUT_BYTES) return fail(url, `too large (${(declared / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  // The header's charset ranks above the page's own <meta>, below a byte order mark (WHATWG).
  const httpCharset = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(type)?.[1] ?? null;
  return decodeHtml(url, bytes, { httpCharset, url: res.url || url });
}
