/**
 * The lens on one page: analyse (never mutating the page), highlight in slices, hover cards, the
 * keyboard path, live updates, and a teardown that leaves no trace. Everything browser-specific
 * (messaging, settings storage) is passed in, so this runs under jsdom in tests too.
 */
import type { Analysis } from '../core/types';
import type { TextIndex } from '../core/text-index';
import { entityIndex } from '../core/linker';
import type { Dataset, Entity } from '../data/schema';
import type { LensReport, RevealResult, RevealTarget, StepDirection } from '../shared/messages';
import { HIGHLIGHT_KINDS, type Settings } from '../shared/settings';
import { createHighlighter, type Highlighter } from './highlighter/index';
import { highlightCss } from './highlight-style';
import { hitTest, IntervalLookup, type IndexedMarks } from './hit-test';
import { createCard, type CardController } from './hover-card/card';
import { watchLiveUpdates, type LiveUpdates } from './live-updates';
import { marksFor, type Mark } from './marks';
import { mergeEntities, toReport } from './report';
import { flashSteps, prefersReducedMotion, scrollRangeIntoView, standsFor } from './reveal';
import { inSlices } from './scheduler';
import { adoptStyles, type StyleHandle } from './styles';

export interface LensDeps {
  doc: Document;
  url: string;
  dataset: Dataset;
  settings: Settings;
  /** May answer later: the lens hands the text analysis to the background, off the page's main thread. */
  analyzeDocument(doc: Document): Promise<{ analysis: Analysis; index: TextIndex }> | { analysis: Analysis; index: TextIndex };
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
  /** Scrolls to mention `n % total` of an entity or quote and flashes it. */
  reveal(target: RevealTarget, n: number): RevealResult;
  /** Off: every trace leaves the page, the analysis stays; on: the same marks come back. */
  setHighlights(on: boolean): Promise<void>;
  /** Highlights the known names although the story did not match (the user asked). */
  force(): Promise<void>;
  /** New settings (kinds, colours, hover delay) applied to the open page at once. */
  applySettings(next: Settings): Promise<void>;
}

const CLOSE_GRACE_MS = 250;
const REANALYSE_MIN_MS = 1500;
const bench = (name: string) => {
  if (__STORYLENS_BENCH__) performance.mark(`storylens:${name}`);
};

/** Marks are made for every kind; settings only decide which are painted, so a kind switched back on needs no new analysis. */
const ALL_KINDS = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, true])) as Settings['kinds'];

export function createLens(deps: LensDeps): Lens {
  const { doc } = deps;
  let settings = deps.settings;
  const win = doc.defaultView!;
  const byId: ReadonlyMap<string, Entity> = entityIndex(deps.dataset);
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
  // Highlights switched off from the popup: marks and analysis are kept, nothing is painted.
  let shown = true;
  // The user asked for highlights on a page that did not match.
  let forced = false;
  let lastWhole: { analysis: Analysis; index: TextIndex } | null = null;
  /** Every batch of marks with its index, to rebuild the hover lookup when the painted kinds change. */
  const sources: { index: TextIndex; list: Mark[] }[] = [];
  // Bumped whenever what is painted is thrown away: slices of an older round stop.
  let paintRound = 0;
  let flashTimers: number[] = [];

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
    lastReport = toReport(analysis, [...marks.values()].filter(painted).length, highlighter?.name ?? 'none');
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

  const painted = (m: Mark): boolean => settings.kinds[m.kind];
  const lookupFor = (index: TextIndex, list: Mark[]): IndexedMarks => ({
    index,
    lookup: new IntervalLookup(list.filter(painted).map(({ id, start, end }) => ({ id, start, end }))),
  });

  /** Paints marks in idle slices (only the kinds switched on, only while shown). */
  const paint = (list: Mark[]): Promise<unknown> => {
    const todo = shown ? list.filter(painted) : [];
    if (!todo.length) return work;
    const h = ensureSurface();
    const round = paintRound;
    ordered = null;
    bench('highlight:start');
    const BATCH = 25;
    const batches: Mark[][] = [];
    for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
    work = work.then(() =>
      inSlices(win, batches, (batch) => {
        const t0 = __STORYLENS_BENCH__ ? performance.now() : 0;
        quietly(() => h.add(batch));
        if (__STORYLENS_BENCH__) performance.measure('storylens:highlight-batch', { start: t0, end: performance.now() });
      }, () => !active || round !== paintRound).then(() => {
        bench('highlight:end');
        if (__STORYLENS_BENCH__) performance.measure('storylens:highlight', 'storylens:highlight:start', 'storylens:highlight:end');
      }),
    );
    return work;
  };

  /** Adds marks in idle slices; ids stay stable so cards and keyboard order can refer to them. */
  const applyMarks = (list: Mark[], index: TextIndex): Promise<unknown> => {
    if (!list.length) return Promise.resolve();
    for (const m of list) marks.set(m.id, m);
    sources.push({ index, list });
    indexes.push(lookupFor(index, list));
    ordered = null;
    return paint(list);
  };

  const stopFlash = (): void => {
    for (const t of flashTimers) win.clearTimeout(t);
    flashTimers = [];
    highlighter?.flash(null);
  };

  const flash = (id: number, range: Range): void => {
    stopFlash();
    const h = highlighter;
    if (!h) return;
    const show = (on: boolean) => h.flash(on ? { id, range } : null);
    const [first, ...later] = flashSteps(prefersReducedMotion(win));
    if (first) quietly(() => show(first.on));
    flashTimers = later.map(({ at, on }) =>
      win.setTimeout(() => {
        if (highlighter === h) quietly(() => show(on));
      }, at),
    );
  };

  /** Everything painted leaves the page (cards, styles, listeners); marks and analysis stay. */
  const dropSurface = (): void => {
    paintRound++;
    stopFlash();
    win.clearTimeout(openTimer);
    win.clearTimeout(closeTimer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    frame = undefined;
    hoverId = null;
    pointerInCard = false;
    win.removeEventListener('pointermove', onPointerMove, { capture: true });
    card?.destroy();
    const h = highlighter;
    const style = pageStyle;
    quietly(() => {
      h?.clear();
      style?.remove();
    });
    card = null;
    highlighter = null;
    pageStyle = null;
    ordered = null;
  };

  const restyle = (): void => {
    if (!highlighter) return;
    const old = pageStyle;
    quietly(() => {
      pageStyle = adoptStyles(doc, doc, highlightCss(settings));
      old?.remove();
    });
  };

  /** A kind switched off leaves at once; one switched on is painted like new marks. */
  const repaintKinds = (before: Settings['kinds']): Promise<unknown> => {
    indexes.length = 0;
    for (const src of sources) indexes.push(lookupFor(src.index, src.list));
    ordered = null;
    const h = highlighter;
    if (!shown || !h) return work;
    const all = [...marks.values()];
    const gone = all.filter((m) => before[m.kind] && !settings.kinds[m.kind]).map((m) => m.id);
    const added = all.filter((m) => !before[m.kind] && settings.kinds[m.kind]);
    stopFlash();
    card?.hide();
    hoverId = null;
    if (gone.length) quietly(() => h.remove(gone));
    if (!added.length) return work;
    // Wrapping a quote around names already wrapped would nest it inside them: the fallback
    // backend starts over instead.
    if (h.name === 'wrap') {
      dropSurface();
      return paint(all);
    }
    return paint(added);
  };

  const scopeOf = (index: TextIndex): Node | null => {
    // The page may have replaced some indexed nodes since (a ticker, a live blog): only the
    // ones still in the page say where the article is.
    const segs = index.segments.filter((s) => s.node.isConnected);
    if (!segs.length) return null;
    const r = doc.createRange();
    r.setStartBefore(segs[0]!.node);
    r.setEndAfter(segs[segs.length - 1]!.node);
    const common = r.commonAncestorContainer;
    // "Near the article": its parent too, where live blogs append new entries beside it.
    return common.parentNode ?? common;
  };

  const fullAnalysis = async (): Promise<{ analysis: Analysis; index: TextIndex }> => {
    bench('analyze:start');
    const result = await deps.analyzeDocument(doc);
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
    lastWhole = result;
    articleScope = scopeOf(result.index);
    const list = result.analysis.story.matched || forced ? marksFor(result.analysis, result.index, byId, { ...settings, kinds: ALL_KINDS }, nextId) : [];
    nextId += list.length;
    return applyMarks(list, result.index).then(() => sendReport());
  };

  const onAdded = (nodes: Node[]): void => {
    if (!active) return;
    try {
      if (!analysis || (!analysis.story.matched && !forced)) {
        // Not the story (yet): the new text may change that, so look at the whole page again —
        // but not more often than every REANALYSE_MIN_MS on a busy page.
        if (Date.now() - lastFullAnalysis < REANALYSE_MIN_MS) return;
        lastFullAnalysis = Date.now();
        void fullAnalysis()
          .then((result) => (active ? highlightWhole(result) : undefined))
          .catch(() => undefined);
        return;
      }
      const result = deps.analyzeNodes(nodes, analysis);
      if (!result || (!result.analysis.entities.length && !result.analysis.quotes.length)) return;
      const list = marksFor(result.analysis, result.index, byId, { ...settings, kinds: ALL_KINDS }, nextId);
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

  async function setHighlights(on: boolean): Promise<void> {
    if (!active || on === shown) return;
    shown = on;
    if (!on) {
      dropSurface();
      return;
    }
    await paint([...marks.values()]);
  }

  return {
    get active() {
      return active;
    },
    async start() {
      const result = await fullAnalysis();
      if (!active) return;
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
    reveal(target, n) {
      const none = { shown: -1, total: 0 };
      if (!active || !analysis) return none;
      const quotes = analysis.quotes;
      // A kind switched off, or highlights hidden, still has its places in the text to go to.
      const found = [...marks.values()]
        .filter((m) => standsFor(m.source, target, quotes))
        .map((m) => ({ id: m.id, range: rangeOf(m.id) ?? m.index.toRange(m.start, m.end) }))
        .filter((m) => !m.range.collapsed);
      if (!found.length) return none;
      found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.id - b.id);
      const shownAt = n % found.length;
      const { id, range } = found[shownAt]!;
      card?.hide();
      scrollRangeIntoView(win, range);
      flash(id, range);
      return { shown: shownAt, total: found.length };
    },
    setHighlights,
    async force() {
      if (!active) return;
      await setHighlights(true);
      if (forced) return;
      forced = true;
      if (lastWhole && !lastWhole.analysis.story.matched) await highlightWhole(lastWhole);
    },
    async applySettings(next) {
      if (!active) return;
      const before = settings.kinds;
      const coloursChanged = JSON.stringify(next.colours) !== JSON.stringify(settings.colours);
      const kindsChanged = JSON.stringify(next.kinds) !== JSON.stringify(before);
      settings = next;
      if (coloursChanged) restyle();
      if (kindsChanged) {
        await repaintKinds(before);
        sendReport();
      }
    },
    teardown() {
      if (!active) return;
      active = false;
      live?.disconnect();
      live = null;
      dropSurface();
      marks.clear();
      indexes.length = 0;
      sources.length = 0;
    },
  };
}
