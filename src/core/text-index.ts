/**
 * The text index: the visible text under one or more roots as a single string, with a two-way
 * map between offsets in that string and (Text node, offset) positions in the live DOM.
 *
 * Text node data is copied as is (no whitespace folding), so every offset inside a node maps
 * 1:1. Between block-level elements a "\n" separator is inserted that belongs to no node, so the
 * last word of one paragraph never merges with the first of the next.
 */
import type { Block } from './types';
import { BLOCK_TAGS, SKIP_TAGS, isEditable, isHiddenByMarkup } from './dom';

export interface TextSegment {
  node: Text;
  /** Offsets of node.data in `TextIndex.text`. */
  start: number;
  end: number;
}

export interface TextIndex {
  text: string;
  /** Block-level elements and inline <q> holding kept text, sorted by start (outer first on ties). */
  blocks: Block[];
  /** A live Range over exactly text.slice(start, end); offsets on a separator snap inward. */
  toRange(start: number, end: number): Range;
  /** The offset in `text` of a DOM position, or null when the node is not indexed. */
  toOffset(node: Text, offset: number): number | null;
  segments: readonly TextSegment[];
}

/**
 * What to do with an element: true walks it, false skips its whole subtree, 'children' walks
 * its child elements but drops its own text nodes (a wrapper around the article that also holds
 * stray text the extractor rejected).
 */
export type Acceptance = boolean | 'children';

export interface TextIndexOptions {
  accept?: (el: Element) => Acceptance;
  /** Extra visibility test, e.g. checkVisibility() in a real browser. Called after the cheap checks. */
  isHidden?: (el: Element) => boolean;
}

export const SEPARATOR = '\n';
const WHITESPACE_ONLY = /^\s*$/;

interface OpenBlock {
  tag: string;
  firstSegment: number;
  /** Opening order, so equal spans sort outer element first. */
  order: number;
}

/**
 * Index the text under `root` (or under each of several roots, in the order given; a root that
 * lies inside another is indexed once, as its own root).
 */
export function buildTextIndex(root: Node | readonly Node[], options: TextIndexOptions = {}): TextIndex {
  const roots = Array.isArray(root) ? (root as readonly Node[]) : [root as Node];
  const doc = ownerDocumentOf(roots[0]);
  const segments: TextSegment[] = [];
  const closed: Array<{ block: Block; order: number }> = [];
  let opened = 0;
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;

  // Whole-document editing mode: everything is the user's draft.
  const editing = doc !== null && (doc as Document & { designMode?: string }).designMode === 'on';
  const rootSet = new Set<Node>(roots);
  const { accept, isHidden } = options;

  const verdict = (el: Element): Acceptance => {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || isHiddenByMarkup(el) || isEditable(el)) return false;
    if (isHidden !== undefined && isHidden(el)) return false;
    return accept === undefined ? true : accept(el);
  };

  // Whitespace-only nodes wait here until we know what follows: dropped before a block break
  // (they are layout), kept between two runs of inline text (they separate words).
  const heldSpace: Text[] = [];
  const pushSegment = (node: Text): void => {
    segments.push({ node, start: length, end: length + node.data.length });
    parts.push(node.data);
    length += node.data.length;
  };
  const emitText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    if (WHITESPACE_ONLY.test(data)) {
      if (!pendingBreak && length > 0) heldSpace.push(node);
      return;
    }
    if (pendingBreak) {
      heldSpace.length = 0;
      if (length > 0) {
        parts.push(SEPARATOR);
        length += SEPARATOR.length;
      }
      pendingBreak = false;
    } else {
      for (const held of heldSpace) pushSegment(held);
      heldSpace.length = 0;
    }
    pushSegment(node);
  };

  const closeBlock = (open: OpenBlock): void => {
    if (segments.length > open.firstSegment) {
      const first = segments[open.firstSegment] as TextSegment;
      const last = segments[segments.length - 1] as TextSegment;
      closed.push({ block: { start: first.start, end: last.end, tag: open.tag }, order: open.order });
    }
  };

  const walk = (start: Node): void => {
    // Iterative walk (firstChild/nextSibling) rather than a TreeWalker: we need the "leaving an
    // element" event to close blocks and place separators, which a TreeWalker does not give.
    const stack: Array<{ el: Element; ownText: boolean; block: OpenBlock | null; isBlock: boolean }> = [];
    let node: Node | null = start;
    const enter = (el: Element): boolean => {
      if (el !== start && rootSet.has(el)) return false;
      const v = verdict(el);
      const tag = el.localName;
      const isBlock = BLOCK_TAGS.has(tag);
      if (v === false) {
        if (isBlock) pendingBreak = true;
        return false;
      }
      if (isBlock) pendingBreak = true;
      const tracked = isBlock || tag === 'q';
      stack.push({ el, ownText: v === true, isBlock, block: tracked ? { tag, firstSegment: segments.length, order: opened++ } : null });
      return true;
    };
    const leave = (): void => {
      const top = stack.pop();
      if (top === undefined) return;
      if (top.block !== null) closeBlock(top.block);
      if (top.isBlock) pendingBreak = true;
    };

    if (start.nodeType === 3) {
      emitText(start as Text);
      return;
    }
    if (start.nodeType === 1) {
      if (!enter(start as Element)) return;
    } else if (start.nodeType !== 9 && start.nodeType !== 11) {
      return;
    }
    node = start.firstChild;
    let depthNode: Node = start;
    while (true) {
      if (node === null) {
        // Climb until a next sibling exists or we are back at the start.
        if (depthNode === start) {
          if (start.nodeType === 1) leave();
          return;
        }
        if (depthNode.nodeType === 1) leave();
        const next: Node | null = depthNode.nextSibling;
        const parent: Node | null = depthNode.parentNode;
        if (next !== null) {
          node = next;
          depthNode = parent as Node;
          continue;
        }
        node = null;
        depthNode = parent as Node;
        continue;
      }
      const type = node.nodeType;
      if (type === 3) {
        const top = stack[stack.length - 1];
        const ownText = top === undefined ? true : top.ownText;
        if (ownText) emitText(node as Text);
      } else if (type === 1 && enter(node as Element)) {
        if (node.firstChild !== null) {
          depthNode = node;
          node = node.firstChild;
          continue;
        }
        leave();
      }
      node = node.nextSibling;
    }
  };

  if (!editing) {
    for (const r of roots) {
      walk(r.nodeType === 9 ? ((r as Document).documentElement ?? r) : r);
      pendingBreak = true;
    }
  }

  closed.sort((a, b) => a.block.start - b.block.start || b.block.end - a.block.end || a.order - b.order);
  const blocks = closed.map((c) => c.block);
  const text = parts.join('');
  return makeIndex(text, segments, blocks, doc, roots[0] ?? null);
}

function ownerDocumentOf(node: Node | undefined): Document | null {
  if (node === undefined) return null;
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument;
}

function makeIndex(
  text: string,
  segments: TextSegment[],
  blocks: Block[],
  doc: Document | null,
  firstRoot: Node | null,
): TextIndex {
  const byNode = new Map<Text, number>();
  segments.forEach((seg, i) => byNode.set(seg.node, i));

  /** Index of the first segment with end > offset (segments.length when none). */
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((segments[mid] as TextSegment).end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** Index of the last segment with start < offset (-1 when none). */
  const lastStartingBefore = (offset: number): number => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((segments[mid] as TextSegment).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };

  const toRange = (start: number, end: number): Range => {
    if (doc === null) throw new Error('text index has no document');
    const range = doc.createRange();
    const s = clamp(Math.min(start, end), 0, text.length);
    const e = clamp(Math.max(start, end), 0, text.length);
    const si = firstEndingAfter(s);
    const ei = lastStartingBefore(e);
    const startSeg = segments[si];
    const endSeg = segments[ei];
    if (startSeg !== undefined && endSeg !== undefined && si <= ei && s < e) {
      range.setStart(startSeg.node, Math.max(0, s - startSeg.start));
      range.setEnd(endSeg.node, Math.min(endSeg.end, e) - endSeg.start);
      return range;
    }
    // Empty, or wholly on a separator: a collapsed range at the nearest text position.
    if (startSeg !== undefined) {
      range.setStart(startSeg.node, Math.max(0, s - startSeg.start));
    } else if (endSeg !== undefined) {
      range.setStart(endSeg.node, endSeg.end - endSeg.start);
    } else if (firstRoot !== null) {
      range.setStart(firstRoot, 0);
    }
    range.collapse(true);
    return range;
  };

  const toOffset = (node: Text, offset: number): number | null => {
    const i = byNode.get(node);
    if (i === undefined) return null;
    const seg = segments[i] as TextSegment;
    return seg.start + clamp(offset, 0, seg.end - seg.start);
  };

  return { text, blocks, toRange, toOffset, segments };
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
