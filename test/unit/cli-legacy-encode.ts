/**
 * Test helper: encodes text in a legacy encoding, as an old news site's server stores its pages.
 * Built by inverting the CLI's decoder (single bytes, then lead+trail pairs), so it needs no encoder
 * library (windows-1252's table is checked byte by byte in cli-decode.test.ts); a character the encoding lacks is written as a numeric character reference,
 * as browsers and CMSs do, so the page still parses to the same text.
 */
import { decodeBytes } from '../../src/cli/decode';

const tables = new Map<string, Map<string, number[]>>();

function tableFor(encoding: string): Map<string, number[]> {
  const known = tables.get(encoding);
  if (known) return known;
  const table = new Map<string, number[]>();
  const put = (bytes: number[]) => {
    let s: string;
    try {
      s = decodeBytes(new Uint8Array(bytes), encoding, true);
    } catch {
      return;
    }
    if ([...s].length === 1 && s !== '\ufffd' && !table.has(s)) table.set(s, bytes);
  };
  for (let b = 0x80; b <= 0xff; b++) put([b]);
  if (!/^(windows-|iso-8859-|koi8)/.test(encoding)) {
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) put([lead, trail]);
  }
  tables.set(encoding, table);
  return table;
}

export function encodeLegacy(text: string, encoding: string): Buffer {
  const table = tableFor(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else {
      const bytes = table.get(ch);
      if (bytes) out.push(...bytes);
      else for (const b of Buffer.from(`&#${c};`, 'latin1')) out.push(b);
    }
  }
  return Buffer.from(out);
}
