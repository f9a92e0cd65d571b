/**
 * The lens on one page: analyse (never mutating the page), highlight in slices, hover cards, the
 * keyboard path, live updates, and a teardown that leaves no trace. Everything browser-specific
 * (messaging, settings storage) is passed in, so this runs under jsdom in tests too.
 */
import type { Analysis } from '../core/types';
import type { TextIndex } from '../core/text-index';
import type { Dataset, Entity } from '../data/schema';
import type { LensReport, StepDirection } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { createHighlighter, type Highlighter } from './highlighter/index';
import { highlightCss } from './highlight-style';
import { hitTest, IntervalLookup, type IndexedMarks } from './hit-test';
import { createCard, type CardController } from './hover-card/card';
import { watchLiveUpdates, type LiveUpdates } from './live-updates';
import { marksFor, type Mark } from './marks';
import { mergeEntities, toReport } from './report';
import { inSlices } from './scheduler';
import { adoptStyles, type StyleHandle } from './styles';

export interface LensDeps {
  doc: Document;
  url: string;
  dataset: Dataset;
  settings: Settings;
  analyzeDocument(doc: Document): { analysis: Analysis; index: TextIndex };
  /** Index + analyse nodes added after load (the page is already known to be the story). */
  analyzeNodes(nodes: Node[], meta: Analysis): { analysis: Analysis; index: TextIndex } | null;
  report(r: LensReport): void;
  preferWrap?: boolean;
}

export interface Lens {
  start(): Promise<void>;
  step(direction: StepDirection): void;
  teardown(): void;
  /** Re-sends the last report (a second injection). */
  rereport(): void;
  readonly active: boolean;
  /** Resolves when the highlights queued so far are on the page (tests, benchmarks). */
  settled(): Promise<void>;
}

const CLOSE_GRACE_MS = 250;
const REANALYSE_MIN_MS = 1500;
const bench = (name: string) => {
  if (__STORYLENS_BENCH__) performance.mark(`storylens:${name}`);
};

export function createLens(deps: LensDeps): Lens {
  const { doc, settings } = deps;
  const win = doc.defaultView!;
  const byId: ReadonlyMap<string, Entity> = new Map(deps.dataset.entities.map((e) => [e.id, e]));
  let active = true;
  let analysis: Analysis | null = null;
  let highlighter: Highlighter | null = null;
  let pageStyle: StyleHandle | null = null;
  let card: CardController | null = null;
  let live: LiveUpdates | null = null;
  let articleScope: Node | null = null;
  const marks = new Map<number, Mark>();
  const indexes: IndexedMarks[] = [];
  let ordered: number[] | null = null;
  let cursor = -1;
  let nextId = 0;
  let work: Promise<unknown> = Promise.resolve();
  let lastReport: LensReport | null = null;
  let lastFullAnalysis = 0;

  // Hover state.
  let hoverId: number | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let pointerInCard = false;
  let lastPoint = { x: 0, y: 0 };
  let lastTarget: EventTarget | null = null;
  let frame: number | undefined;

  const sendReport = (): void => {
    if (!analysis) return;
    lastReport = toReport(analysis, marks.size, highlighter?.name ?? 'none');
    deps.report(lastReport);
  };

  const quietly = (fn: () => void): void => (live ? live.quietly(fn) : fn());

  const ensureSurface = (): Highlighter => {
    if (!highlighter) {
      highlighter = createHighlighter(doc, deps.preferWrap ? 'wrap' : undefined);
      quietly(() => {
        pageStyle = adoptStyles(doc, doc, highlightCss(settings));
      });
      card = createCard(doc, {
        onPointer(inside) {
          pointerInCard = inside;
          if (inside) win.clearTimeout(closeTimer);
          else scheduleClose();
        },
      });
      win.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
    }
    return highlighter;
  };

  /** Adds marks in idle slices; ids stay stable so cards and keyboard order can refer to them. */
  const applyMarks = (list: Mark[], index: TextIndex): Promise<unknown> => {
    if (!list.length) return Promise.resolve();
    const h = ensureSurface();
    for (const m of list) marks.set(m.id, m);
    indexes.push({ index, lookup: new IntervalLookup(list.map(({ id, start, end }) => ({ id, start, end }))) });
    ordered = null;
    bench('highlight:start');
    const BATCH = 25;
    const batches: Mark[][] = [];
    for (let i = 0; i < list.length; i += BATCH) batches.push(list.slice(i, i + BATCH));
    work = work.then(() =>
      inSlices(win, batches, (batch) => {
        const t0 = __STORYLENS_BENCH__ ? performance.now() : 0;
        quietly(() => h.add(batch));
        if (__STORYLENS_BENCH__) performance.measure('storylens:highlight-batch', { start: t0, end: performance.now() });
      }, () => !active).then(() => {
        bench('highlight:end');
        if (__STORYLENS_BENCH__) performance.measure('storylens:highlight', 'storylens:highlight:start', 'storylens:highlight:end');
      }),
    );
    return work;
  };

  const scopeOf = (index: TextIndex): Node | null => {
    const segs = index.segments;
    if (!segs.length) return null;
    const r = doc.createRange();
    r.setStartBefore(segs[0]!.node);
    r.setEndAfter(segs[segs.length - 1]!.node);
    const common = r.commonAncestorContainer;
    // "Near the article": its parent too, where live blogs append new entries beside it.
    return common.parentNode ?? common;
  };

  const fullAnalysis = (): { analysis: Analysis; index: TextIndex } => {
    bench('analyze:start');
    const result = deps.analyzeDocument(doc);
    bench('analyze:end');
    if (__STORYLENS_BENCH__) {
      // lens.ts marks 'storylens:extracted' between the two phases.
      performance.measure('storylens:extract', 'storylens:analyze:start', 'storylens:extracted');
      performance.measure('storylens:analyze', 'storylens:extracted', 'storylens:analyze:end');
    }
    lastFullAnalysis = Date.now();
    return result;
  };

  const highlightWhole = (result: { analysis: Analysis; index: TextIndex }): Promise<unknown> => {
    analysis = result.analysis;
    articleScope = scopeOf(result.index);
    const list = result.analysis.story.matched ? marksFor(result.analysis, result.index, byId, settings, nextId) : [];
    nextId += list.length;
    return applyMarks(list, result.index).then(() => sendReport());
  };

  const onAdded = (nodes: Node[]): void => {
    if (!active) return;
    try {
      if (!analysis?.story.matched) {
        // Not the story (yet): the new text may change that, so look at the whole page again —
        // but not more often than every REANALYSE_MIN_MS on a busy page.
        if (Date.now() - lastFullAnalysis < REANALYSE_MIN_MS) return;
        void highlightWhole(fullAnalysis());
        return;
      }
      const result = deps.analyzeNodes(nodes, analysis);
      if (!result || (!result.analysis.entities.length && !result.analysis.quotes.length)) return;
      const list = marksFor(result.analysis, result.index, byId, settings, nextId);
      nextId += list.length;
      analysis = { ...analysis, entities: mergeEntities(analysis.entities, result.analysis.entities), quotes: [...analysis.quotes, ...result.analysis.quotes] };
      void applyMarks(list, result.index).then(() => sendReport());
    } catch {
      // A page that changes under us must never see our errors.
    }
  };

  const acceptAdded = (node: Node): boolean => {
    if (articleScope === null || articleScope === doc.body || articleScope === doc.documentElement) return true;
    return articleScope.contains(node);
  };

  // ---- hover ----
  const rangeOf = (id: number): Range | null => highlighter?.rangeOf(id) ?? null;

  const scheduleClose = (): void => {
    win.clearTimeout(closeTimer);
    closeTimer = win.setTimeout(() => {
      if (!pointerInCard && hoverId === null) card?.hide();
    }, CLOSE_GRACE_MS);
  };

  const openCard = (id: number, viaKeyboard: boolean, point?: { x: number; y: number }): void => {
    const mark = marks.get(id);
    const range = rangeOf(id);
    if (!mark || !range || !card) return;
    card.show(mark.card(), range, { viaKeyboard, point });
  };

  const evaluatePointer = (): void => {
    frame = undefined;
    if (!active || !highlighter) return;
    if (card?.owns(lastTarget)) return;
    const { x, y } = lastPoint;
    const id = highlighter.markAt(lastTarget) ?? hitTest(doc, x, y, indexes, rangeOf);
    if (id === hoverId) return;
    hoverId = id;
    win.clearTimeout(openTimer);
    if (id !== null) {
      win.clearTimeout(closeTimer);
      openTimer = win.setTimeout(() => {
        if (hoverId === id) openCard(id, false, lastPoint);
      }, settings.hoverDelayMs);
    } else if (card?.isOpen()) {
      scheduleClose();
    }
  };

  function onPointerMove(e: PointerEvent): void {
    try {
      lastPoint = { x: e.clientX, y: e.clientY };
      lastTarget = e.target;
      if (frame === undefined) frame = win.requestAnimationFrame(evaluatePointer);
    } catch {
      // never into the page
    }
  }

  // ---- keyboard ----
  const readingOrder = (): number[] => {
    if (ordered) return ordered;
    const withRanges = [...marks.keys()].map((id) => ({ id, range: rangeOf(id) })).filter((m): m is { id: number; range: Range } => m.range !== null);
    withRanges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.id - b.id);
    ordered = withRanges.map((m) => m.id);
    return ordered;
  };

  return {
    get active() {
      return active;
    },
    async start() {
      const result = fullAnalysis();
      live = watchLiveUpdates(doc, acceptAdded, onAdded);
      await highlightWhole(result);
    },
    step(direction) {
      if (!active) return;
      const order = readingOrder();
      if (!order.length) return;
      cursor = direction === 'next' ? (cursor + 1) % order.length : (cursor - 1 + order.length) % order.length;
      const id = order[cursor]!;
      const range = rangeOf(id);
      if (!range) return;
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > win.innerHeight) win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
      hoverId = null;
      openCard(id, true);
    },
    rereport() {
      if (lastReport) deps.report(lastReport);
    },
    settled: () => work.then(() => undefined),
    teardown() {
      if (!active) return;
      active = false;
      win.clearTimeout(openTimer);
      win.clearTimeout(closeTimer);
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      win.removeEventListener('pointermove', onPointerMove, { capture: true });
      live?.disconnect();
      live = null;
      card?.destroy();
      highlighter?.clear();
      pageStyle?.remove();
      marks.clear();
      indexes.length = 0;
      card = null;
      highlighter = null;
      pageStyle = null;
    },
  };
}
