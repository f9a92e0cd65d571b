/**
 * Article extraction: which part of the live page is the article, as an `accept` verdict for the
 * text index, plus the headline to put first.
 *
 * Readability runs on a CLONE of the document (it rewrites the tree it parses). Every clone
 * element carries its position in the live document's element order, so the elements Readability
 * keeps map straight back to live elements; the live page is never touched.
 */
// A copy without innerHTML assignments (store review); see its header.
import { Readability } from './vendor/readability.js';
import { buildTextIndex, type Acceptance, type TextIndex } from './text-index';
import { cleanText, commonAncestor, isCollapsedText, isHiddenByMarkup, looksLikeClutter } from './dom';

export type ExtractionMethod = 'readability' | 'fallback';

export interface ArticleChoice {
  accept: (el: Element) => Acceptance;
  root: Element;
  headline: Element | null;
  method: ExtractionMethod;
}

/**
 * Readability walks and re-scores the whole tree, several times when its first pass finds too
 * little; past these sizes (a long live blog, a portal page: 100,000 characters is some 15,000
 * words, several times a long article) it costs more than the reader — or the CLI, where jsdom
 * makes it slower still — should wait for, and the fallback's paragraph-density choice is as good
 * on such pages.
 */
export const READABILITY_MAX_ELEMENTS = 5000;
export const READABILITY_MAX_TEXT = 100_000;
/** Less than this much kept text means Readability latched onto a fragment (a caption, a teaser). */
const MIN_ARTICLE_CHARS = 200;
const INDEX_ATTR = 'data-sl-i';

export interface ExtractionLimits {
  maxElements?: number;
  maxText?: number;
}

export function findArticle(doc: Document, limits: ExtractionLimits = {}): ArticleChoice {
  const fromReadability = readabilityChoice(doc, {
    maxElements: limits.maxElements ?? READABILITY_MAX_ELEMENTS,
    maxText: limits.maxText ?? READABILITY_MAX_TEXT,
  });
  const choice = fromReadability ?? fallbackChoice(doc);
  return { ...choice, headline: findHeadline(doc, choice.root) };
}

/** The article's text index, headline first, and how the article was found. */
export function buildArticleIndex(doc: Document, limits: ExtractionLimits = {}): {
  index: TextIndex;
  method: ExtractionMethod;
  root: Element;
  headline: Element | null;
} {
  const choice = findArticle(doc, limits);
  const { headline, root } = choice;
  if (headline === null) {
    return { index: buildTextIndex(root, { accept: choice.accept }), method: choice.method, root, headline };
  }
  // The headline is usually outside what Readability keeps (it strips a title-like header), so
  // its subtree is accepted outright; the index walks it first and skips it inside the article.
  const headlineEls = new Set<Element>([headline, ...Array.from(headline.querySelectorAll('*'))]);
  const accept = (el: Element): Acceptance => (headlineEls.has(el) ? true : choice.accept(el));
  return { index: buildTextIndex([headline, root], { accept }), method: choice.method, root, headline };
}

type BodyChoice = Omit<ArticleChoice, 'headline'>;

function readabilityChoice(doc: Document, limits: Required<ExtractionLimits>): BodyChoice | null {
  if (doc.getElementsByTagName('*').length > limits.maxElements) return null;
  if ((doc.body?.textContent?.length ?? 0) > limits.maxText) return null;
  // Static lists: iterating jsdom's live HTMLCollection is quadratic.
  const live = Array.from(doc.querySelectorAll('*'));
  const clone = doc.cloneNode(true) as Document;
  const copies = clone.querySelectorAll('*');
  if (copies.length !== live.length) return null;
  for (let i = 0; i < copies.length; i++) (copies[i] as Element).setAttribute(INDEX_ATTR, String(i));
  const liveTexts = textNodes(doc);
  const cloneTexts = textNodes(clone);
  const liveTextOf = new Map<Text, Text>();
  if (liveTexts.length === cloneTexts.length) cloneTexts.forEach((t, i) => liveTextOf.set(t, liveTexts[i] as Text));

  let content: Element | null = null;
  try {
    const result = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      keepClasses: true,
      // Short news briefs are real articles; the default 500 makes Readability retry with its
      // clutter filters off and return a noisier tree.
      charThreshold: MIN_ARTICLE_CHARS,
    }).parse();
    content = result?.content ?? null;
    if ((result?.textContent?.trim().length ?? 0) < MIN_ARTICLE_CHARS) content = null;
  } catch {
    content = null;
  }
  if (content === null) return null;

  const liveOf = (copy: Element): Element | undefined => {
    const at = copy.getAttribute(INDEX_ATTR);
    return at === null ? undefined : live[Number(at)];
  };
  const kept = new Set<Element>();
  for (const copy of [content, ...Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`))]) {
    const el = liveOf(copy);
    if (el !== undefined) kept.add(el);
  }
  // Readability also moves text into paragraphs it creates (a <div> of bare text becomes a new
  // <p>), so an element whose own text survived is kept even when its copy is gone.
  const used = new Set<Text>();
  for (const t of textNodes(content)) {
    if (t.data.trim().length === 0) continue;
    const original = liveTextOf.get(t) ?? findByContent(t, liveOf, used);
    if (original === null) continue;
    used.add(original);
    const parent = original.parentElement;
    if (parent !== null) kept.add(parent);
  }
  if (kept.size === 0) return null;
  keepCollapsedText(doc, kept);

  // Kept elements whose parent was not kept are the tops of the article's pieces.
  const tops = [...kept].filter((el) => el.parentElement === null || !kept.has(el.parentElement));
  const ancestor = commonAncestor(tops);
  const root = ancestor !== null && ancestor.nodeType === 1 ? (ancestor as Element) : doc.documentElement;
  // Wrappers between the root and the kept pieces are walked, but their own text was not kept.
  const path = new Set<Element>();
  for (const top of tops) {
    for (let el = top.parentElement; el !== null && !kept.has(el) && !path.has(el); el = el.parentElement) {
      path.add(el);
      if (el === root) break;
    }
  }
  if (!kept.has(root)) path.add(root);
  const rejected = new Set<Element>();
  for (const el of [...kept, ...path]) if (el !== root && looksLikeClutter(el)) rejected.add(el);

  const accept = (el: Element): Acceptance =>
    rejected.has(el) ? false : kept.has(el) ? true : path.has(el) ? 'children' : false;
  return { accept, root, method: 'readability' };
}

/**
 * Readability drops hidden elements, so the collapsed rest of an article behind a "read more"
 * button (dom.ts isCollapsedText) is put back: with everything in it, when it sits inside or
 * beside what Readability kept (its parent or grandparent holds kept text).
 */
function keepCollapsedText(doc: Document, kept: Set<Element>): void {
  for (const el of Array.from(doc.querySelectorAll('[hidden], [aria-hidden="true"], [style]'))) {
    if (kept.has(el) || !isCollapsedText(el)) continue;
    const parent = el.parentElement;
    const near = (p: Element | null | undefined) => p != null && (kept.has(p) || Array.from(p.children).some((c) => kept.has(c)));
    if (!near(parent) && !near(parent?.parentElement)) continue;
    kept.add(el);
    for (const d of Array.from(el.querySelectorAll('*'))) kept.add(d);
  }
}

function textNodes(root: Node): Text[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * The live text node a copied one came from, when node identity was lost (Readability re-parses
 * its working tree when it retries): the first unused live text node with the same data under
 * the live counterpart of the copy's nearest tagged ancestor.
 */
function findByContent(t: Text, liveOf: (copy: Element) => Element | undefined, used: Set<Text>): Text | null {
  let anchor: Element | undefined;
  for (let el = t.parentElement; el !== null && anchor === undefined; el = el.parentElement) anchor = liveOf(el);
  if (anchor === undefined) return null;
  for (const candidate of textNodes(anchor)) {
    if (candidate.data === t.data && !used.has(candidate)) return candidate;
  }
  return null;
}

/** The article element, else the articleBody microdata, else the densest paragraph container. */
export function fallbackChoice(doc: Document): BodyChoice {
  const root = articleElement(doc) ?? articleBodyElement(doc) ?? densestParagraphs(doc) ?? doc.body ?? doc.documentElement;
  // The chosen root is never clutter itself, whatever its class says.
  const accept = (el: Element): Acceptance => el === root || !looksLikeClutter(el);
  return { accept, root, method: 'fallback' };
}

function articleElement(doc: Document): Element | null {
  const outer = Array.from(doc.querySelectorAll('article')).filter(
    (a) => a.parentElement?.closest('article') == null && !insideClutter(a),
  );
  const sized = outer.map((el) => ({ el, prose: paragraphText(el) })).filter((a) => a.prose >= MIN_ARTICLE_CHARS);
  if (sized.length === 0) return partsTogether(outer);
  sized.sort((a, b) => b.prose - a.prose);
  const best = sized[0] as { el: Element; prose: number };
  const total = sized.reduce((sum, a) => sum + a.prose, 0);
  // A live blog splits one story over many <article> entries: take them together.
  if (best.prose < total * 0.6) {
    const shared = commonAncestor(sized.map((a) => a.el));
    if (shared !== null && shared.nodeType === 1) return shared as Element;
  }
  // One article cut into several <article> blocks (an ad or a widget between the parts): the
  // best one's sibling <article>s that hold prose and carry no heading of their own are its parts.
  const parent = best.el.parentElement;
  if (parent !== null) {
    const parts = outer.filter((a) => a !== best.el && a.parentElement === parent && isHeadlessProse(a));
    if (parts.length > 0) return parent;
  }
  return best.el;
}

/** Parts too short alone (a brief cut by an ad): the parent of two or more headless parts that together are long enough. */
function partsTogether(outer: Element[]): Element | null {
  const groups = new Map<Element, { count: number; prose: number }>();
  for (const a of outer) {
    const parent = a.parentElement;
    if (parent === null || !isHeadlessProse(a)) continue;
    const g = groups.get(parent) ?? { count: 0, prose: 0 };
    g.count++;
    g.prose += paragraphText(a);
    groups.set(parent, g);
  }
  let best: Element | null = null;
  let bestProse = MIN_ARTICLE_CHARS - 1;
  for (const [parent, g] of groups) {
    if (g.count >= 2 && g.prose > bestProse) {
      best = parent;
      bestProse = g.prose;
    }
  }
  return best;
}

/** Some paragraph text that is mostly not links, and no heading: a part of an article, not a teaser. */
function isHeadlessProse(el: Element): boolean {
  if (el.querySelector('h1, h2, h3') !== null) return false;
  let prose = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').length;
    let links = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) links += (a.textContent ?? '').length;
    if (links < len * 0.5) prose += len;
  }
  return prose >= 80;
}

function articleBodyElement(doc: Document): Element | null {
  const bodies = Array.from(doc.querySelectorAll('[itemprop~="articleBody"]')).filter((el) => !insideClutter(el));
  let best: Element | null = null;
  let bestLen = MIN_ARTICLE_CHARS - 1;
  for (const el of bodies) {
    const len = (el.textContent ?? '').length;
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return best;
}

/** The container that holds the most paragraph text (its own, half its children's, a third below). */
function densestParagraphs(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const clutterMemo = new Map<Element, boolean>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (insideClutter(p, clutterMemo)) continue;
    const len = cleanText(p).length;
    if (len < 25) continue;
    let el = p.parentElement;
    for (let depth = 1; el !== null && depth <= 3; depth++, el = el.parentElement) {
      score.set(el, (score.get(el) ?? 0) + len / depth);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function insideClutter(el: Element, memo?: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let answer = false;
  for (let cur: Element | null = el; cur !== null; cur = cur.parentElement) {
    const known = memo?.get(cur);
    if (known !== undefined) {
      answer = known;
      break;
    }
    seen.push(cur);
    if (isHiddenByMarkup(cur) || looksLikeClutter(cur)) {
      answer = true;
      break;
    }
  }
  if (memo !== undefined) for (const s of seen) memo.set(s, answer);
  return answer;
}

function paragraphText(el: Element): number {
  let len = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) len += (p.textContent ?? '').length;
  return len;
}

/**
 * The article's headline: the heading that matches the page's declared title, else the first
 * <h1> in the article, else the nearest substantial <h1> before it.
 */
export function findHeadline(doc: Document, root: Element): Element | null {
  const titles = declaredTitles(doc);
  const headings = Array.from(doc.querySelectorAll('h1, h2')).filter(
    (h) => !h.contains(root) && cleanText(h).length > 0 && !insideClutter(h),
  );
  let best: Element | null = null;
  let bestScore = 0.6;
  for (const h of headings) {
    const text = cleanText(h);
    let sim = 0;
    for (const t of titles) sim = Math.max(sim, titleSimilarity(text, t));
    const score = sim + (h.localName === 'h1' ? 0.05 : 0);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  const h1s = headings.filter((h) => h.localName === 'h1');
  const inside = h1s.find((h) => root.contains(h));
  if (inside !== undefined) return inside;
  let before: Element | null = null;
  for (const h of h1s) {
    const precedes = (h.compareDocumentPosition(root) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (precedes && cleanText(h).length >= 12 && !inSiteMasthead(h)) before = h;
  }
  return before;
}

/** A heading in the page's banner (the site's logo is often an <h1>), not in an article's header. */
function inSiteMasthead(h: Element): boolean {
  const banner = h.closest('header, [role="banner"]');
  return banner !== null && banner.closest('article, main, [role="main"]') === null;
}

function declaredTitles(doc: Document): string[] {
  const out: string[] = [];
  for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v) out.push(v);
  }
  const title = doc.querySelector('title')?.textContent;
  if (title) out.push(title);
  return out;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** 1 when one title contains the other, else the Dice coefficient of character bigrams. */
export function titleSimilarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x.length === 0 || y.length === 0) return 0;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.includes(short) && short.length >= Math.min(10, long.length * 0.5)) return 1;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < y.length; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}
