/**
 * Compiles every alias, short form and ambiguous alias of a dataset into one trie over folded
 * text, then scans the text once, left to right: at each position the longest pattern that
 * passes the boundary and case rules wins and the scan resumes after it.
 *
 * Our own trie rather than a library: the scan needs hooks no Aho-Corasick package offers
 * (separator runs, Russian case endings inside multi-word names, per-script boundaries), and the
 * whole thing is ~200 lines.
 */
import type { Dataset, Lang } from '../data/schema';
import {
  acceptEnd,
  boundaryScript,
  caseOk,
  cyrillicEndingAt,
  cyrillicStem,
  followedByGivenName,
  hungarianEndingAt,
  startOk,
} from './boundaries';
import { SEP, isWordUnit, normalize, normalizePattern, scriptOf, type Script } from './normalize';

/** One way a pattern can name an entity. */
export interface PatternEntry {
  id: string;
  /** Short forms (and ambiguous aliases) need exact capitalisation in cased scripts. */
  short: boolean;
  /** The alias as the dataset spells it (for the case rules). */
  form: string;
  lang: Lang;
}

interface Terminal {
  entries: PatternEntry[];
  /** Listed in ambiguous.json: never linked without context even with one surviving entry. */
  ambiguous: boolean;
  first: Script | 'digit';
  last: Script | 'digit';
  length: number;
  /** A Hungarian alias gives this form, so it may take a Hungarian case ending (hungarianEndingAt). */
  hungarian: boolean;
}

export interface Match {
  start: number;
  end: number;
  /** Entries whose case rule accepted this occurrence. */
  entries: PatternEntry[];
  ambiguous: boolean;
}

/**
 * The trie's nodes, by index (0 is the root). Most nodes lie on a chain (the rest of one name)
 * and have a single child, kept inline as (firstCode, firstNext); only a node with several
 * children gets a Map, which then holds all of them. A Map per node (40,000 of them with the
 * added languages' names) made compiling the trie slow, mostly in garbage collection.
 *
 * Patterns enter the trie by their first folded unit, the first time a scanned text has that unit
 * where a name could start (`rootStep`): a page in English never pays for the Cyrillic, Greek,
 * Arabic, Indic, Hangul and Han names (more than half of the dataset's forms). A scan cannot tell:
 * every pattern under the root's child for a unit starts with that unit, and they all enter
 * together, in the order given, before that child is first read.
 */
export interface CompiledMatcher {
  /** The code unit of a node's only (or first) child, -1 for none. */
  readonly firstCode: number[];
  readonly firstNext: number[];
  /** All children of a node with more than one: folded code unit → node index. */
  readonly more: (Map<number, number> | null)[];
  readonly terminal: (Terminal | null)[];
  /** Nodes where a declinable Cyrillic stem ends: a case ending may follow in the text. */
  readonly stemEnd: boolean[];
  /** Patterns in the trie so far. */
  readonly patterns: number;
  /** Patterns not in the trie yet, by their first folded unit, with their folded form. */
  readonly waiting: Map<number, { spec: PatternSpec; key: string }[]>;
}

interface Builder extends CompiledMatcher {
  firstCode: number[];
  firstNext: number[];
  more: (Map<number, number> | null)[];
  terminal: (Terminal | null)[];
  stemEnd: boolean[];
  patterns: number;
  waiting: Map<number, { spec: PatternSpec; key: string }[]>;
}

/** The child of `node` along `code`, or undefined. */
function step(m: CompiledMatcher, node: number, code: number): number | undefined {
  if (m.firstCode[node] === code) return m.firstNext[node];
  return m.more[node]?.get(code);
}

function child(b: Builder, node: number, code: number): number {
  const found = step(b, node, code);
  if (found !== undefined) return found;
  const n = b.firstCode.length;
  b.firstCode.push(-1);
  b.firstNext.push(-1);
  b.more.push(null);
  b.terminal.push(null);
  b.stemEnd.push(false);
  if (b.firstCode[node] === -1) {
    b.firstCode[node] = code;
    b.firstNext[node] = n;
  } else {
    let map = b.more[node];
    if (!map) {
      map = new Map([[b.firstCode[node] as number, b.firstNext[node] as number]]);
      b.more[node] = map;
    }
    map.set(code, n);
  }
  return n;
}

/** Adds one pattern; `key` is its folded form (normalizePattern), not empty. */
function addPattern(b: Builder, key: string, { form, entry, ambiguous }: PatternSpec): void {
  const trimmed = form.trim();
  const words = key.split(' ');
  const cyrillic = scriptOf(key.charCodeAt(0)) === 'cyrillic';
  // The words as written are only needed for the Cyrillic stems.
  const originalWords = cyrillic ? trimmed.split(/[\s\-‐‑‒–—―−·・]+/u) : [];
  let node = 0;
  words.forEach((word, w) => {
    if (w > 0) node = child(b, node, SEP);
    const stem = cyrillic ? cyrillicStem(word, originalWords[w] ?? word) : null;
    const path = stem ?? word;
    for (let i = 0; i < path.length; i++) node = child(b, node, path.charCodeAt(i));
    if (stem !== null) b.stemEnd[node] = true;
  });
  let t = b.terminal[node];
  if (!t) {
    t = {
      entries: [],
      ambiguous,
      first: boundaryScript(key.charCodeAt(0)),
      last: boundaryScript(key.charCodeAt(key.length - 1)),
      length: key.length,
      hungarian: false,
    };
    b.terminal[node] = t;
    b.patterns++;
  }
  t.ambiguous ||= ambiguous;
  // a form several languages share ("Kreml": de, hu) keeps one entry, so the flag sits on the terminal
  t.hungarian ||= entry.lang === 'hu';
  if (!t.entries.some((e) => e.id === entry.id && e.form === entry.form && e.short === entry.short)) t.entries.push(entry);
}

/** A surface form to compile: the text as written and what it names. */
export interface PatternSpec {
  form: string;
  entry: PatternEntry;
  ambiguous: boolean;
  /** normalizePattern(form), when the caller has it already (it costs a fold per form). */
  key?: string;
}

/** Build a trie from any list of forms (aliases, role phrases, story terms); filled as texts need it. */
export function compilePatterns(specs: Iterable<PatternSpec>): CompiledMatcher {
  const b: Builder = { firstCode: [-1], firstNext: [-1], more: [null], terminal: [null], stemEnd: [false], patterns: 0, waiting: new Map() };
  for (const spec of specs) {
    const key = spec.key ?? normalizePattern(spec.form);
    if (key.length === 0) continue;
    const first = key.charCodeAt(0);
    const list = b.waiting.get(first);
    if (list) list.push({ spec, key });
    else b.waiting.set(first, [{ spec, key }]);
  }
  return b;
}

/** The root's child for `code`, once the patterns starting with `code` are in the trie. */
function rootStep(m: CompiledMatcher, code: number): number | undefined {
  const found = step(m, 0, code);
  if (found !== undefined) return found;
  const waiting = m.waiting.get(code);
  if (waiting === undefined) return undefined;
  m.waiting.delete(code);
  for (const w of waiting) addPattern(m as Builder, w.key, w.spec);
  return step(m, 0, code);
}

/** Every alias and short form of every entity, plus the ambiguous aliases. */
export function datasetPatterns(dataset: Dataset): PatternSpec[] {
  const specs: PatternSpec[] = [];
  const ambiguousKeys = new Set(dataset.ambiguous.map((a) => normalizePattern(a.alias)));
  const add = (form: string, entry: PatternEntry) => {
    const key = normalizePattern(form);
    specs.push({ form, entry, ambiguous: ambiguousKeys.has(key), key });
  };
  for (const e of dataset.entities) {
    for (const [lang, forms] of Object.entries(e.aliases) as [Lang, string[]][]) {
      for (const form of forms) add(form, { id: e.id, short: false, form, lang });
    }
    for (const [lang, forms] of Object.entries(e.short ?? {}) as [Lang, string[]][]) {
      for (const form of forms) add(form, { id: e.id, short: true, form, lang });
    }
  }
  for (const a of dataset.ambiguous) {
    for (const id of a.candidates) specs.push({ form: a.alias, entry: { id, short: true, form: a.alias, lang: a.lang }, ambiguous: true });
  }
  return specs;
}

export function compileMatcher(dataset: Dataset): CompiledMatcher {
  return compilePatterns(datasetPatterns(dataset));
}

const compiled = new WeakMap<Dataset, CompiledMatcher>();

/** The dataset's matcher, compiled once per dataset object. */
export function matcherFor(dataset: Dataset): CompiledMatcher {
  let m = compiled.get(dataset);
  if (!m) {
    m = compileMatcher(dataset);
    compiled.set(dataset, m);
  }
  return m;
}

/** A stretch of the text to scan for the names inside it: matches stay within it and are shorter. */
export interface Within {
  start: number;
  end: number;
}

/** One scan over the text (or within one span of it); non-overlapping matches in text order. */
export function matchText(matcher: CompiledMatcher, text: string, norm: string = normalize(text), within?: Within): Match[] {
  const out: Match[] = [];
  const n = within ? within.end : norm.length;
  let i = within ? within.start : 0;
  while (i < n) {
    const code = norm.charCodeAt(i);
    if (code === SEP || (i > 0 && insideWord(code, norm.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const first = rootStep(matcher, code);
    if (first === undefined) {
      i++;
      continue;
    }
    const best = longestAt(matcher, text, norm, i, first, within);
    if (best) {
      out.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return out;
}

/** Terminal candidates found by one walk, as flat (node, end) pairs; reused between calls. */
const found: number[] = [];
/** Pending branches (node, pos) of one walk, after a Cyrillic stem; reused between calls. */
const pending: number[] = [];

/**
 * Walks the trie from `start` collecting every terminal reached, then accepts the longest one
 * that passes the boundary and case rules.
 */
function longestAt(m: CompiledMatcher, text: string, norm: string, start: number, firstNode: number, within?: Within): Match | null {
  found.length = 0;
  pending.length = 0;
  pending.push(firstNode, start + 1);
  const n = norm.length;
  while (pending.length > 0) {
    let pos = pending.pop() as number;
    let node = pending.pop() as number;
    // pos = index of the next text unit to read; node has consumed norm[start, pos)
    for (;;) {
      if (m.stemEnd[node]) {
        // A case ending may close this name here; whether or not one does, a longer name may
        // carry on past the stem ("Корейская народная армия" past the stem of "Корея").
        const len = cyrillicEndingAt(norm, pos);
        if (len >= 0) {
          const q = pos + len;
          if (m.terminal[node]) found.push(node, q);
          const sepNode = q < n && norm.charCodeAt(q) === SEP ? step(m, node, SEP) : undefined;
          if (sepNode !== undefined) pending.push(sepNode, skipSeps(norm, q + 1));
        }
        // letters may also continue the stem itself (another pattern)
        if (pos >= n) break;
        const code = norm.charCodeAt(pos);
        if (code === SEP) break;
        const nx = step(m, node, code);
        if (nx === undefined) break;
        node = nx;
        pos++;
        continue;
      }
      if (m.terminal[node]) found.push(node, pos);
      if (pos >= n) break;
      const code = norm.charCodeAt(pos);
      const nx = step(m, node, code);
      if (nx === undefined) break;
      node = nx;
      pos = code === SEP ? skipSeps(norm, pos + 1) : pos + 1;
    }
  }
  let best: Match | null = null;
  let bestEnd = -1;
  for (let k = 0; k < found.length; k += 2) {
    const node = found[k] as number;
    const end = found[k + 1] as number;
    if (end <= bestEnd) continue;
    const match = accept(m, text, norm, start, node, end);
    if (match && within && (match.end > within.end || (match.start === within.start && match.end === within.end))) continue;
    if (match) {
      best = match;
      bestEnd = end;
    }
  }
  return best;
}

function accept(m: CompiledMatcher, text: string, norm: string, start: number, node: number, end: number): Match | null {
  const t = m.terminal[node] as Terminal;
  if (!startOk(norm, start, t.first)) return null;
  let mentionEnd = m.stemEnd[node] ? end : acceptEnd(norm, end, t.last, t.length);
  if (mentionEnd < 0 && t.hungarian && t.last === 'latin') {
    // a Hungarian case ending, on a form the dataset gives in Hungarian ("Peszkovot", "Kremlből")
    const ending = hungarianEndingAt(norm, end);
    if (ending > 0) mentionEnd = end + ending;
  }
  if (mentionEnd < 0) return null;
  const passes = (e: PatternEntry) => caseOk(text, start, end, e.form, e.short);
  let entries = t.entries.every(passes) ? t.entries : t.entries.filter(passes);
  if (entries.length > 0 && t.last === 'latin' && followedByGivenName(text, end)) entries = entries.filter((e) => !e.short);
  if (entries.length === 0) return null;
  return { start, end: mentionEnd, entries, ambiguous: t.ambiguous };
}

/** No pattern can start in the middle of a Latin/Cyrillic word or a run of Hangul (cheap pre-check). */
function insideWord(code: number, prev: number): boolean {
  if (code < 0x80) return isWordUnit(code) && isWordUnit(prev);
  const s = scriptOf(code);
  if (s === 'latin' || s === 'cyrillic' || s === 'greek' || s === 'indic') return isWordUnit(prev);
  if (s === 'hangul') return scriptOf(prev) === 'hangul';
  return false;
}

function skipSeps(norm: string, pos: number): number {
  let p = pos;
  while (p < norm.length && norm.charCodeAt(p) === SEP) p++;
  return p;
}
