/**
 * Greedy label placement for the popup's map: each label, in priority order, tries eight
 * positions around its point (right, left, above, below, then the four diagonals) and takes the
 * first whose box stays inside the frame and touches neither an already placed label nor any
 * point. A label with no free position is dropped (its point keeps a tooltip).
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelRequest {
  /** The label's box; the text is drawn from its left edge on `baseline`. */
  box: Box;
  baseline: number;
}

export interface LabelOptions {
  width: number;
  height: number;
  /** Every point drawn on the map, labelled or not: labels must not hide them. */
  points: readonly (readonly [number, number])[];
  fontSize?: number;
  /** Average glyph width as a share of the font size (system-ui, mixed case). */
  charWidth?: number;
  /** Room kept around points. */
  pointRadius?: number;
  /** Distance between a point and its label. */
  gap?: number;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The eight candidate boxes around (x, y), in the order they are tried. */
export function candidates(x: number, y: number, w: number, h: number, gap: number): Box[] {
  const d = gap * 0.7;
  return [
    { x: x + gap, y: y - h / 2, w, h },
    { x: x - gap - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - gap - h, w, h },
    { x: x - w / 2, y: y + gap, w, h },
    { x: x + d, y: y - d - h, w, h },
    { x: x - d - w, y: y - d - h, w, h },
    { x: x + d, y: y + d, w, h },
    { x: x - d - w, y: y + d, w, h },
  ];
}

export function placeLabels(requests: readonly LabelRequest[], opts: LabelOptions): { placed: PlacedLabel[]; dropped: string[] } {
  const fontSize = opts.fontSize ?? 10;
  const charWidth = (opts.charWidth ?? 0.58) * fontSize;
  const r = opts.pointRadius ?? 3;
  const gap = opts.gap ?? r + 2;
  const h = fontSize * 1.2;
  const pointBoxes = opts.points.map(([px, py]) => ({ x: px - r, y: py - r, w: 2 * r, h: 2 * r }));
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const req of requests) {
    const w = Math.max(1, req.text.length) * charWidth;
    const box = candidates(req.x, req.y, w, h, gap).find(
      (b) =>
        b.x >= 0 && b.y >= 0 && b.x + b.w <= opts.width && b.y + b.h <= opts.height &&
        !placed.some((p) => boxesOverlap(p.box, b)) &&
        !pointBoxes.some((p) => boxesOverlap(p, b)),
    );
    if (box) placed.push({ ...req, box, baseline: box.y + fontSize * 0.95 });
    else dropped.push(req.id);
  }
  return { placed, dropped };
}
