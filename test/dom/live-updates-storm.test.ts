// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { watchLiveUpdates, type LiveUpdates } from '../../src/content/live-updates';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
let watch: LiveUpdates | null = null;
afterEach(() => {
  watch?.disconnect();
  document.body.replaceChildren();
});

function addParagraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

describe('live updates under a mutation storm', () => {
  it('reports text a page publishes at a normal pace', async () => {
    const seen: string[] = [];
    watch = watchLiveUpdates(document, () => true, (nodes) => seen.push(...nodes.map((n) => n.textContent ?? '')), { recordsPerSecond: 50, pausesMs: [100] });
    addParagraph('Kim Jong Un arrived in Khasan.');
    await tick(700);
    expect(seen).toEqual(['Kim Jong Un arrived in Khasan.']);
  });

  it('steps aside while the page changes faster than the guard allows, then comes back', async () => {
    const seen: string[] = [];
    watch = watchLiveUpdates(document, () => true, (nodes) => seen.push(...nodes.map((n) => n.textContent ?? '')), { recordsPerSecond: 50, pausesMs: [300] });
    for (let i = 0; i < 200; i++) {
      const s = document.createElement('span');
      document.body.append(s);
      s.remove();
    }
    await tick(0); // the observer's callback sees the storm and disconnects
    addParagraph('added during the storm');
    await tick(700); // past the debounce: nothing, we were not listening
    expect(seen).toEqual([]);
    addParagraph('added after the pause');
    await tick(700);
    expect(seen).toEqual(['added after the pause']);
  });
});
