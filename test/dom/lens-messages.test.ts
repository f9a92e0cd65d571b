// @vitest-environment jsdom
/**
 * The lens as the background drives it: messages dispatched by type (anything else ignored,
 * never a teardown), reveal cycling through the mentions with a scroll and a flash that leaves
 * nothing behind, the highlight switch (off = the page exactly as before, on = the same marks
 * without a new analysis), highlight-anyway, and settings applied to the open page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex, type TextIndex } from '../../src/core/text-index';
import type { Analysis, EntityHit, Quote } from '../../src/core/types';
import { dataset } from '../../src/data/index';
import { createLens, type Lens } from '../../src/content/lens-controller';
import { handleLensMessage } from '../../src/content/lens-messages';
import { highlightCss } from '../../src/content/highlight-style';
import { toReport } from '../../src/content/report';
import { isLensReport, type LensReport, type RevealResult } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, HIGHLIGHT_KINDS, SETTINGS_KEY, settingsFromChange, type Settings } from '../../src/shared/settings';
import { contrastRatio } from '../../src/options/contrast';

const PAGE = `<main><article id="a">
  <h1>Kim leaves Russia</h1>
  <p>Sergei Shoigu met Kim at Vostochny.</p>
  <p>Later, "We will meet again," Shoigu said to Ivan Petrov.</p>
  <p>Putin praised the talks; Shoigu saw the planes off at Vostochny.</p>
</article></main>`;

// esbuild defines this at build time; the lens reads it only inside functions.
(globalThis as { __STORYLENS_BENCH__?: boolean }).__STORYLENS_BENCH__ = false;

const settle = (ms = 60) => new Promise((r) => setTimeout(r, ms));

/** Every mention of each word in the article's text, as the analysis reports them. */
function mentionsOf(text: string, word: string) {
  const out = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push({ start: at, end: at + word.length, text: word });
  return out;
}

function analysisFor(index: TextIndex, matched: boolean): Analysis {
  const t = index.text;
  const entity = (id: string | null, name: string, type: EntityHit['type'], ...words: string[]): EntityHit => ({
    id,
    name,
    type,
    mentions: words.flatMap((w) => mentionsOf(t, w)).sort((a, b) => a.start - b.start),
  });
  const qText = '"We will meet again,"';
  const quote: Quote = { start: t.indexOf(qText), end: t.indexOf(qText) + qText.length, text: 'We will meet again,', speaker: { id: 'sergei-shoigu', name: 'Sergei Shoigu' }, via: [], cue: 'said', kind: 'direct' };
  return {
    url: 'https://example.com/a',
    title: 'Kim leaves Russia',
    site: 'example.com',
    lang: 'en',
    published: '2023-09-17',
    text: t,
    story: { id: dataset.story.id, title: dataset.story.title, matched, score: matched ? 12 : 1, signals: [], related: null, phase: null },
    entities: [
      // "Sergei Shoigu" once, then the bare surname twice (the first "Shoigu" is inside the full name).
      { ...entity('sergei-shoigu', 'Sergei Shoigu', 'person'), mentions: [...mentionsOf(t, 'Sergei Shoigu'), ...mentionsOf(t, 'Shoigu').slice(1)].sort((a, b) => a.start - b.start) },
      entity('vladimir-putin', 'Vladimir Putin', 'person', 'Putin'),
      entity('vostochny-cosmodrome', 'Vostochny Cosmodrome', 'place', 'Vostochny'),
      entity(null, 'Ivan Petrov', 'person', 'Ivan Petrov'),
    ],
    quotes: [quote],
  };
}

interface Harness {
  lens: Lens;
  before: string;
  reports: LensReport[];
  analyses: () => number;
  send: (msg: unknown) => Promise<unknown> | undefined;
  tornDown: () => number;
}

function makeLens(opts: { matched?: boolean; settings?: Settings; whileAnalysing?: () => void } = {}): Harness {
  document.documentElement.innerHTML = `<head><title>Kim leaves Russia</title></head><body>${PAGE}</body>`;
  const before = document.documentElement.outerHTML;
  const reports: LensReport[] = [];
  let analyses = 0;
  let tornDown = 0;
  const lens = createLens({
    doc: document,
    url: 'https://example.com/a',
    dataset,
    settings: opts.settings ?? DEFAULT_SETTINGS,
    analyzeDocument: () => {
      analyses++;
      const index = buildTextIndex(document.getElementById('a')!);
      const result = { analysis: analysisFor(index, opts.matched ?? true), index };
      if (!opts.whileAnalysing) return result;
      // As in the extension: the analysis answers later, and the page goes on meanwhile.
      return new Promise<typeof result>((resolve) => setTimeout(() => {
        opts.whileAnalysing!();
        resolve(result);
      }, 5));
    },
    analyzeNodes: () => null,
    report: (r) => reports.push(r),
  });
  return {
    lens,
    before,
    reports,
    analyses: () => analyses,
    send: (msg) => handleLensMessage(lens, msg, () => tornDown++),
    tornDown: () => tornDown,
  };
}

/** Mark texts by kind, in document order. */
const marked = (kind?: string) =>
  Array.from(document.querySelectorAll(kind ? `storylens-mark[data-kind="${kind}"]` : 'storylens-mark')).map((m) => m.textContent);

let scrolled: { el: Element; opts: ScrollIntoViewOptions }[];
beforeEach(() => {
  scrolled = [];
  // jsdom lays nothing out and has no scrollIntoView: record what would be scrolled to.
  Element.prototype.scrollIntoView = function (this: Element, o?: boolean | ScrollIntoViewOptions) {
    scrolled.push({ el: this, opts: o as ScrollIntoViewOptions });
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  delete (window as { matchMedia?: unknown }).matchMedia;
});

describe('lens message dispatch', () => {
  it('ignores messages it does not know, or that are malformed, and keeps every highlight', async () => {
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    const marks = marked();
    expect(marks.length).toBeGreaterThan(5);
    for (const msg of [
      { type: 'reveal', tabId: 1, target: { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, n: 0 },
      { type: 'lens-off', tabId: 1 },
      { type: 'lens-step', direction: 'sideways' },
      { type: 'lens-reveal', target: { kind: 'person', id: 'x' }, n: 0 },
      { type: 'lens-highlights', on: 'no' },
      { type: 'something-new' },
      'lens-teardown',
      null,
    ]) {
      expect(h.send(msg)).toBeUndefined();
    }
    await settle();
    expect(h.lens.active).toBe(true);
    expect(marked()).toEqual(marks);
    expect(h.tornDown()).toBe(0);
  });

  it('tears down only on lens-teardown, leaving the page exactly as it was', async () => {
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    expect(document.documentElement.outerHTML).not.toBe(h.before);
    expect(await h.send({ type: 'lens-teardown' })).toBe(true);
    expect(h.lens.active).toBe(false);
    expect(h.tornDown()).toBe(1);
    expect(document.documentElement.outerHTML).toBe(h.before);
  });

  it('answers lens-step with true and opens the card of the next mark', async () => {
    // jsdom lays nothing out: give ranges a box in view.
    const box = { top: 10, bottom: 30, left: 10, right: 60, width: 50, height: 20, x: 10, y: 10, toJSON: () => ({}) } as DOMRect;
    Range.prototype.getBoundingClientRect = () => box;
    Range.prototype.getClientRects = () => [box] as unknown as DOMRectList;
    try {
      const h = makeLens();
      await h.lens.start();
      await h.lens.settled();
      expect(await h.send({ type: 'lens-step', direction: 'next' })).toBe(true);
      expect(document.querySelector('storylens-card')).not.toBeNull();
      expect(h.lens.active).toBe(true);
      h.lens.teardown();
      expect(document.documentElement.outerHTML).toBe(h.before);
    } finally {
      delete (Range.prototype as Partial<Range>).getBoundingClientRect;
      delete (Range.prototype as Partial<Range>).getClientRects;
    }
  });
});

describe('lens-reveal', () => {
  it('cycles through an entity\'s mentions in reading order, scrolling each to the centre and flashing it', async () => {
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    const target = { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' };
    const answers: RevealResult[] = [];
    const flashedText: string[] = [];
    const scrolledTo: string[] = [];
    for (let n = 0; n < 4; n++) {
      answers.push((await h.send({ type: 'lens-reveal', target, n })) as RevealResult);
      await settle(10);
      flashedText.push(Array.from(document.querySelectorAll('storylens-mark[data-sl-flash]')).map((m) => m.textContent).join(''));
      const last = scrolled.at(-1)!;
      expect(last.opts).toMatchObject({ block: 'center', behavior: 'smooth' });
      scrolledTo.push(last.el.textContent ?? '');
    }
    expect(answers).toEqual([{ shown: 0, total: 3 }, { shown: 1, total: 3 }, { shown: 2, total: 3 }, { shown: 0, total: 3 }]);
    expect(flashedText).toEqual(['Sergei Shoigu', 'Shoigu', 'Shoigu', 'Sergei Shoigu']);
    // The element scrolled to is the mention's own mark.
    expect(scrolledTo).toEqual(['Sergei Shoigu', 'Shoigu', 'Shoigu', 'Sergei Shoigu']);
    expect(scrolled.map((s) => s.el.closest('p')!.textContent!.slice(0, 6))).toEqual(['Sergei', 'Later,', 'Putin ', 'Sergei']);
  });

  it('reveals a quote by its index and a name with no dataset entry by its name; nothing for an unknown target', async () => {
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    expect(await h.send({ type: 'lens-reveal', target: { kind: 'quote', index: 0 }, n: 5 })).toEqual({ shown: 0, total: 1 });
    expect(Array.from(document.querySelectorAll('storylens-mark[data-sl-flash]')).map((m) => m.textContent).join('')).toBe('"We will meet again,"');
    expect(await h.send({ type: 'lens-reveal', target: { kind: 'entity', id: null, name: 'Ivan Petrov' }, n: 0 })).toEqual({ shown: 0, total: 1 });
    expect(await h.send({ type: 'lens-reveal', target: { kind: 'entity', id: 'kim-jong-un', name: 'Kim Jong Un' }, n: 0 })).toEqual({ shown: -1, total: 0 });
    expect(await h.send({ type: 'lens-reveal', target: { kind: 'quote', index: 7 }, n: 0 })).toEqual({ shown: -1, total: 0 });
  });

  it('the flash goes away on its own, and scrolls without motion when the reader asks for reduced motion', async () => {
    window.matchMedia = ((q: string) => ({ matches: q.includes('reduce'), media: q })) as unknown as typeof window.matchMedia;
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    const shown = document.documentElement.outerHTML;
    await h.send({ type: 'lens-reveal', target: { kind: 'entity', id: 'vladimir-putin', name: 'Vladimir Putin' }, n: 0 });
    await settle(10);
    expect(scrolled.at(-1)!.opts).toMatchObject({ block: 'center', behavior: 'auto' });
    expect(document.querySelectorAll('storylens-mark[data-sl-flash]')).toHaveLength(1);
    await settle(1800);
    expect(document.querySelectorAll('storylens-mark[data-sl-flash]')).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(shown);
  });
});

describe('lens-highlights', () => {
  it('off leaves the page exactly as before injection; on brings the same marks back without a new analysis', async () => {
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    const marks = marked();
    expect(await h.send({ type: 'lens-highlights', on: false })).toBe(true);
    expect(document.documentElement.outerHTML).toBe(h.before);
    // Still revealable while off (scroll only: nothing may be added to the page).
    expect(await h.send({ type: 'lens-reveal', target: { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, n: 1 })).toEqual({ shown: 1, total: 3 });
    await settle(10);
    expect(document.documentElement.outerHTML).toBe(h.before);
    // A second "off" changes nothing.
    expect(await h.send({ type: 'lens-highlights', on: false })).toBe(true);
    expect(await h.send({ type: 'lens-highlights', on: true })).toBe(true);
    await h.lens.settled();
    expect(marked()).toEqual(marks);
    expect(h.analyses()).toBe(1);
    expect(h.lens.active).toBe(true);
  });

  it('works the same with the Highlight API: registry emptied when off, refilled when on, flash registered and removed', async () => {
    class FakeHighlight extends Set<AbstractRange> {
      priority = 0;
      constructor(...ranges: AbstractRange[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    const w = window as unknown as { CSS?: unknown; Highlight?: unknown };
    const saved = { CSS: w.CSS, Highlight: w.Highlight };
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
    try {
      const h = makeLens();
      await h.lens.start();
      await h.lens.settled();
      // Ivan Petrov has no dataset entry: "other".
      expect(registry.get('storylens-person')?.size).toBe(4);
      expect(registry.get('storylens-other')?.size).toBe(1);
      // No marks in the text (jsdom has no adoptedStyleSheets, so a <style> stands in for the sheet).
      expect(document.querySelectorAll('storylens-mark')).toHaveLength(0);
      await h.send({ type: 'lens-reveal', target: { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, n: 2 });
      await settle(10);
      expect([...registry.get('storylens-flash')!].map((r) => r.toString())).toEqual(['Shoigu']);
      await h.send({ type: 'lens-highlights', on: false });
      expect(registry.size).toBe(0);
      expect(document.documentElement.outerHTML).toBe(h.before);
      await h.send({ type: 'lens-highlights', on: true });
      await h.lens.settled();
      expect(registry.get('storylens-person')?.size).toBe(4);
      expect(registry.get('storylens-place')?.size).toBe(2);
      expect(registry.has('storylens-flash')).toBe(false);
      h.lens.teardown();
      expect(registry.size).toBe(0);
    } finally {
      w.CSS = saved.CSS;
      w.Highlight = saved.Highlight;
    }
  });
});

describe('lens-force', () => {
  it('highlights the known names on a page that did not match, once', async () => {
    const h = makeLens({ matched: false });
    await h.lens.start();
    await h.lens.settled();
    expect(marked()).toEqual([]);
    expect(await h.send({ type: 'lens-force' })).toBe(true);
    await h.lens.settled();
    const marks = marked('person');
    expect(marks).toContain('Sergei Shoigu');
    expect(await h.send({ type: 'lens-force' })).toBe(true);
    await h.lens.settled();
    expect(marked('person')).toEqual(marks);
    expect(h.reports.at(-1)!.highlights).toBeGreaterThan(0);
  });
});

describe('settings reaching an open page', () => {
  it('takes only sync changes of our key', () => {
    const next = { ...DEFAULT_SETTINGS, hoverDelayMs: 900 };
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: next } }, 'local')).toBeNull();
    expect(settingsFromChange({ other: { newValue: 1 } }, 'sync')).toBeNull();
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: next } }, 'sync')?.hoverDelayMs).toBe(900);
    expect(settingsFromChange({ [SETTINGS_KEY]: { newValue: undefined } }, 'sync')).toEqual(DEFAULT_SETTINGS);
  });

  it('a kind switched off leaves the page at once and comes back when switched on; colours restyle the page', async () => {
    const h = makeLens();
    await h.lens.start();
    await h.lens.settled();
    const all = marked();
    const off = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, place: false } };
    await h.lens.applySettings(off);
    expect(marked('place')).toEqual([]);
    expect(marked('person')).toContain('Sergei Shoigu');
    expect(h.reports.at(-1)!.highlights).toBe(all.length - 2);
    await h.lens.applySettings({ ...off, kinds: { ...off.kinds, place: true } });
    await h.lens.settled();
    expect(marked('place')).toEqual(['Vostochny', 'Vostochny']);
    expect([...marked()].sort()).toEqual([...all].sort());

    await h.lens.applySettings({ ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, person: '#ffcc00' } });
    const css = [
      ...Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? ''),
      ...(document.adoptedStyleSheets ?? []).flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)),
    ].join('\n');
    expect(css).toContain('#ffcc00');
    expect(css).not.toContain(DEFAULT_SETTINGS.colours.person);
    h.lens.teardown();
    expect(document.documentElement.outerHTML).toBe(h.before);
  });
});

describe('highlight colours and the report', () => {
  it('every tint carries dark text, readable (>= 4.5:1) on each default colour', () => {
    const css = highlightCss(DEFAULT_SETTINGS);
    for (const kind of HIGHLIGHT_KINDS) {
      if (kind === 'quote') continue; // an underline, the page's own text colour
      const rule = css.split('\n').find((l) => l.startsWith(`::highlight(storylens-${kind})`))!;
      expect(rule, kind).toContain('color: #111;');
      expect(contrastRatio(DEFAULT_SETTINGS.colours[kind], '#111111')!, kind).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the report well-formed when a signal weight or score is infinite', () => {
    document.body.innerHTML = PAGE;
    const index = buildTextIndex(document.getElementById('a')!);
    const a = analysisFor(index, false);
    a.story.signals = [{ kind: 'date', text: 'published long before', weight: -Infinity }];
    a.story.score = -Infinity;
    const report = toReport(a, 0, 'none');
    expect(isLensReport(report)).toBe(true);
    expect(report.story.signals[0]!.weight).toBeLessThan(-100);
    expect(JSON.parse(JSON.stringify(report)).story.signals[0].weight).toBe(report.story.signals[0]!.weight);
  });
});

describe('an analysis that answers later', () => {
  it('still highlights when the page replaced some indexed text meanwhile (a ticker, a live blog)', async () => {
    const h = makeLens({
      whileAnalysing: () => {
        const last = document.querySelector('#a p:last-of-type')!;
        last.textContent = 'Markets 1';
      },
    });
    await h.lens.start();
    await h.lens.settled();
    expect(marked('person')).toContain('Sergei Shoigu');
    expect(h.reports.length).toBe(1);
  });
});
