/**
 * Quotation spans from paired quotation marks, region by region (see regions.ts).
 *
 * A stack pairs marks, so quotes inside quotes nest. Marks that cannot be decided by glyph are
 * decided by their neighbours, as in CommonMark's smart punctuation: a mark that follows a
 * non-letter and precedes a non-space can open; one that follows a non-space and precedes a
 * non-letter can close. Single quotes add the apostrophe exceptions (Kim's, '90s, rock 'n' roll,
 * the allies' talks). An opener left unclosed at a region's end is dropped, unless the next
 * region reopens it (the multi-paragraph convention), so an unbalanced mark never swallows text.
 */
import { isAlnum, isLower, isSpace, isUncased, skipSpaceBackward, skipSpaceForward } from './chars';

/** Letters of scripts with apostrophes and spaces decide flanking; Hangul and CJK neighbours do not. */
const isWordChar = (c: string | undefined): boolean => isAlnum(c) && !isUncased(c);
import { FAMILY, MARK_RE, REOPENERS, type Family } from './marks';
import { isHeading, type Region } from './regions';

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark. */
  closeEnd: number;
  /** The quoted words, trimmed, inside the marks. */
  start: number;
  end: number;
  family: Family;
  /** Index of the region holding the opening mark, and of the one holding the closing mark. */
  firstRegion: number;
  lastRegion: number;
}

interface Entry {
  pos: number;
  char: string;
  family: Family;
  region: number;
}

type Action = 'open' | 'close' | 'skip';

const ELISION = /^(?:\d\d(?:s|(?![\p{L}\p{N}]))|(?:em|til|tis|twas)(?![\p{L}]))/iu;
const N_ELISION = /^n['’‘]/iu;

class RegionScanner {
  readonly stack: Entry[] = [];
  /** A trailing mark already consumed as an apostrophe ("rock 'n' roll"). */
  private skipAt = -1;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  private top(family: Family): Entry | undefined {
    for (let k = this.stack.length - 1; k >= 0; k--) if ((this.stack[k] as Entry).family === family) return this.stack[k];
    return undefined;
  }

  private prev(i: number): string | undefined {
    return i > this.start ? this.text[i - 1] : undefined;
  }

  private next(i: number): string | undefined {
    return i + 1 < this.end ? this.text[i + 1] : undefined;
  }

  classify(i: number): Action {
    if (i === this.skipAt) return 'skip';
    const c = this.text[i] as string;
    const p = this.prev(i);
    const n = this.next(i);
    const canOpen = !isSpace(n) && !isWordChar(p);
    const canClose = !isSpace(p) && !isWordChar(n);
    const spaced = isSpace(p) && isSpace(n);
    switch (FAMILY[c]) {
      case 'double':
        return this.double(c, p, n, canOpen, canClose, spaced);
      case 'single':
        return this.single(i, c, p, n, canOpen, canClose);
      case 'guil':
      case 'guilSingle':
        return this.guillemet(c, canOpen, canClose);
      default:
        return '「『〝'.includes(c) ? 'open' : this.top(FAMILY[c] as Family) ? 'close' : 'skip';
    }
  }

  private double(c: string, p: string | undefined, n: string | undefined, canOpen: boolean, canClose: boolean, spaced: boolean): Action {
    const open = this.top('double');
    if (c === '„' || c === '‟') return isSpace(n) && !spaced ? 'skip' : 'open';
    if (c === '“') {
      if (open && open.char === '„') return 'close';
      if (canOpen || spaced) return 'open';
      return open && canClose ? 'close' : 'skip'; // “…“ typed for “…”
    }
    if (c === '”') {
      if (open) return 'close';
      return canOpen ? 'open' : 'skip'; // Swedish/Finnish ”…” style
    }
    // straight "
    if (open && (!isSpace(p) || spaced)) return 'close';
    if (isWordChar(p) && isWordChar(n)) return 'skip';
    if (!isSpace(n) || spaced) return 'open';
    return canClose && open ? 'close' : 'skip';
  }

  private single(i: number, c: string, p: string | undefined, n: string | undefined, canOpen: boolean, canClose: boolean): Action {
    if (c === '‚') return canOpen ? 'open' : 'skip';
    if (isWordChar(p) && isWordChar(n)) return 'skip'; // Kim's, don't, o'clock, rock'n'roll
    const open = this.top('single');
    if (canOpen && !canClose) {
      const rest = this.text.slice(i + 1, Math.min(this.end, i + 8));
      if (ELISION.test(rest)) return 'skip';
      if (N_ELISION.test(rest)) {
        this.skipAt = i + 2;
        return 'skip';
      }
      return 'open';
    }
    if (canClose && open) {
      if (!canOpen && this.pluralPossessive(i, p, n)) return 'skip';
      return 'close';
    }
    return 'skip';
  }

  /** "the allies' talks": an s' followed by a lower-case word, with a later closer still to come. */
  private pluralPossessive(i: number, p: string | undefined, n: string | undefined): boolean {
    if (p !== 's' && p !== 'S') return false;
    if (n !== ' ' || !isLower(this.text[i + 2])) return false;
    for (let j = i + 2; j < this.end; j++) {
      const c = this.text[j] as string;
      if (FAMILY[c] !== 'single') continue;
      const pj = this.text[j - 1];
      const nj = j + 1 < this.end ? this.text[j + 1] : undefined;
      if (!isSpace(nj) && !isWordChar(pj)) return false; // an opener comes first
      if (!isSpace(pj) && !isWordChar(nj)) return true;
    }
    return false;
  }

  private guillemet(c: string, canOpen: boolean, canClose: boolean): Action {
    const family = FAMILY[c] as Family;
    const open = this.top(family);
    const forward = c === '«' || c === '‹';
    if (open && open.char !== c) return 'close';
    if (forward) return 'open';
    // » / › opening a German-style »…« quote
    return canOpen && !canClose ? 'open' : 'skip';
  }
}

function reopens(entry: Entry, c: string | undefined): boolean {
  return c !== undefined && REOPENERS[entry.family].includes(c);
}

function makeSpan(text: string, entry: Entry, closeAt: number, region: number): MarkedSpan | null {
  const start = skipSpaceForward(text, entry.pos + 1, closeAt);
  const end = skipSpaceBackward(text, closeAt, start);
  if (end <= start) return null;
  return { open: entry.pos, closeEnd: closeAt + 1, start, end, family: entry.family, firstRegion: entry.region, lastRegion: region };
}

export function findMarkedSpans(text: string, regions: readonly Region[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let carry: Entry | null = null;
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r] as Region;
    const scanner = new RegionScanner(text, region.start, region.end);
    let from = region.start;
    if (carry) {
      const first = skipSpaceForward(text, region.start, region.end);
      if (reopens(carry, text[first])) {
        scanner.stack.push(carry);
        from = first + 1;
      }
      carry = null;
    }
    MARK_RE.lastIndex = from;
    const slice = region.end;
    const lastClosedOpen = new Map<Family, number>();
    for (let m = MARK_RE.exec(text); m !== null && m.index < slice; m = MARK_RE.exec(text)) {
      const i = m.index;
      const action = scanner.classify(i);
      if (action === 'open') {
        scanner.stack.push({ pos: i, char: m[0], family: FAMILY[m[0]] as Family, region: r });
      } else if (action === 'close') {
        const family = FAMILY[m[0]] as Family;
        let k = scanner.stack.length - 1;
        while (k >= 0 && (scanner.stack[k] as Entry).family !== family) k--;
        if (k < 0) continue;
        const entry = scanner.stack[k] as Entry;
        scanner.stack.length = k; // inner marks left open are unbalanced: dropped
        const span = makeSpan(text, entry, i, r);
        if (span) out.push(span);
        lastClosedOpen.set(entry.family, Math.max(lastClosedOpen.get(entry.family) ?? -1, entry.pos));
      }
    }
    // Only a quote that runs to the paragraph's end continues: a later closed quote means the
    // outer mark was a typo, not the multi-paragraph convention.
    const outer = scanner.stack[0];
    const next = regions[r + 1];
    const runsToEnd = outer !== undefined && (lastClosedOpen.get(outer.family) ?? -1) < outer.pos;
    if (outer && runsToEnd && next && !isHeading(region.tag) && !isHeading(next.tag)) carry = outer;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
