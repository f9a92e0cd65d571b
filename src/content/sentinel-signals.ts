/**
 * The sentinel's page reading: cheap signals first, then a watch on text added later. Imports
 * nothing from core/ (see sentinel.ts for why it must stay small).
 */
import { firstSet, firstTerm, foldForSentinel, type CarriedTerms } from './sentinel-match';

/**
 * How much text past the title is read: every scan of the fold and the term test is over it (in
 * Firefox their cost grows with it). On the dev corpus 1,000 characters still let every story page
 * through (400 block 4 of them); 2,000 keeps twice that margin.
 */
const MAX_PARAGRAPH_CHARS = 2000;
const MAX_ADDED_CHARS = 12_000;
const RECHECK_DELAY_MS = 800;

/*
 * No element of the page is handed to our script unless it must be: in Chromium the first element
 * wrapper in an extension's world costs about 0.7 ms (its whole prototype chain is set up), more
 * than the rest of the sentinel together (measured by the benchmark). So the early exit first
 * counts tags (a live collection's length: cheap, even on a large page), then asks XPath whole
 * questions (one result object, a fraction of an element's cost), and the reading (readSignals)
 * takes text and attribute nodes from XPath too. Only a page with paragraphs but no article
 * markup has elements read (hasProse).
 *
 * The queries are string literals, joined by `+` when the script starts (a few concatenations, so
 * the bundle carries XPath's long lower-casing once): building them with map/join over the key
 * lists cost ~0.2 ms in Chromium and ~0.5 ms in Firefox on every page, before the early exit.
 * Lower-casing is XPath's `translate`; meta keys are tested per attribute (`@*[…]`) against one
 * space-delimited list, so each key is lowered once.
 */
const MIN_LONG_PARAGRAPH = 120;
const MIN_PARAGRAPH_CHARS = 600;
const MAX_PARAGRAPHS = 60;
const MAX_TEXT_NODES = 1500;
const MIN_PROSE_RUN = 200;

/** An attribute's value lower-cased, in XPath 1.0 (no lower-case()): the node itself, and a meta's content. */
const UPPER_TO_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')";
const LOWER = `translate(.,${UPPER_TO_LOWER}`;
const LOWER_CONTENT = `translate(../@content,${UPPER_TO_LOWER}`;

/** An element made editable: contenteditable present and not "false" (in any case). */
const EDITABLE = "@contenteditable and translate(@contenteditable,'FALSE','false')!='false'";

/** The page itself is an editor or an app: its root or body editable (not "false"), or role=application. */
const APP_QUERY =
  `boolean((/html | /html/body)[@role='application' or ${EDITABLE}])`;

/**
 * The article markup a page's <head> carries: og:type article/news, an `article:*` property, a
 * meta key only articles carry (pubdate, dc.date, parsely-type, news_keywords, …; compared whole
 * against the space-delimited list), or article JSON-LD ("Article" covers NewsArticle and its kin).
 */
const HEAD_MARKUP_QUERY =
  "boolean(/html/head/meta[@*[(name()='property' or name()='name' or name()='itemprop') and (" +
  `starts-with(${LOWER},'article:')` +
  " or contains(' pubdate publishdate publish-date publish_date dc.date dc.date.issued dcterms.date dcterms.created article.published" +
  " parsely-type parsely-pub-date sailthru.date datepublished news_keywords original-source syndication-source citation_publication_date '," +
  ` concat(' ',${LOWER},' '))` +
  ` or ${LOWER}='og:type' and (contains(${LOWER_CONTENT},'article') or contains(${LOWER_CONTENT},'news')))]]` +
  " | /html/head/script[@type='application/ld+json'][contains(.,'Article') or contains(.,'BlogPosting') or contains(.,'ReportageNews')])";
const BODY_LD_QUERY = "boolean(/html/body//script[@type='application/ld+json'][contains(.,'Article') or contains(.,'BlogPosting') or contains(.,'ReportageNews')])";
const MICRODATA = '[itemtype*="Article"],[itemprop="articleBody"]';

/**
 * The reading, as one XPath query for text and attribute nodes (in page order: the head's meta
 * first): description / og / twitter title and description meta, the first three <h1>s, the first
 * 60 paragraphs. Paragraphs in navigation, headers, footers and editable regions are not read:
 * one walk up each paragraph's ancestors tests every kind (an `ancestor::` step per kind would
 * walk up eight times). Editable regions go by attribute: `isContentEditable` would force a style
 * recalculation of the whole page.
 */
const SIGNAL_QUERY =
  "/html/head/meta[@*[(name()='property' or name()='name') and contains(' description og:title og:description twitter:title twitter:description '," +
  ` concat(' ',${LOWER},' '))]]/@content` +
  ' | (//h1)[position() <= 3]//text()' +
  " | (//p)[position() <= 60][not(ancestor-or-self::*[self::nav or self::footer or self::aside or self::header" +
  ` or @role='navigation' or @role='contentinfo' or ${EDITABLE}])]//text()`;

const count = (doc: Document, tag: string): number => doc.getElementsByTagName(tag).length;
const xpathTrue = (doc: Document, expr: string): boolean => doc.evaluate(expr, doc, null, 3 /* XPathResult.BOOLEAN_TYPE */, null).booleanValue;

/**
 * Markup that says the page is an article: <article>, og:type article, article meta, article
 * JSON-LD, article microdata. An <article> first: a tag count is the cheapest question (the head's
 * query costs ~0.1 ms to parse and run, measured in Chromium), and most news pages have one.
 */
export function hasArticleMarkup(doc: Document): boolean {
  return count(doc, 'article') > 0 || xpathTrue(doc, HEAD_MARKUP_QUERY) || doc.querySelector(MICRODATA) !== null || xpathTrue(doc, BODY_LD_QUERY);
}

/**
 * A text's length in Latin-script characters: Chinese and Japanese write a word in one or two
 * characters, Korean in two or three syllables with spaces, so their prose counts three and two
 * times over (sampled at the middle of the text; the thresholds were set on Latin text).
 */
function proseLength(s: string): number {
  const c = s.charCodeAt(s.length >> 1);
  return c >= 0xac00 && c <= 0xd7af ? s.length * 2 : c >= 0x2e80 && c <= 0x9fff ? s.length * 3 : s.length;
}

/** Enough prose to carry a story without any article markup: long <p>s, or long runs of text (div/br layouts). */
export function hasProse(doc: Document): boolean {
  const ps = doc.getElementsByTagName('p');
  let long = 0;
  let chars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const n = proseLength(ps[i]!.textContent ?? '');
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
    if (proseLength(t.nodeValue ?? '') >= MIN_PROSE_RUN && ++runs >= 3) return true;
  }
  return false;
}

/**
 * Why the sentinel leaves without reading the page's text, or null when the page could carry the
 * story. Cheapest first: frames, non-HTML documents, designMode, pages with nothing a story's text
 * could be in, editable and app pages, then article markup, then (without markup) enough prose.
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
  // No paragraph, no <article>, no text broken by <br>s: nothing a story's text could be in,
  // whatever the markup says (a shop's JSON-LD, a portal's og:type). One tag count when there are
  // paragraphs (each count walks the whole page).
  if (count(doc, 'p') === 0 && count(doc, 'article') === 0 && count(doc, 'br') < 2) return 'not an article';
  // Root and body only (a selector would be matched against every element of the page).
  if (xpathTrue(doc, APP_QUERY)) return 'app';
  if (hasArticleMarkup(doc) || hasProse(doc)) return null;
  return 'not an article';
}

/** Title, meta, h1 and the opening paragraphs: what the page says it is about (at most MAX_PARAGRAPH_CHARS past the title). */
export function readSignals(doc: Document): string {
  const found = doc.evaluate(SIGNAL_QUERY, doc, null, 7 /* XPathResult.ORDERED_NODE_SNAPSHOT_TYPE */, null);
  let text = doc.title;
  const end = text.length + MAX_PARAGRAPH_CHARS;
  for (let i = 0; i < found.snapshotLength && text.length < end; i++) text += '\n' + (found.snapshotItem(i)?.nodeValue ?? '');
  return text.slice(0, end);
}

/** What has been seen so far on this page; both must be true for a hit. */
export interface SentinelState {
  subject: string | null;
  context: string | null;
  /** Text read before the subject appeared (as read, not folded), so that context named earlier still counts. */
  earlier?: string;
}

/** Bounds what a page that never names the subject makes us keep. */
const MAX_EARLIER_CHARS = 20_000;

export function test(text: string, terms: CarriedTerms, state: SentinelState): boolean {
  state.subject ??= firstSet(text.toLowerCase(), terms.subject);
  if (state.subject === null) {
    // Most news pages never name the story's subject: they are told without the fold, and the
    // ~160 context terms are not even tried.
    state.earlier = ((state.earlier ?? '') + '\n' + text).slice(-MAX_EARLIER_CHARS);
    return false;
  }
  if (state.context === null) {
    state.context = firstTerm(foldForSentinel(state.earlier ? `${state.earlier}\n${text}` : text), terms.context);
    state.earlier = undefined;
  }
  return state.context !== null;
}

/** Text of nodes added after load, for pages that bring their article in late. */
export function watchAdditions(doc: Document, onText: (text: string) => boolean): void {
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length && pending.length < 200; i++) {
      const added = records[i]!.addedNodes;
      for (let j = 0; j < added.length && pending.length < 200; j++) {
        const n = added[j]!;
        if (n.nodeType === 1 || n.nodeType === 3) pending.push(n);
      }
    }
    if (timer === undefined && pending.length > 0) timer = setTimeout(check, RECHECK_DELAY_MS);
  });
  const check = (): void => {
    timer = undefined;
    try {
      const nodes = pending;
      pending = [];
      let text = doc.title;
      for (let i = 0; i < nodes.length && text.length <= MAX_ADDED_CHARS; i++) {
        const n = nodes[i]!;
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

