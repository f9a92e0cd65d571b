import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, candidates, placeLabels, type Box } from '../../src/popup/map/labels';

const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.w <= w && b.y + b.h <= h;

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, and moves left near the right edge', () => {
    const { placed } = placeLabels([{ id: 'a', text: 'Khasan', x: 50, y: 50 }], { width: 200, height: 100, points: [[50, 50]] });
    expect(placed[0]!.box.x).toBeGreaterThan(50);
    const edge = placeLabels([{ id: 'b', text: 'Khasan', x: 190, y: 50 }], { width: 200, height: 100, points: [[190, 50]] });
    expect(edge.placed[0]!.box.x + edge.placed[0]!.box.w).toBeLessThan(190);
  });

  it('tries the other positions when the first is taken, and drops a label with no room', () => {
    const points: [number, number][] = [[100, 50], [100, 50.5]];
    const { placed, dropped } = placeLabels(
      [{ id: 'a', text: 'Artyom', x: 100, y: 50 }, { id: 'b', text: 'Knevichi', x: 100, y: 50.5 }, { id: 'c', text: 'Vladivostok', x: 100, y: 50 }],
      { width: 300, height: 100, points },
    );
    // a takes the right, b the left; c finds every side touching a or b and is dropped.
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    expect(placed[0]!.box.x).toBeGreaterThan(100);
    expect(placed[1]!.box.x + placed[1]!.box.w).toBeLessThan(100);
    expect(dropped).toEqual(['c']);
    const tiny = placeLabels([{ id: 'a', text: 'Komsomolsk-on-Amur', x: 10, y: 10 }], { width: 40, height: 20, points: [[10, 10]] });
    expect(tiny.dropped).toEqual(['a']);
  });

  it('offers eight distinct positions, none covering the point', () => {
    const c = candidates(0, 0, 30, 12, 5);
    expect(c).toHaveLength(8);
    expect(new Set(c.map((b) => `${b.x},${b.y}`)).size).toBe(8);
    for (const b of c) expect(boxesOverlap(b, { x: -3, y: -3, w: 6, h: 6 })).toBe(false);
  });

  it('never overlaps labels with each other or with any point, and keeps them in the frame (property)', () => {
    const point = fc.record({ x: fc.double({ min: 0, max: 320, noNaN: true }), y: fc.double({ min: 0, max: 300, noNaN: true }), text: fc.string({ minLength: 1, maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 25 }), (pts) => {
        const requests = pts.map((p, i) => ({ id: String(i), ...p }));
        const { placed, dropped } = placeLabels(requests, { width: 320, height: 300, points: pts.map((p) => [p.x, p.y] as const) });
        expect(placed.length + dropped.length).toBe(pts.length);
        for (const l of placed) {
          expect(inside(l.box, 320, 300)).toBe(true);
          for (const p of pts) expect(boxesOverlap(l.box, { x: p.x - 3, y: p.y - 3, w: 6, h: 6 })).toBe(false);
        }
        for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
