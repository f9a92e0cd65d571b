// @vitest-environment node
/**
 * Property tests of the two highlighter backends over generated page trees and arbitrary
 * (overlapping, nested, crossing, split) mark spans:
 * - wrap: while on, the page's text is unchanged and each mark holds exactly its text; after
 *   clear() the DOM is identical to before — same serialisation, same text-node objects with the
 *   same data (no node merged or split for good, not even the page's own adjacent text nodes);
 * - Highlight API: the DOM is never touched. jsdom has no CSS.highlights, so this test alone
 *   installs a minimal fake registry (a Map) and Highlight class (a Set) on its window.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { buildTextIndex, type TextIndex } from '../../src/core/text-index';
import { createWrapHighlighter } from '../../src/content/highlighter/wrap';
import { createHighlightApiHighlighter } from '../../src/content/highlighter/highlight-api';
import { HIGHLIGHT_KINDS } from '../../src/shared/settings';
import { MARK_TAG, type MarkInput } from '../../src/content/highlighter/types';
import { build, runs, snapshot, specTree, textNodes } from './property-arbitraries';
import { withoutSeparators } from '../support/text-index';

const { window: win } = new JSDOM('<!doctype html><html><body></body></html>');
const doc = win.document;


const spans = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.constantFrom(...HIGHLIGHT_KINDS)), { minLength: 1, maxLength: 12 });
/** How the marks arrive: all at once, or in chunks (the lens adds them in idle slices). */
const chunking = fc.integer({ min: 1, max: 5 });

function marksOver(index: TextIndex, list: Array<[number, number, (typeof HIGHLIGHT_KINDS)[number]]>): MarkInput[] {
  const n = index.text.length;
  return list
    .map(([a, len, kind], id) => {
      const start = n === 0 ? 0 : a % n;
      return { id, kind, start, end: Math.min(n, start + 1 + len), index };
    })
    .filter((m) => m.end > m.start);
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

describe('wrap highlighter over generated trees', () => {
  it('marks exactly the spans, keeps the text, and clear() restores the DOM node for node', () => {
    fc.assert(
      fc.property(specTree, spans, chunking, (specs, list, size) => {
        const root = doc.createElement('main');
        build(doc, root, specs);
        const before = snapshot(root);
        const nodesBefore = textNodes(root);
        const dataBefore = nodesBefore.map((t) => t.data);
        const textBefore = root.textContent;
        const index = buildTextIndex(root);
        const marks = marksOver(index, list);

        const h = createWrapHighlighter(doc);
        for (const c of chunks(marks, size)) h.add(c);

        expect(root.textContent).toBe(textBefore);
        const byId = new Map<number, Element[]>();
        for (const e of Array.from(root.getElementsByTagName(MARK_TAG))) {
          const id = Number(e.getAttribute('data-sl-id'));
          byId.set(id, [...(byId.get(id) ?? []), e]);
        }
        for (const m of marks) {
          const els = byId.get(m.id) ?? [];
          expect(els.map((e) => e.textContent).join('')).toBe(withoutSeparators(index, m.start, m.end));
          const r = h.rangeOf(m.id);
          if (els.length) expect(r).not.toBeNull();
        }

        h.clear();
        expect(snapshot(root)).toBe(before);
        const nodesAfter = textNodes(root);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        nodesAfter.forEach((t, i) => {
          expect(t).toBe(nodesBefore[i]);
          expect(t.data).toBe(dataBefore[i]);
        });
        expect(root.querySelector(MARK_TAG)).toBeNull();
      }),
      { numRuns: runs(2500) },
    );
  });

  it('survives the page removing marked text between chunks, and still clears without a trace of itself', () => {
    fc.assert(
      fc.property(specTree, spans, fc.nat(), (specs, list, victim) => {
        const root = doc.createElement('main');
        build(doc, root, specs);
        const index = buildTextIndex(root);
        const marks = marksOver(index, list);
        const h = createWrapHighlighter(doc);
        const [first, ...rest] = chunks(marks, 2);
        h.add(first ?? []);
        // The page deletes one of its elements (maybe holding our marks) while we work.
        const els = Array.from(root.querySelectorAll('*')).filter((e) => e.localName !== MARK_TAG);
        if (els.length) els[victim % els.length]!.remove();
        for (const c of rest) h.add(c);
        h.clear();
        expect(root.querySelector(MARK_TAG)).toBeNull();
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('Highlight API highlighter over generated trees (fake registry: jsdom has no CSS.highlights)', () => {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const fakeWin = win as unknown as Window & { CSS: { highlights: typeof registry }; Highlight: typeof FakeHighlight };
  fakeWin.CSS = { highlights: registry };
  fakeWin.Highlight = FakeHighlight;

  it('never touches the DOM; ranges read the marked text; clear() empties our registry entries', () => {
    fc.assert(
      fc.property(specTree, spans, (specs, list) => {
        registry.clear();
        registry.set('page-own', new FakeHighlight());
        const root = doc.createElement('main');
        build(doc, root, specs);
        const before = snapshot(root);
        const nodesBefore = textNodes(root);
        const index = buildTextIndex(root);
        const marks = marksOver(index, list);
        const h = createHighlightApiHighlighter(fakeWin);
        expect(h).not.toBeNull();
        h!.add(marks);
        expect(snapshot(root)).toBe(before);
        for (const m of marks) {
          const r = h!.rangeOf(m.id);
          if (r === null) continue; // wholly on a separator: nothing to paint
          // The range's indexed content is the mark's text (ranges may also span unindexed nodes).
          let got = '';
          for (const seg of index.segments) {
            if (!r.intersectsNode(seg.node)) continue;
            const from = seg.node === r.startContainer ? r.startOffset : 0;
            const to = seg.node === r.endContainer ? r.endOffset : seg.node.data.length;
            got += seg.node.data.slice(from, to);
          }
          expect(got).toBe(withoutSeparators(index, m.start, m.end));
          expect(registry.get(`storylens-${m.kind}`)?.has(r)).toBe(true);
        }
        h!.clear();
        expect([...registry.keys()]).toEqual(['page-own']);
        expect(snapshot(root)).toBe(before);
        textNodes(root).forEach((t, i) => expect(t).toBe(nodesBefore[i]));
      }),
      { numRuns: runs(1000) },
    );
  });
});
