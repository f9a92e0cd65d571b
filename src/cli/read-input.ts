/**
 * Reads one CLI input (a file path, or "-" for standard input) into HTML text, or explains in one
 * line why it cannot. Nothing here throws: every failure becomes an InputError.
 */
import { readFileSync, statSync } from 'node:fs';

/** Larger inputs are refused rather than risk exhausting memory in jsdom (≈10–20× the HTML size). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Input = { ok: true; name: string; html: string } | { ok: false; name: string; reason: string };

const fail = (name: string, reason: string): Input => ({ ok: false, name, reason });

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function decodeHtml(name: string, bytes: Uint8Array): Input {
  if (bytes.length === 0) return fail(name, 'empty file');
  if (bytes.length > MAX_INPUT_BYTES) {
    return fail(name, `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (head.startsWith('%PDF-')) return fail(name, 'a PDF document, not HTML');
  if (head.includes('\0')) return fail(name, 'a binary file, not HTML');
  let charset = declaredCharset(head) ?? 'utf-8';
  if (charset === 'utf8') charset = 'utf-8';
  try {
    const text = new TextDecoder(charset, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, name, html: text };
  } catch (err) {
    if (err instanceof RangeError) return fail(name, `declares an unknown character set "${charset}"`);
    return fail(name, `is not valid ${charset === 'utf-8' ? 'UTF-8' : charset} text`);
  }
}

export function readInput(name: string, readStdin: () => Uint8Array = () => readFileSync(0)): Input {
  if (name === '-') {
    try {
      return decodeHtml('-', readStdin());
    } catch {
      return fail('-', 'cannot read standard input');
    }
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
  try {
    return decodeHtml(name, readFileSync(name));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(name, code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
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
  const charset = /charset=([\w-]+)/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset) && !declaredCharsetIn(bytes)) {
    try {
      return { ok: true, name: url, html: new TextDecoder(charset.toLowerCase()).decode(bytes) };
    } catch {
      return fail(url, `declares an unknown character set "${charset}"`);
    }
  }
  return decodeHtml(url, bytes);
}

function declaredCharsetIn(bytes: Uint8Array): boolean {
  return declaredCharset(Buffer.from(bytes.subarray(0, 4096)).toString('latin1')) !== null;
}
