// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../src/core/text-index';
import { createWrapHighlighter } from '../../src/content/highlighter/wrap';
import { IntervalLookup } from '../../src/content/hit-test';

function setup(html: string) {
  document.body.innerHTML = html;
  const root = document.getElementById('a')!;
  const index = buildTextIndex(root);
  return { root, index, span: (word: string) => ({ start: index.text.indexOf(word), end: index.text.indexOf(word) + word.length }) };
}

describe('the wrap highlighter', () => {
  it('wraps a name split across inline elements and unwraps to an identical DOM', () => {
    const { root, index, span } = setup('<p id="a">Kim met Sergei <b>Sho</b>igu and <i>Putin</i> at Vostochny.</p>');
    const firstText = root.firstChild as Text;
    const before = root.outerHTML;
    const childCount = root.childNodes.length;
    const h = createWrapHighlighter(document);
    h.add([
      { id: 0, kind: 'person', ...span('Sergei Shoigu'), index },
      { id: 1, kind: 'person', ...span('Putin'), index },
      { id: 2, kind: 'quote', ...span('Kim met Sergei Shoigu'), index },
      { id: 3, kind: 'place', ...span('Vostochny'), index },
    ]);
    const marks = Array.from(root.querySelectorAll('storylens-mark'));
    expect(marks.filter((m) => m.getAttribute('data-sl-id') === '0').map((m) => m.textContent)).toEqual(['Sergei ', 'Sho', 'igu']);
    expect(root.querySelector('storylens-mark[data-sl-id="3"]')!.textContent).toBe('Vostochny');
    expect(root.textContent).toBe('Kim met Sergei Shoigu and Putin at Vostochny.');
    // The innermost mark answers: a name inside a quote is the name.
    const sho = root.querySelector('b storylens-mark')!;
    expect(h.markAt(sho)).toBe(0);
    expect(h.rangeOf(0)!.toString()).toBe('Sergei Shoigu');

    h.clear();
    expect(root.outerHTML).toBe(before);
    expect(root.childNodes.length).toBe(childCount);
    expect(root.firstChild).toBe(firstText); // the page's own node, merged back, not a copy
    expect(root.querySelectorAll('storylens-mark')).toHaveLength(0);
  });

  it('places marks from later chunks correctly after earlier splits', () => {
    const { root, index, span } = setup('<p id="a">Putin and Shoigu and Kim</p>');
    const before = root.outerHTML;
    const h = createWrapHighlighter(document);
    h.add([{ id: 0, kind: 'person', ...span('Shoigu'), index }]);
    h.add([{ id: 1, kind: 'person', ...span('Putin'), index }, { id: 2, kind: 'person', ...span('Kim'), index }]);
    expect(Array.from(root.querySelectorAll('storylens-mark')).map((m) => m.textContent)).toEqual(['Putin', 'Shoigu', 'Kim']);
    h.clear();
    expect(root.outerHTML).toBe(before);
    expect(root.childNodes.length).toBe(1);
  });

  it('leaves the page’s own adjacent text nodes unmerged', () => {
    const { root, index, span } = setup('<p id="a">Kim</p>');
    root.append(document.createTextNode(' met Putin'));
    const idx = buildTextIndex(root);
    const h = createWrapHighlighter(document);
    h.add([{ id: 0, kind: 'person', start: idx.text.indexOf('Putin'), end: idx.text.indexOf('Putin') + 5, index: idx }]);
    h.clear();
    expect(root.childNodes.length).toBe(2);
    void index;
    void span;
  });
});

describe('the interval lookup', () => {
  it('answers the innermost mark at an offset, and null outside every mark', () => {
    const l = new IntervalLookup([
      { id: 9, start: 0, end: 50 },
      { id: 1, start: 10, end: 16 },
      { id: 2, start: 30, end: 35 },
    ]);
    expect(l.find(12)).toBe(1);
    expect(l.find(20)).toBe(9);
    expect(l.find(34)).toBe(2);
    expect(l.find(35)).toBe(9);
    expect(l.find(60)).toBeNull();
  });
});
