/**
 * Fallback highlighter for browsers without the Highlight API (Firefox before 140): wraps each
 * text-node piece of a range in our own <storylens-mark> element. A name split across inline
 * elements ("Sergei <b>Shoigu</b>") becomes one mark element per piece, all with the same id;
 * a name inside a quote nests inside the quote's mark.
 *
 * Marks are placed from the text index's segments — the page's ORIGINAL text nodes and offsets —
 * not from live Ranges (which collapse when their text node moves into a mark). The backend
 * remembers how it split each original node, so later marks — in the same call or a later chunk —
 * still land exactly.
 * Teardown restores the DOM exactly: marks are replaced by their children, and every split is
 * undone newest first — no normalize(), which would also merge the page's own adjacent text nodes.
 */
import { FLASH_ATTR, MARK_TAG, type Highlighter, type IndexLike, type MarkInput } from './types';

interface Fragment {
  /** Offset in the original node where this fragment starts. */
  start: number;
  node: Text;
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** The original text-node pieces under [start, end) of the index (binary search, no DOM reads). */
export function piecesOf(index: IndexLike, start: number, end: number): Piece[] {
  const segs = index.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Piece[] = [];
  for (let i = lo; i < segs.length && segs[i]!.start < end; i++) {
    const s = segs[i]!;
    const a = Math.max(start, s.start) - s.start;
    const b = Math.min(end, s.end) - s.start;
    if (b > a) out.push({ node: s.node, start: a, end: b });
  }
  return out;
}

export function createWrapHighlighter(doc: Document): Highlighter {
  const marks = new Map<number, HTMLElement[]>();
  const splits: { head: Text; tail: Text }[] = [];
  /** Original text node → its fragments, sorted by start. */
  const fragments = new Map<Text, Fragment[]>();
  let flashed: HTMLElement[] = [];
  const unflash = (): void => {
    for (const el of flashed) el.removeAttribute(FLASH_ATTR);
    flashed = [];
  };

  const fragmentsOf = (orig: Text): Fragment[] => {
    let list = fragments.get(orig);
    if (!list) {
      list = [{ start: 0, node: orig }];
      fragments.set(orig, list);
    }
    return list;
  };

  /** Makes [start, end) of the original node exactly a run of whole fragments and returns them. */
  const isolate = (orig: Text, start: number, end: number): Text[] => {
    const list = fragmentsOf(orig);
    const cut = (at: number): void => {
      for (let i = 0; i < list.length; i++) {
        const f = list[i]!;
        const fEnd = f.start + f.node.length;
        if (at > f.start && at < fEnd) {
          const tail = f.node.splitText(at - f.start);
          splits.push({ head: f.node, tail });
          list.splice(i + 1, 0, { start: at, node: tail });
          return;
        }
      }
    };
    cut(start);
    cut(end);
    return list.filter((f) => f.start >= start && f.start + f.node.length <= end && f.node.length > 0).map((f) => f.node);
  };

  const wrap = (node: Text, m: MarkInput): HTMLElement | null => {
    const parent = node.parentNode;
    if (parent === null) return null;
    const el = doc.createElement(MARK_TAG);
    el.setAttribute('data-kind', m.kind);
    el.setAttribute('data-sl-id', String(m.id));
    parent.insertBefore(el, node);
    el.appendChild(node);
    return el;
  };

  const unwrap = (el: HTMLElement): void => {
    const parent = el.parentNode;
    if (!parent) return;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  };

  return {
    name: 'wrap',
    add(list: readonly MarkInput[]) {
      // Pieces are read from the index (original nodes, original offsets) before anything changes.
      const planned = list.map((m) => ({ m, pieces: piecesOf(m.index, m.start, m.end) }));
      for (const { m, pieces } of planned) {
        const els: HTMLElement[] = [];
        for (const p of pieces) {
          for (const node of isolate(p.node, p.start, p.end)) {
            const el = wrap(node, m);
            if (el) els.push(el);
          }
        }
        if (els.length) marks.set(m.id, [...(marks.get(m.id) ?? []), ...els]);
      }
    },
    remove(ids) {
      // Split text nodes stay split (and recorded) until clear(), so later marks still land exactly.
      for (const id of ids) {
        const els = marks.get(id) ?? [];
        flashed = flashed.filter((el) => !els.includes(el));
        for (let i = els.length - 1; i >= 0; i--) unwrap(els[i]!);
        marks.delete(id);
      }
    },
    markAt(target) {
      const El = doc.defaultView?.Element;
      if (!El || !(target instanceof El)) return null;
      // The innermost mark: a name inside a quote answers with the name.
      const el = target.closest(MARK_TAG);
      const id = el?.getAttribute('data-sl-id');
      return id == null ? null : Number(id);
    },
    rangeOf(id) {
      const els = marks.get(id);
      if (!els?.length) return null;
      const r = doc.createRange();
      r.setStartBefore(els[0]!);
      r.setEndAfter(els[els.length - 1]!);
      return r;
    },
    flash(target) {
      unflash();
      // Only a mark of ours can carry the flash: the page's own elements are never touched.
      flashed = target ? [...(marks.get(target.id) ?? [])] : [];
      for (const el of flashed) el.setAttribute(FLASH_ATTR, '');
    },
    clear() {
      unflash();
      // Innermost marks were created last for a node; unwrapping in reverse creation order keeps parents valid.
      const all = [...marks.values()].flat();
      for (let i = all.length - 1; i >= 0; i--) unwrap(all[i]!);
      marks.clear();
      for (let i = splits.length - 1; i >= 0; i--) {
        const { head, tail } = splits[i]!;
        if (head.nextSibling === tail) {
          head.appendData(tail.data);
          tail.remove();
        }
      }
      splits.length = 0;
      fragments.clear();
    },
  };
}
