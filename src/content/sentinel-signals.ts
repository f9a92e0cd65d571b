/**
 * The sentinel's page reading: cheap signals first, then a watch on text added later. Imports
 * nothing from core/ (see sentinel.ts for why it must stay small).
 */
import { firstTerm, foldForSentinel, type SentinelTerms } from './sentinel-match';

const MAX_PARAGRAPH_CHARS = 4000;
const MAX_PARAGRAPHS = 60;
const MAX_ADDED_CHARS = 12_000;
const RECHECK_DELAY_MS = 800;
// Editable regions by attribute, in the same closest() walk: `isContentEditable` would force a
// style recalculation of the whole page (milliseconds on a long page) on every news page we visit.
const SKIPPED = 'nav,footer,aside,header,[role="navigation"],[role="contentinfo"],[contenteditable]:not([contenteditable="false"])';
const META = ['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'];

/** Meta keys that only article pages carry (besides every `article:*` property). */
const ARTICLE_META = new Set([
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created',
  'article.published', 'parsely-type', 'parsely-pub-date', 'sailthru.date', 'datepublished', 'news_keywords', 'original-source',
  'syndication-source', 'citation_publication_date',
]);
const ARTICLE_LD = /Article|LiveBlogPosting|BlogPosting|ReportageNews/;
/** Markup found anywhere in one selector walk: <article>, microdata articles, JSON-LD blocks. */
const ARTICLE_MARKUP = 'article,[itemtype*="Article"],[itemprop="articleBody"],script[type="application/ld+json"]';
const MIN_LONG_PARAGRAPH = 120;
const MIN_PARAGRAPH_CHARS = 600;
const MAX_TEXT_NODES = 1500;
const MIN_PROSE_RUN = 200;

/** Markup that says the page is an article: og:type article, article meta, <article>, NewsArticle JSON-LD. */
export function hasArticleMarkup(doc: Document): boolean {
  const head = doc.head;
  if (head) {
    const metas = head.getElementsByTagName('meta');
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i]!;
      const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
      if (key === '') continue;
      if (key === 'og:type') {
        if (/article|news/i.test(m.getAttribute('content') ?? '')) return true;
      } else if (key.startsWith('article:') || ARTICLE_META.has(key)) return true;
    }
  }
  const found = doc.querySelectorAll(ARTICLE_MARKUP);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.localName !== 'script') return true;
    if (ARTICLE_LD.test((el.textContent ?? '').slice(0, 50_000))) return true;
  }
  return false;
}

/** Enough prose to carry a story without any article markup: long <p>s, or long runs of text (div/br layouts). */
export function hasProse(doc: Document): boolean {
  const ps = doc.getElementsByTagName('p');
  let long = 0;
  let chars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const n = (ps[i]!.textContent ?? '').length;
    chars += n;
    if (n >= MIN_LONG_PARAGRAPH) long++;
    if (long >= 2 || chars >= MIN_PARAGRAPH_CHARS) return true;
  }
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let runs = 0;
  for (let i = 0; i < MAX_TEXT_NODES; i++) {
    const t = walker.nextNode();
    if (t === null) break;
    const parent = t.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    if ((t.nodeValue ?? '').length >= MIN_PROSE_RUN && ++runs >= 3) return true;
  }
  return false;
}

/**
 * Why the sentinel leaves without reading the page's text, or null when the page could carry the
 * story. Cheapest first: frames, non-HTML documents, editable and app pages, then article markup,
 * then (without markup) enough prose.
 */
export function leaveEarly(doc: Document, win: Window): string | null {
  try {
    if (win.top !== win) return 'frame';
  } catch {
    return 'frame';
  }
  if (doc.contentType !== 'text/html' && doc.contentType !== 'application/xhtml+xml') return 'not html';
  const body = doc.body;
  if (!body || doc.designMode === 'on') return 'editable';
  for (const el of [doc.documentElement, body]) {
    const ce = el.getAttribute('contenteditable');
    if ((ce !== null && ce !== 'false') || el.getAttribute('role') === 'application') return 'app';
  }
  if (hasArticleMarkup(doc) || hasProse(doc)) return null;
  return 'not an article';
}

/** Title, meta, h1 and the opening paragraphs: what the page says it is about. */
export function readSignals(doc: Document): string {
  const parts: string[] = [doc.title];
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = m.getAttribute('property') ?? m.getAttribute('name');
    if (key !== null && META.includes(key.toLowerCase())) parts.push(m.getAttribute('content') ?? '');
  }
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < Math.min(h1s.length, 3); i++) parts.push(h1s[i]?.textContent ?? '');
  const ps = doc.getElementsByTagName('p');
  let chars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS && chars < MAX_PARAGRAPH_CHARS; i++) {
    const p = ps[i] as HTMLElement;
    if (p.closest(SKIPPED) !== null) continue;
    const t = (p.textContent ?? '').slice(0, MAX_PARAGRAPH_CHARS - chars);
    chars += t.length;
    parts.push(t);
  }
  return parts.join('\n');
}

/** What has been seen so far on this page; both must be true for a hit. */
export interface SentinelState {
  subject: string | null;
  context: string | null;
  /** Folded text read before the subject appeared, so that context named earlier still counts. */
  earlier?: string;
}

/** Bounds what a page that never names the subject makes us keep. */
const MAX_EARLIER_CHARS = 20_000;

export function test(text: string, terms: SentinelTerms, state: SentinelState): boolean {
  const folded = foldForSentinel(text);
  state.subject ??= firstTerm(folded, terms.subject);
  if (state.subject === null) {
    // Most news pages never name the story's subject: the ~300 context terms are not even tried.
    state.earlier = ((state.earlier ?? '') + '\n' + folded).slice(-MAX_EARLIER_CHARS);
    return false;
  }
  if (state.context === null) {
    state.context = firstTerm(state.earlier ? `${state.earlier}\n${folded}` : folded, terms.context);
    state.earlier = undefined;
  }
  return state.context !== null;
}

/** Text of nodes added after load, for pages that bring their article in late. */
export function watchAdditions(doc: Document, onText: (text: string) => boolean): void {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (pending.length < 200 && (n.nodeType === 1 || n.nodeType === 3)) pending.push(n);
    if (timer === undefined && pending.length > 0) timer = setTimeout(check, RECHECK_DELAY_MS);
  });
  const check = (): void => {
    timer = undefined;
    try {
      const nodes = pending;
      pending = [];
      let text = doc.title;
      for (const n of nodes) {
        if (text.length > MAX_ADDED_CHARS) break;
        const name = n.nodeName.toLowerCase();
        if (name === 'script' || name === 'style' || name.startsWith('storylens-') || !n.isConnected) continue;
        text += '\n' + (n.textContent ?? '').slice(0, 4000);
      }
      if (onText(text)) observer.disconnect();
    } catch {
      observer.disconnect();
    }
  };
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
}

