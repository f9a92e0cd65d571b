/**
 * Pathologically deep HTML (thousands of unclosed <div>s) for the CLI.
 *
 * jsdom's tree insertion walks every ancestor, so parsing N nested elements costs O(N²): 10,000
 * levels took 25 s, and jsdom's recursive cloneNode/serialisation then overflowed the stack.
 * Browsers never build such trees from markup: Chromium's parser stops nesting at 512 levels
 * (kMaximumHTMLParserDOMTreeDepth) and attaches deeper elements beside the last one instead. We
 * do the same before jsdom sees the page: a cheap scan estimates the nesting depth, and only
 * when it is past the cap is the page parsed with parse5 (fast, no ancestor walks), flattened
 * below the cap, and serialised again. Text keeps its order and every piece of text keeps its
 * own element (so paragraphs stay apart); only the nesting past the cap is lost.
 */
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Chromium's parser nesting cap. */
export const MAX_HTML_DEPTH = 512;

const VOID_OR_AUTO_CLOSING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  // Closed implicitly by their next sibling: they never nest in themselves.
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'rb', 'rt', 'rp',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'plaintext']);
const TAG = /<(!--|\/?)([a-zA-Z][^\s/>]*)?/g;

/**
 * Upper-bound-ish estimate of the element nesting depth, from tags alone (no tree), in one pass.
 * It may overestimate (which only costs a parse5 pass); stray closing tags can make it
 * underestimate, which only costs time, never correctness.
 */
export function estimateDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html)) !== null) {
    if (m[1] === '!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue;
    const gt = html.indexOf('>', TAG.lastIndex);
    if (gt < 0) break;
    if (m[1] === '/') {
      if (!VOID_OR_AUTO_CLOSING.has(name) && depth > 0) depth--;
    } else if (RAW_TEXT.has(name)) {
      const close = indexOfCloseTag(html, name, gt + 1);
      TAG.lastIndex = close < 0 ? html.length : close;
      continue;
    } else if (!VOID_OR_AUTO_CLOSING.has(name) && html[gt - 1] !== '/') {
      depth++;
      if (depth > max) max = depth;
    }
    TAG.lastIndex = gt + 1;
  }
  return max;
}

function indexOfCloseTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s>]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m === null ? -1 : m.index;
}

const isElement = (n: ChildNode): n is Element => 'tagName' in n;

/**
 * The element's subtree as a flat list of siblings in document order: each run of its own text
 * (and comments) goes into a shallow copy of the element, each child element is flattened the
 * same way. Iterative: the subtree can be thousands of levels deep.
 */
function flattenSubtree(top: Element, parent: ParentNode): ChildNode[] {
  const out: ChildNode[] = [];
  const copy = (el: Element, run: ChildNode[]): Element => {
    const c: Element = { ...el, childNodes: run, parentNode: parent };
    for (const n of run) n.parentNode = c;
    return c;
  };
  const stack: Array<{ el: Element; i: number; run: ChildNode[]; emitted: boolean }> = [{ el: top, i: 0, run: [], emitted: false }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const child = f.el.childNodes[f.i++];
    if (child === undefined) {
      if (f.run.length > 0 || !f.emitted) out.push(copy(f.el, f.run));
      stack.pop();
    } else if (isElement(child)) {
      if (f.run.length > 0 || !f.emitted) out.push(copy(f.el, f.run));
      f.run = [];
      f.emitted = true;
      stack.push({ el: child, i: 0, run: [], emitted: false });
    } else {
      f.run.push(child);
    }
  }
  return out;
}

/** Flattens everything below MAX_HTML_DEPTH into siblings at that depth; returns the new HTML. */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const doc = parse(html);
  const stack: Array<{ node: ParentNode; depth: number }> = [{ node: doc, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth >= maxDepth) {
      node.childNodes = node.childNodes.flatMap((c) => (isElement(c) ? flattenSubtree(c, node) : [c]));
      continue;
    }
    for (const c of node.childNodes) if (isElement(c)) stack.push({ node: c, depth: depth + 1 });
  }
  return serialize(doc);
}

/** The HTML as it is, or flattened when it nests deeper than a browser would build. */
export function capNesting(html: string): string {
  return estimateDepth(html) > MAX_HTML_DEPTH ? flattenDeepHtml(html) : html;
}
