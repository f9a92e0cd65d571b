/**
 * WCAG 2.x contrast, for the highlight colours: names are drawn as a tint behind the lens's dark
 * text (#111), which must reach 4.5:1 (AA for text); the quote underline must stand out from the
 * page itself, white or dark, by 3:1 (AA for non-text marks).
 */
import type { HighlightKind } from '../shared/settings';

/** The text colour the lens sets inside name highlights. */
export const HIGHLIGHT_INK = '#111111';
/** A plain white page and a typical dark-mode page. */
export const LIGHT_PAGE = '#ffffff';
export const DARK_PAGE = '#121212';
export const AA_TEXT = 4.5;
export const AA_MARK = 3;

/** "#abc" or "#aabbcc" → [r, g, b]; null for anything else. */
export function parseHex(colour: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export function relativeLuminance(colour: string): number | null {
  const rgb = parseHex(colour);
  if (!rgb) return null;
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

/** The contrast ratio of two hex colours (1–21), or null when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number | null {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export interface ContrastCheck {
  /** What was measured, in words. */
  against: string;
  ratio: number;
  needed: number;
  ok: boolean;
}

/** The checks that matter for a kind's colour (see the module comment). */
export function contrastChecks(kind: HighlightKind, colour: string): ContrastCheck[] {
  const pairs: [string, string, number][] =
    kind === 'quote'
      ? [['white pages', LIGHT_PAGE, AA_MARK], ['dark pages', DARK_PAGE, AA_MARK]]
      : [['the highlighted text', HIGHLIGHT_INK, AA_TEXT]];
  return pairs.flatMap(([against, other, needed]) => {
    const ratio = contrastRatio(colour, other);
    return ratio === null ? [] : [{ against, ratio, needed, ok: ratio >= needed }];
  });
}

/** "12.4:1". */
export const formatRatio = (r: number) => `${(Math.floor(r * 10) / 10).toFixed(1)}:1`;
