import type { TextIndex } from '../../src/core/text-index';

/** The index text between two offsets with every separator (a position no segment covers) removed. */
export function withoutSeparators(index: TextIndex, start: number, end: number): string {
  let out = '';
  for (const seg of index.segments) {
    const s = Math.max(seg.start, start);
    const e = Math.min(seg.end, end);
    if (s < e) out += index.text.slice(s, e);
  }
  return out;
}
