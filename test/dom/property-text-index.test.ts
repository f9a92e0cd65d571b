// @vitest-environment node
/**
 * Property tests of the text index over generated page trees (see property-arbitraries.ts):
 * every offset maps back to exactly its text, toOffset inverts toRange, and content the reader
 * cannot see or is typing (form fields, editable regions, SVG, shadow roots, hidden, scripts)
 * never enters the index.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { SEPARATOR, buildTextIndex, type TextIndex } from '../../src/core/text-index';
import { HIDDEN_MARK, build, runs, specTree, textNodes } from './property-arbitraries';
import { withoutSeparators } from '../support/text-index';

const { document: doc } = new JSDOM('<!doctype html><html><body></body></html>').window;

function page(specs: Parameters<typeof build>[2]): HTMLElement {
  const root = doc.createElement('main');
  build(doc, root, specs);
  return root;
}

/** The indexed text inside a Range: each indexed node's part that lies in the range. */
function indexedTextIn(index: TextIndex, range: Range): string {
  let out = '';
  for (const seg of index.segments) {
    const node = seg.node;
    if (!range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    out += node.data.slice(from, to);
  }
  return out;
}


const covered = (index: TextIndex, offset: number, side: 'start' | 'end'): boolean =>
  index.segments.some((s) => (side === 'start' ? s.start <= offset && offset < s.end : s.start < offset && offset <= s.end));

const treeAndSpans = fc.tuple(specTree, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }));

describe('text index properties over generated trees', () => {
  it('segments tile the text: each is its node\'s data, gaps are single separators', () => {
    fc.assert(
      fc.property(specTree, (specs) => {
        const root = page(specs);
        const index = buildTextIndex(root);
        let at = 0;
        for (const seg of index.segments) {
          expect(index.text.slice(seg.start, seg.end)).toBe(seg.node.data);
          const gap = index.text.slice(at, seg.start);
          expect(gap === '' || gap === SEPARATOR).toBe(true);
          at = seg.end;
        }
        expect(at).toBe(index.text.length);
      }),
      { numRuns: runs(1500) },
    );
  });

  it('toRange(start, end) covers exactly text.slice(start, end); within one block its string is that text', () => {
    fc.assert(
      fc.property(treeAndSpans, ([specs, pairs]) => {
        const root = page(specs);
        const index = buildTextIndex(root);
        const n = index.text.length;
        const indexed = new Set<Node>(index.segments.map((s) => s.node));
        for (const [a, b] of pairs) {
          const start = Math.min(a, b) % (n + 1);
          const end = Math.min(n, start + (Math.max(a, b) % 40));
          const range = index.toRange(start, end);
          expect(indexedTextIn(index, range)).toBe(withoutSeparators(index, start, end));
          // Within one block (no separator) and with no unindexed text in between, the live
          // Range reads exactly the indexed text.
          const slice = index.text.slice(start, end);
          const foreign = textNodes(root).some((t) => !indexed.has(t) && t.data.length > 0 && range.intersectsNode(t));
          if (!slice.includes(SEPARATOR) && !foreign) expect(range.toString()).toBe(slice);
        }
      }),
      { numRuns: runs(1500) },
    );
  });

  it('toOffset inverts toRange and maps every position of every indexed node', () => {
    fc.assert(
      fc.property(treeAndSpans, ([specs, pairs]) => {
        const root = page(specs);
        const index = buildTextIndex(root);
        for (const seg of index.segments) {
          for (let k = 0; k <= seg.node.data.length; k++) expect(index.toOffset(seg.node, k)).toBe(seg.start + k);
        }
        const n = index.text.length;
        for (const [a, b] of pairs) {
          const start = Math.min(a, b) % (n + 1);
          const end = Math.min(n, start + 1 + (Math.max(a, b) % 40));
          if (start >= end || !covered(index, start, 'start') || !covered(index, end, 'end')) continue;
          const range = index.toRange(start, end);
          expect(index.toOffset(range.startContainer as Text, range.startOffset)).toBe(start);
          expect(index.toOffset(range.endContainer as Text, range.endOffset)).toBe(end);
        }
        // Nodes outside the index answer null, never a made-up offset.
        for (const t of textNodes(root)) if (!index.segments.some((s) => s.node === t)) expect(index.toOffset(t, 0)).toBeNull();
      }),
      { numRuns: runs(1500) },
    );
  });

  it('form fields, editable regions, SVG text, shadow roots, hidden and script content never enter the index', () => {
    fc.assert(
      fc.property(specTree, (specs) => {
        const root = page(specs);
        const index = buildTextIndex(root);
        expect(index.text.includes(HIDDEN_MARK)).toBe(false);
        for (const seg of index.segments) {
          expect(seg.node.parentElement?.closest('[contenteditable]:not([contenteditable="false"]), textarea, svg, script, style, template, [hidden]')).toBeNull();
        }
      }),
      { numRuns: runs(1500) },
    );
  });

  it('a whole document in design mode indexes nothing', () => {
    const d = new JSDOM('<!doctype html><body><p>Kim Jong Un met Vladimir Putin.</p></body>').window.document;
    d.designMode = 'on';
    expect(buildTextIndex(d).text).toBe('');
  });
});
