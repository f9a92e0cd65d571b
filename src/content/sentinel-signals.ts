/**
 * The sentinel's page reading: cheap signals first, then a watch on text added later. Imports
 * nothing from core/ (see sentinel.ts for why it must stay small).
 */
import { firstTerm, foldForSentinel, type SentinelTerms } from './sentinel-match';

const MAX_PARAGRAPH_CHARS = 4000;
const MAX_PARAGRAPHS = 60;
const MAX_ADDED_CHARS = 12_000;
const RECHECK_DELAY_MS = 800;
const META = ['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'];

/** Meta keys that only article pages carry (besides every `article:*` property). */
const ARTICLE_META = [
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created',
  'article.published', 'parsely-type', 'parsely-pub-date', 'sailthru.date', 'datepublished', 'news_keywords', 'original-source',
  'syndication-source', 'citation_publication_date',
];
/** JSON-LD types of articles ("Article" covers NewsArticle, ReportageNews's kin and the rest). */
const ARTICLE_LD = ['Article', 'BlogPosting', 'ReportageNews'];
const KEY_ATTRS = ['property', 'name', 'itemprop'];

/*
 * No element of the page is handed to our script unless it must be: in Chromium the first element
 * wrapper in an extension's world costs about 0.7 ms (its whole prototype chain is set up), more
 * than the rest of the sentinel together (measured by the benchmark). So the early exit first
 * counts tags (a live collection's length: cheap, even on a large page), then asks XPath one whole
 * question (one result object, a fraction of an element's cost), and the reading (readSignals)
 * takes text and attribute nodes from XPath too. Only a page with paragraphs but no article
 * markup has elements read (hasProse).
 */
/** The page itself is an editor or an app (its root or body editable, or role=application). */
const APP_ROOT = ['html', 'body'].flatMap((e) => [`${e}[contenteditable]:not([contenteditable="false" i])`, `${e}[role="application"]`]).join(',');
const MIN_LONG_PARAGRAPH = 120;
const MIN_PARAGRAPH_CHARS = 600;
const MAX_TEXT_NODES = 1500;
const MIN_PROSE_RUN = 200;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const lower = (expr: string): string => `translate(${expr},'${UPPER}','${UPPER.toLowerCase()}')`;
const count = (doc: Document, tag: string): number => doc.getElementsByTagName(tag).length;

/** The XPath test for the article markup a page's <head> carries: og:type article/news, article meta, article JSON-LD. */
function headMarkupQuery(): string {
  const keys = KEY_ATTRS.map((a) => lower(`@${a}`));
  const content = lower('@content');
  const meta = [
    ...keys.map((k) => `(${k}='og:type' and (contains(${content},'article') or contains(${content},'news')))`),
    ...keys.map((k) => `starts-with(${k},'article:')`),
    ...keys.map((k) => ARTICLE_META.map((m) => `${k}='${m}'`).join(' or ')),
  ].join(' or ');
  return `boolean(/html/head/meta[${meta}] | /html/head/script[@type='application/ld+json'][${ARTICLE_LD_TEST}])`;
}
const ARTICLE_LD_TEST = ARTICLE_LD.map((t) => `contains(.,'${t}')`).join(' or ');
const HEAD_MARKUP_QUERY = headMarkupQuery();
const BODY_LD_QUERY = `boolean(/html/body//script[@type='application/ld+json'][${ARTICLE_LD_TEST}])`;
const MICRODATA = '[itemtype*="Article"],[itemprop="articleBody"]';

const xpathTrue = (doc: Document, expr: string): boolean => doc.evaluate(expr, doc, null, 3 /* XPathResult.BOOLEAN_TYPE */, null).booleanValue;

/**
 * Markup that says the page is an article: <article>, og:type article, article meta, article
 * JSON-LD, article microdata. Cheapest first; each later question scans more of the page.
 */
export function hasArticleMarkup(doc: Document): boolean {
  return count(doc, 'article') > 0 || xpathTrue(doc, HEAD_MARKUP_QUERY) || doc.querySelector(MICRODATA) !== null || xpathTrue(doc, BODY_LD_QUERY);
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
  // XHTML (served as XML) is left too: its namespaced elements would need other queries, and such
  // news pages are rare; the toolbar button still runs the lens there.
  if (doc.contentType !== 'text/html') return 'not html';
  if (doc.designMode === 'on') return 'editable';
  if (doc.querySelector(APP_ROOT) !== null) return 'app';
  // No paragraph, no <article>, no text broken by <br>s: nothing a story's text could be in,
  // whatever the markup says (a shop's JSON-LD, a portal's og:type).
  if (count(doc, 'p') + count(doc, 'article') === 0 && count(doc, 'br') < 2) return 'not an article';
  if (hasArticleMarkup(doc) || hasProse(doc)) return null;
  return 'not an article';
}

/**
 * The reading, as three XPath queries for text and attribute nodes. Like the early exit, it hands
 * our script no element of the page (see above): text and attribute nodes, and the one XPath
 * result type, cost a fraction of the first element's wrapper.
 */
function signalQueries(): { meta: string; h1: string; p: string } {
  // Paragraphs in navigation, headers, footers and editable regions are not read. Editable regions
  // go by attribute: `isContentEditable` would force a style recalculation of the whole page.
  const skipped = [...['nav', 'footer', 'aside', 'header'].map((n) => `ancestor::${n}`), "ancestor::*[@role='navigation' or @role='contentinfo']",
    `ancestor-or-self::*[@contenteditable and ${lower('@contenteditable')}!='false']`].join(' or ');
  const key = META.map((k) => `${lower('@property')}='${k}' or ${lower('@name')}='${k}'`).join(' or ');
  return {
    meta: `/html/head/meta[${key}]/@content`,
    h1: `(//h1)[position() <= 3]//text()`,
    p: `(//p)[position() <= ${MAX_PARAGRAPHS}][not(${skipped})]//text()`,
  };
}

const SIGNAL_QUERIES = signalQueries();

/** The values of the nodes the query finds, in page order, up to MAX_PARAGRAPH_CHARS in all. */
function nodeTexts(doc: Document, expr: string, out: string[]): void {
  const found = doc.evaluate(expr, doc, null, 7 /* XPathResult.ORDERED_NODE_SNAPSHOT_TYPE */, null);
  let chars = 0;
  for (let i = 0; i < found.snapshotLength && chars < MAX_PARAGRAPH_CHARS; i++) {
    const t = (found.snapshotItem(i)?.nodeValue ?? '').slice(0, MAX_PARAGRAPH_CHARS - chars);
    chars += t.length;
    out.push(t);
  }
}

/** Title, meta, h1 and the opening paragraphs: what the page says it is about. */
export function readSignals(doc: Document): string {
  const parts: string[] = [doc.title];
  for (const query of [SIGNAL_QUERIES.meta, SIGNAL_QUERIES.h1, SIGNAL_QUERIES.p]) nodeTexts(doc, query, parts);
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
  // The document itself: `doc.body` would hand us an element (see above).
  observer.observe(doc, { childList: true, subtree: true });
}

