// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { SEPARATOR, buildTextIndex, type TextIndex } from '../../src/core/text-index';
import { withoutSeparators } from '../support/text-index';

function body(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document.body;
}


describe('buildTextIndex: what is kept', () => {
  it('keeps a name split across inline elements as one run of text', () => {
    const idx = buildTextIndex(body('<p>Leader <b>Kim</b> Jong<i>-un</i> arrived.</p>'));
    expect(idx.text).toBe('Leader Kim Jong-un arrived.');
    const start = idx.text.indexOf('Kim');
    const range = idx.toRange(start, start + 'Kim Jong-un'.length);
    expect(range.toString()).toBe('Kim Jong-un');
    expect(range.startContainer.parentElement?.localName).toBe('b');
    expect(range.endContainer.parentElement?.localName).toBe('i');
  });

  it('separates blocks with exactly one separator and drops whitespace between blocks', () => {
    const idx = buildTextIndex(body('\n  <p>One</p>\n  <div><p>Two</p>  </div>\n<ul><li>Three</li><li>Four</li></ul>'));
    expect(idx.text).toBe(['One', 'Two', 'Three', 'Four'].join(SEPARATOR));
  });

  it('drops whitespace that ends an inline run before a block', () => {
    const idx = buildTextIndex(body('<header>\n <h1>Title</h1>\n <time>19 June</time>\n  <div>Byline</div> </header><p> <b>Lead</b> <i>text</i> </p>'));
    expect(idx.text).toBe(['Title', '19 June', 'Byline', 'Lead text'].join(SEPARATOR));
  });

  it('treats br as a line break and keeps whitespace inside a paragraph as is', () => {
    const idx = buildTextIndex(body('<p>line  one<br>line two\n wrapped</p>'));
    expect(idx.text).toBe('line  one\nline two\n wrapped');
    expect(idx.segments).toHaveLength(2);
  });

  it('skips comments, scripts, styles, form controls, hidden and editable regions', () => {
    const html = [
      '<p>Seen<!-- a comment --> text</p>',
      '<script>var secret = 1;</script><style>p{}</style><noscript>no js</noscript>',
      '<textarea>typed</textarea><input value="val"><select><option>opt</option></select><button>Share</button>',
      '<p hidden>hidden attr</p><p aria-hidden="true">aria</p><p style="color:red; display: none">inline none</p>',
      '<span style="visibility:hidden">invisible</span>',
      '<div contenteditable="true"><p>draft</p></div><div contenteditable="false"><p>not editable</p></div>',
      '<svg><text>chart label</text></svg><template><p>tpl</p></template><iframe></iframe>',
    ].join('');
    const idx = buildTextIndex(body(html));
    expect(idx.text).toBe(['Seen text', 'not editable'].join(SEPARATOR));
  });

  it('honours an extra isHidden test and the accept verdicts', () => {
    const root = body('<div class="wrap">stray<p class="a">Alpha</p><p class="ad">Buy</p><p class="x">Gamma</p></div>');
    const idx = buildTextIndex(root, {
      accept: (el) => (el.classList.contains('wrap') ? 'children' : !el.classList.contains('ad')),
      isHidden: (el) => el.classList.contains('x'),
    });
    expect(idx.text).toBe('Alpha');
  });

  it('indexes nothing in a document in design mode', () => {
    const doc = new JSDOM('<!doctype html><p>Draft</p>').window.document;
    doc.designMode = 'on';
    expect(buildTextIndex(doc).text).toBe('');
  });

  it('keeps CJK without spaces, surrogate pairs and combining marks 1:1', () => {
    const idx = buildTextIndex(body('<p>김정은<b>위원장</b>은 말했다 🚂🇷🇺 e\u0301te\u0301 日本語</p>'));
    expect(idx.text).toBe('김정은위원장은 말했다 🚂🇷🇺 e\u0301te\u0301 日本語');
    const at = idx.text.indexOf('🚂');
    expect(idx.toRange(at, at + 2).toString()).toBe('🚂');
    const e = idx.text.indexOf('e\u0301');
    expect(idx.toRange(e, e + 2).toString()).toBe('e\u0301');
    const w = idx.text.indexOf('위원장');
    const r = idx.toRange(w - 1, w + 3);
    expect(r.toString()).toBe('은위원장');
  });

  it('indexes several roots in the given order, each once', () => {
    const doc = new JSDOM('<!doctype html><body><main><p>Body text</p><h1>Headline</h1></main></body>').window.document;
    const h1 = doc.querySelector('h1') as Element;
    const idx = buildTextIndex([h1, doc.querySelector('main') as Element]);
    expect(idx.text).toBe(`Headline${SEPARATOR}Body text`);
  });
});

describe('buildTextIndex: blocks', () => {
  it('lists block elements and inline q that hold text, sorted, outer first', () => {
    const idx = buildTextIndex(
      body('<article><h2>Title</h2><p>He said <q>we will win</q> twice.</p><blockquote><p>Long quote</p></blockquote><div></div></article>'),
    );
    const named = idx.blocks.map((b) => `${b.tag}:${idx.text.slice(b.start, b.end)}`);
    expect(named).toEqual([
      'body:' + idx.text,
      'article:' + idx.text,
      'h2:Title',
      'p:He said we will win twice.',
      'q:we will win',
      'blockquote:Long quote',
      'p:Long quote',
    ]);
  });
});

describe('buildTextIndex: offsets and ranges', () => {
  const sample = body(
    '<h1>Kim <em>meets</em> Putin</h1><p>The <b>train</b> left <a href="#">Khasan</a>.</p><p>Second<br>para</p>',
  );
  const idx = buildTextIndex(sample);

  it('maps ranges that cross blocks to the text without separators', () => {
    const start = idx.text.indexOf('Putin');
    const end = idx.text.indexOf('left') + 4;
    expect(idx.toRange(start, end).toString()).toBe('PutinThe train left');
  });

  it('snaps offsets that fall on a separator inward', () => {
    const sep = idx.text.indexOf(SEPARATOR);
    expect(idx.toRange(sep, sep + 4).toString()).toBe('The');
    expect(idx.toRange(sep - 5, sep + 1).toString()).toBe('Putin');
    const collapsed = idx.toRange(sep, sep + 1);
    expect(collapsed.collapsed).toBe(true);
  });

  it('round-trips every offset through toOffset', () => {
    for (const seg of idx.segments) {
      for (let k = 0; k <= seg.node.data.length; k++) {
        expect(idx.toOffset(seg.node, k)).toBe(seg.start + k);
      }
    }
    expect(idx.toOffset(sample.ownerDocument.createTextNode('x'), 0)).toBeNull();
  });

  it('clamps out-of-range and reversed offsets', () => {
    expect(idx.toRange(-10, 3).toString()).toBe('Kim');
    expect(idx.toRange(3, 0).toString()).toBe('Kim');
    expect(idx.toRange(idx.text.length - 4, idx.text.length + 50).toString()).toBe('para');
  });
});

// Small random trees of visible markup: text, inline and block elements, with no whitespace-only
// text between blocks (so a range's string is exactly the kept text it covers).
const word = fc.stringMatching(/^[A-Za-z가-힣é🚂]{1,4}( [a-z]{1,3})?$/);
type Tree = string | { tag: string; kids: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    fc.record({
      tag: fc.constantFrom('p', 'div', 'li', 'b', 'i', 'span', 'q', 'h2', 'br', 'blockquote'),
      kids: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function render(doc: Document, parent: Node, t: Tree): void {
  if (typeof t === 'string') {
    parent.appendChild(doc.createTextNode(t));
    return;
  }
  const el = doc.createElement(t.tag);
  if (t.tag !== 'br') for (const kid of t.kids) render(doc, el, kid);
  parent.appendChild(el);
}

describe('buildTextIndex: properties over generated trees', () => {
  const doc = new JSDOM('<!doctype html><body></body>').window.document;

  it('range text equals the index text without separators, and offsets round-trip', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (trees, a, b) => {
        const root = doc.createElement('div');
        for (const t of trees) render(doc, root, t);
        const idx = buildTextIndex(root);
        // Every kept node appears exactly once, in document order, at its recorded offsets.
        for (const seg of idx.segments) expect(idx.text.slice(seg.start, seg.end)).toBe(seg.node.data);
        const n = idx.text.length;
        const start = n === 0 ? 0 : a % (n + 1);
        const end = n === 0 ? 0 : start + (b % (n - start + 1));
        const range = idx.toRange(start, end);
        expect(range.toString()).toBe(withoutSeparators(idx, start, end));
        if (!range.collapsed && range.startContainer.nodeType === 3) {
          const back = idx.toOffset(range.startContainer as Text, range.startOffset);
          expect(back).not.toBeNull();
          expect(withoutSeparators(idx, start, back as number)).toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never emits two separators in a row nor a separator at either end', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (trees) => {
        const root = doc.createElement('div');
        for (const t of trees) render(doc, root, t);
        const idx = buildTextIndex(root);
        const segs = idx.segments;
        for (let i = 1; i < segs.length; i++) {
          const gap = (segs[i] as { start: number }).start - (segs[i - 1] as { end: number }).end;
          expect(gap === 0 || gap === SEPARATOR.length).toBe(true);
        }
        if (segs.length > 0) {
          expect(segs[0]?.start).toBe(0);
          expect(segs[segs.length - 1]?.end).toBe(idx.text.length);
        } else {
          expect(idx.text).toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps no text from skipped or hidden subtrees', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.constantFrom('script', 'button', 'textarea', 'hidden', 'aria'), (trees, kind) => {
        const root = doc.createElement('div');
        for (const t of trees) render(doc, root, t);
        const bad = doc.createElement(kind === 'hidden' || kind === 'aria' ? 'span' : kind);
        if (kind === 'hidden') bad.setAttribute('hidden', '');
        if (kind === 'aria') bad.setAttribute('aria-hidden', 'true');
        bad.appendChild(doc.createTextNode('ZZZ'));
        root.insertBefore(bad, root.childNodes[Math.floor(root.childNodes.length / 2)] ?? null);
        const idx = buildTextIndex(root);
        expect(idx.text.includes('ZZZ')).toBe(false);
        for (const seg of idx.segments) expect(idx.text.slice(seg.start, seg.end)).toBe(seg.node.data);
      }),
      { numRuns: 200 },
    );
  });
});
