/**
 * Showing the reader one mention the popup asked for: which marks stand for the asked entity or
 * quote, scrolling one into the middle of the view, and a short flash on it that then goes away.
 */
import type { EntityHit, Quote } from '../core/types';
import type { RevealTarget } from '../shared/messages';

/** How the report spells a long name (see report.ts), so a name the popup sends back still matches. */
const REPORT_NAME_MAX = 200;
const asReported = (name: string): string => (name.length > REPORT_NAME_MAX ? `${name.slice(0, REPORT_NAME_MAX - 1)}…` : name);

/** True when a mark made from `source` is a mention of `target`; `quotes` are the analysis's, as the report numbers them. */
export function standsFor(source: EntityHit | Quote, target: RevealTarget, quotes: readonly Quote[]): boolean {
  if (target.kind === 'quote') return quotes[target.index] === source;
  if (!('mentions' in source)) return false;
  if (target.id !== null) return source.id === target.id;
  return source.id === null && (source.name === target.name || asReported(source.name) === target.name);
}

export function prefersReducedMotion(win: Window): boolean {
  try {
    return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  } catch {
    return false;
  }
}

/**
 * Scrolls so the range sits in the middle of the view. A Range has no scrollIntoView, so the
 * nearest element does it (which also scrolls any scrolling box it sits in) when it is short
 * enough to stand for the name; a tall one (a long paragraph) would put the name off-centre or
 * off-screen, so the window is scrolled by the range's own position instead.
 */
export function scrollRangeIntoView(win: Window, range: Range): void {
  // A hidden tab (the popup opened in a tab of its own) may not run a smooth scroll until it is
  // shown again, and nobody would see the motion: jump there.
  const smooth = !prefersReducedMotion(win) && win.document.visibilityState !== 'hidden';
  const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
  // The innermost element: a wrap mark's range starts just before the mark, in its parent.
  const start = range.startContainer;
  const child = start.nodeType === 1 ? start.childNodes[range.startOffset] : undefined;
  const el = child?.nodeType === 1 ? (child as Element) : start.nodeType === 1 ? (start as Element) : start.parentElement;
  const elRect = el?.getBoundingClientRect?.();
  if (el && elRect && typeof el.scrollIntoView === 'function' && elRect.height <= win.innerHeight / 3) {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (!rect) return;
  win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior });
}

/** The flash: on, and with motion allowed briefly off and on again, then gone. Times in ms. */
export function flashSteps(reducedMotion: boolean): { at: number; on: boolean }[] {
  return reducedMotion
    ? [{ at: 0, on: true }, { at: 1600, on: false }]
    : [{ at: 0, on: true }, { at: 450, on: false }, { at: 650, on: true }, { at: 1600, on: false }];
}
