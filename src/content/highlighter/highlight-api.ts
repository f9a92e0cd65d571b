/**
 * Highlighter backend on the CSS Custom Highlight API: one named Highlight per kind
 * (storylens-person, …) registered in CSS.highlights and styled with ::highlight(). The page's DOM
 * is never touched.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../shared/settings';
import { FLASH_NAME, HIGHLIGHT_PREFIX, type Highlighter, type MarkInput } from './types';

interface HighlightRegistryLike {
  set(name: string, h: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  clear(): void;
  priority: number;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

/** The registry and constructor, when the browser has them (Chrome 105+, Firefox 140+). */
export function highlightApi(win: Window): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export function createHighlightApiHighlighter(win: Window): Highlighter | null {
  const api = highlightApi(win);
  if (!api) return null;
  const byKind = new Map<HighlightKind, HighlightLike>();
  const ranges = new Map<number, Range>();
  const kindOf = new Map<number, HighlightKind>();
  let flashing: HighlightLike | null = null;
  const unflash = (): void => {
    if (!flashing) return;
    flashing.clear();
    if (api.registry.get(FLASH_NAME) === flashing) api.registry.delete(FLASH_NAME);
    flashing = null;
  };
  const highlightFor = (kind: HighlightKind): HighlightLike => {
    let h = byKind.get(kind);
    if (!h) {
      h = new api.Highlight();
      // Quotes sit under names: a name inside a quote keeps its own colour.
      h.priority = kind === 'quote' ? 0 : 1;
      api.registry.set(HIGHLIGHT_PREFIX + kind, h);
      byKind.set(kind, h);
    }
    return h;
  };
  return {
    name: 'highlight-api',
    add(marks: readonly MarkInput[]) {
      for (const m of marks) {
        const range = m.index.toRange(m.start, m.end);
        if (range.collapsed) continue;
        highlightFor(m.kind).add(range);
        ranges.set(m.id, range);
        kindOf.set(m.id, m.kind);
      }
    },
    remove(ids) {
      for (const id of ids) {
        const range = ranges.get(id);
        const kind = kindOf.get(id);
        if (range && kind) byKind.get(kind)?.delete(range);
        ranges.delete(id);
        kindOf.delete(id);
      }
    },
    markAt: () => null,
    rangeOf: (id) => ranges.get(id) ?? null,
    flash(target) {
      unflash();
      if (!target || target.range.collapsed) return;
      flashing = new api.Highlight(target.range);
      // Above names and quotes alike.
      flashing.priority = 2;
      api.registry.set(FLASH_NAME, flashing);
    },
    clear() {
      unflash();
      for (const kind of HIGHLIGHT_KINDS) {
        const h = byKind.get(kind);
        if (!h) continue;
        h.clear();
        // Only remove what is still ours (a page could in theory reuse the name).
        if (api.registry.get(HIGHLIGHT_PREFIX + kind) === h) api.registry.delete(HIGHLIGHT_PREFIX + kind);
      }
      byKind.clear();
      ranges.clear();
      kindOf.clear();
    },
  };
}
