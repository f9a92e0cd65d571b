/**
 * Bundled for the page by esbuild (see highlight-bundle.ts): the three-way highlight comparison.
 * Each function marks the same names on the same page and returns how long it took, measured
 * with performance.now() around the synchronous work.
 *  - floor: a bare TreeWalker pass that only reads every text node (no highlighter can do less);
 *  - ours: our text index over <body>, every occurrence of each name found in its text, and the
 *    CSS Custom Highlight backend the lens uses (src/content/highlighter/highlight-api);
 *  - mark.js: `new Mark(body).mark(names)`, case-sensitive, no diacritics expansion, whole
 *    names (separateWordSearch off), the closest to what we do.
 * Chromium rounds performance.now() to 0.1 ms outside cross-origin isolation, so each approach is
 * repeated (undone, untimed, between repetitions) until it has run for 30 ms or 30 times, and the
 * mean per repetition is returned.
 */
import { buildTextIndex } from '../../src/core/text-index';
import { createHighlightApiHighlighter } from '../../src/content/highlighter/highlight-api';
import type { Highlighter, MarkInput } from '../../src/content/highlighter/types';

interface MarkJs {
  mark(keywords: string[], options: Record<string, unknown>): void;
  unmark(options?: Record<string, unknown>): void;
}
type MarkCtor = new (ctx: Element) => MarkJs;

export interface Timed {
  ms: number;
  /** Highlights made (or text nodes read, for the floor). */
  count: number;
}

let ours: Highlighter | null = null;

const MIN_TOTAL_MS = 30;
const MAX_REPS = 30;

/** Mean of `once` over repetitions; `undo` runs untimed after each. */
function repeated<R extends Timed>(once: () => R, undo: () => void): R {
  let total = 0;
  let reps = 0;
  let last: R;
  const sums: Record<string, number> = {};
  do {
    last = once();
    for (const [k, v] of Object.entries(last)) if ((k === 'ms' || k.endsWith('Ms')) && typeof v === 'number') sums[k] = (sums[k] ?? 0) + v;
    total += last.ms;
    reps++;
    undo();
  } while (total < MIN_TOTAL_MS && reps < MAX_REPS);
  const mean = { ...last } as unknown as Record<string, number>;
  for (const [k, v] of Object.entries(sums)) mean[k] = v / reps;
  return mean as unknown as R;
}

function floorOnce(): Timed {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    n++;
  }
  const ms = performance.now() - t0;
  // Keep `chars` observable so the read cannot be optimised away.
  (globalThis as { __slFloorChars?: number }).__slFloorChars = chars;
  return { ms, count: n };
}

function highlightOursOnce(names: string[]): Timed & { indexMs: number; searchMs: number; addMs: number } {
  const t0 = performance.now();
  const index = buildTextIndex(document.body);
  const t1 = performance.now();
  const marks: MarkInput[] = [];
  const text = index.text;
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      marks.push({ id: marks.length, kind: 'person', start: at, end: at + name.length, index });
    }
  }
  const t2 = performance.now();
  ours = createHighlightApiHighlighter(window);
  if (!ours) throw new Error('no CSS Custom Highlight API in this browser');
  ours.add(marks);
  const t3 = performance.now();
  return { ms: t3 - t0, count: marks.length, indexMs: t1 - t0, searchMs: t2 - t1, addMs: t3 - t2 };
}

function clearOurs(): void {
  ours?.clear();
  ours = null;
}

function highlightMarkJsOnce(names: string[]): Timed {
  const Mark = (globalThis as unknown as { Mark?: MarkCtor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded in the page');
  let count = 0;
  const t0 = performance.now();
  new Mark(document.body).mark(names, {
    separateWordSearch: false,
    caseSensitive: true,
    diacritics: false,
    accuracy: 'partially',
    each: () => {
      count++;
    },
  });
  return { ms: performance.now() - t0, count };
}

function unmark(): void {
  const Mark = (globalThis as unknown as { Mark?: MarkCtor }).Mark;
  if (Mark) new Mark(document.body).unmark();
}

const api = {
  floor: () => repeated(floorOnce, () => undefined),
  highlightOurs: (names: string[]) => repeated(() => highlightOursOnce(names), clearOurs),
  highlightMarkJs: (names: string[]) => repeated(() => highlightMarkJsOnce(names), unmark),
};
(globalThis as unknown as { __slBench: unknown }).__slBench = api;
