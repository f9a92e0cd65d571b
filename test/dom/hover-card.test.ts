// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildCard } from '../../src/content/hover-card/card-dom';
import { entityCard, quoteCard, unknownCard } from '../../src/content/hover-card/card-data';
import { dataset, entitiesById } from '../../src/data/index';
import { hitTest, IntervalLookup } from '../../src/content/hit-test';
import { buildTextIndex } from '../../src/core/text-index';

const shoigu = dataset.entities.find((e) => e.id === 'sergei-shoigu')!;

describe('the card content', () => {
  it('shows an entity: name, kind, description, note, role, later changes marked as such, a safe Wikipedia link', () => {
    const close = vi.fn();
    const { root, close: button, announcement } = buildCard(document, entityCard(shoigu), close);
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.querySelector('#' + root.getAttribute('aria-labelledby'))!.textContent).toBe(shoigu.name);
    expect(root.querySelector('#' + root.getAttribute('aria-describedby'))!.textContent).toBe(shoigu.description);
    expect(root.textContent).toContain(shoigu.note);
    expect(root.textContent).toContain(shoigu.role);
    expect(root.querySelector('.kind')!.textContent).toBe('Person');
    if (shoigu.later?.length) {
      expect(root.textContent).toContain('after the story');
      expect(root.querySelector('.later time')!.getAttribute('datetime')).toBe(shoigu.later[0]!.date);
    }
    const a = root.querySelector('a')!;
    expect(a.href).toBe(shoigu.wikipedia);
    expect(a.target).toBe('_blank');
    expect(a.rel).toContain('noopener');
    button.click();
    expect(close).toHaveBeenCalledOnce();
    expect(button.getAttribute('aria-label')).toBe('Close');
    expect(announcement).toContain(shoigu.name);
  });

  it('treats page text as text, never markup', () => {
    const { root } = buildCard(document, unknownCard('<img src=x onerror=alert(1)>', 'person'), () => undefined);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain("Name not in StoryLens's dataset");
  });

  it('shows a quote with its speaker, the speaker’s note and the outlet it came through', () => {
    const data = quoteCard(
      { start: 0, end: 10, text: 'exchanged constructive opinions', speaker: { id: 'kcna', name: 'KCNA' }, via: [{ id: 'reuters', name: 'Reuters' }], cue: null, kind: 'direct' },
      entitiesById,
    );
    const { root } = buildCard(document, data, () => undefined);
    const kcna = entitiesById.get('kcna')!;
    expect(root.querySelector('.title')!.textContent).toBe(kcna.name);
    expect(root.textContent).toContain(kcna.note);
    expect(root.textContent).toContain('Reported through Reuters');
    expect(root.textContent).toContain('exchanged constructive opinions');
  });
});

describe('a speaker not in the dataset', () => {
  it('is shown with the title the page gives them, in the hover card and the popup', async () => {
    const { quotesBySpeaker } = await import('../../src/popup/model');
    const speaker = { id: null, name: 'Matthias Millerson', title: 'State Department spokesman' };
    const q = { start: 0, end: 10, text: 'We will not hesitate', speaker, via: [], cue: 'told', kind: 'direct' as const };
    const { root } = buildCard(document, quoteCard(q, entitiesById), () => undefined);
    expect(root.querySelector('.title')!.textContent).toBe('Matthias Millerson');
    expect(root.textContent).toContain('State Department spokesman');
    expect(quotesBySpeaker([{ text: q.text, speaker, via: [] }], entitiesById)[0]!.speaker).toBe('Matthias Millerson, State Department spokesman');
    // a dataset speaker keeps the dataset's name and note; a title from the page is not added to it
    const known = quotesBySpeaker([{ text: 'x', speaker: { id: 'kcna', name: 'KCNA', title: 'agency' }, via: [] }], entitiesById)[0]!;
    expect(known.speaker).not.toContain('agency');
  });
});

describe('the hit test', () => {
  it('maps a caret under the pointer to the mark there, confirmed by the mark’s line boxes', () => {
    document.body.innerHTML = '<p id="a">Kim met Shoigu in Artyom.</p>';
    const index = buildTextIndex(document.getElementById('a')!);
    const start = index.text.indexOf('Shoigu');
    const lookup = new IntervalLookup([{ id: 7, start, end: start + 6 }]);
    const text = document.getElementById('a')!.firstChild as Text;
    const range = index.toRange(start, start + 6);
    // jsdom has no layout: give the caret API and the line box by hand.
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number) => ({ offsetNode: text, offset: x });
    range.getClientRects = () => [{ left: start, right: start + 6, top: 0, bottom: 10 }] as unknown as DOMRectList;
    const rangeOf = (id: number) => (id === 7 ? range : null);
    expect(hitTest(document, start + 2, 5, [{ index, lookup }], rangeOf)).toBe(7);
    expect(hitTest(document, start + 6, 5, [{ index, lookup }], rangeOf)).toBe(7); // the last letter
    expect(hitTest(document, 2, 5, [{ index, lookup }], rangeOf)).toBeNull();
    expect(hitTest(document, start + 2, 50, [{ index, lookup }], rangeOf)).toBeNull(); // caret snapped from a margin
  });
});
