/**
 * Paragraph regions: the units a quotation may not leave (except by the multi-paragraph
 * convention). A region is one "\n"-separated line, or several lines when a line break falls
 * inside one leaf block (a <br> in a <p>), so a hard break never lets an unbalanced mark run on.
 */
import type { Block, Span } from '../types';

export interface Region extends Span {
  /** Tag of the innermost enclosing block (p, li, h2, …); "p" when no block covers the text. */
  tag: string;
  /** Inside a <blockquote>: the blockquote itself is the quotation. */
  inBlockquote: boolean;
}

const LEAF_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'figcaption', 'caption']);

export const isHeading = (tag: string): boolean => /^h[1-6]$/.test(tag);

interface Line extends Span {
  block: Block | null;
  inBlockquote: boolean;
}

function lines(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    const e = nl === -1 ? text.length : nl;
    if (text.slice(s, e).trim() !== '') out.push({ start: s, end: e });
    if (nl === -1) return out;
    s = nl + 1;
  }
}

/** Sweep lines and blocks together; the innermost open block at a line's start is its block. */
function assignBlocks(spans: Span[], blocks: Block[]): Line[] {
  const sorted = blocks
    .filter((b) => b.tag.toLowerCase() !== 'q' && b.end > b.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Block[] = [];
  let k = 0;
  return spans.map((line) => {
    while (k < sorted.length && (sorted[k] as Block).start <= line.start) open.push(sorted[k++] as Block);
    for (let i = open.length - 1; i >= 0; i--) if ((open[i] as Block).end <= line.start) open.splice(i, 1);
    const block = open.length > 0 ? (open[open.length - 1] as Block) : null;
    const inBlockquote = open.some((b) => b.tag.toLowerCase() === 'blockquote');
    return { ...line, block, inBlockquote };
  });
}

export function paragraphRegions(text: string, blocks: Block[]): Region[] {
  const out: Region[] = [];
  let prev: Line | null = null;
  for (const line of assignBlocks(lines(text), blocks)) {
    const tag = line.block ? line.block.tag.toLowerCase() : 'p';
    const last = out[out.length - 1];
    const sameLeaf = prev !== null && last !== undefined && line.block !== null && prev.block === line.block && LEAF_TAGS.has(tag);
    if (sameLeaf && last) last.end = line.end;
    else out.push({ start: line.start, end: line.end, tag, inBlockquote: line.inBlockquote });
    prev = line;
  }
  return out;
}
