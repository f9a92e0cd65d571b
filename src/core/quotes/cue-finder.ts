/** Finds attribution cues (cues.ts) in a stretch of text. */
import type { Span } from '../types';
import type { CueDef, CueRole, LangCues, Side } from './cues';

export interface CueMatch extends Span {
  text: string;
  role: CueRole;
  side: Side;
}

export interface CueFinder {
  find(text: string, from: number, to: number): CueMatch[];
}

/** "said" also matches "Said" at a sentence start; the rest of the pattern stays case-sensitive. */
function capitalisable(source: string, allowed: readonly string[] | undefined): string {
  const c = source[0];
  if (c === undefined || !/\p{Ll}/u.test(c)) return source;
  // "States" in "the United States" is not a cue: only listed cues take a capital (Latin languages)
  if (allowed && !allowed.includes(source)) return source;
  return `[${c}${c.toUpperCase()}]${source.slice(1)}`;
}

export function compileCues(lang: LangCues): CueFinder {
  // Longer patterns first, so "quoted by" wins over "quoted" and "said in a statement" over "said".
  const ordered: CueDef[] = [...lang.cues].sort((a, b) => b.source.length - a.source.length);
  const body = ordered.map((d) => `(${capitalisable(d.source, lang.capitalised)})`).join('|');
  const source = lang.wordBoundaries ? `(?<![\\p{L}\\p{N}\\-])(?:${body})(?![\\p{L}\\p{N}])` : body;
  const re = new RegExp(source, 'gu');
  return {
    find(text, from, to) {
      const out: CueMatch[] = [];
      if (to <= from) return out;
      // a little left context, so look-behinds (", so Putin", ""…"라며") can see the quote mark
      const left = Math.max(0, from - 3);
      const window = text.slice(left, to);
      re.lastIndex = 0;
      for (let m = re.exec(window); m !== null; m = re.exec(window)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        let k = 1;
        while (k < m.length && m[k] === undefined) k++;
        const def = ordered[k - 1];
        if (!def || left + m.index < from) continue;
        out.push({ start: left + m.index, end: left + m.index + m[0].length, text: m[0], role: def.role, side: def.side });
      }
      return out;
    },
  };
}
