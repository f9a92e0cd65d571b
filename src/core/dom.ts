/**
 * Small, cheap element classifiers shared by the text index and the article extractor.
 * Everything here reads tag names and attributes only: no getComputedStyle, so it stays fast on
 * 50,000-word pages and behaves the same in jsdom and in the browser.
 */

/** Elements whose rendering starts a new line: text on either side must never merge into one word. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

/**
 * Subtrees that never hold readable article text: code, form controls (their value is not the
 * page's prose), embedded documents, and drawings. SVG is skipped as a whole: its <text> is
 * chart labels, not article prose.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'audio', 'button', 'canvas', 'datalist', 'embed', 'head', 'iframe', 'input', 'link', 'map',
  'math', 'meta', 'noscript', 'object', 'option', 'script', 'select', 'style', 'svg', 'template',
  'textarea', 'title', 'video',
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden by markup alone: the `hidden` attribute, aria-hidden, an inline hiding style, a closed
 * dialog — unless it is the collapsed rest of the text behind a "read more" button (see
 * isCollapsedText), which the page already holds and shows on one click: that stays readable.
 */
export function isHiddenByMarkup(el: Element): boolean {
  return hiddenByMarkup(el) && !isCollapsedText(el);
}

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDING_STYLE.test(style)) return true;
  return el.localName === 'dialog' && !el.hasAttribute('open');
}

/** Class/id words of a collapsed region: "collapsed", "expandable", "truncated", "read-more-content", "story-rest"… */
const COLLAPSE_WORD =
  /(?:^|[-_\s])(?:collapsed?|collapsible|expandable|expander|truncated?|rest|remainder|continuation|more-(?:text|content|body)|read-?more-(?:text|content|body)|show-?more-(?:text|content))(?:$|[-_\s])/i;

/**
 * The rest of an article collapsed behind a "read more" / "continue reading" control: hidden by
 * markup, named as a collapsed region (a control with aria-expanded="false" and aria-controls
 * naming it, or a collapse word in its class or id), not page furniture, and holding prose (a
 * paragraph of some length, mostly not links). Such text is article text: the reader sees it
 * after one click, and the lens only reads it — it never opens it or changes the page.
 * A hidden modal, menu, tooltip or cookie text is none of these and stays out.
 */
export function isCollapsedText(el: Element): boolean {
  if (el.localName === 'dialog' || !hiddenByMarkup(el)) return false;
  const id = el.getAttribute('id');
  const named = COLLAPSE_WORD.test(`${el.getAttribute('class') ?? ''} ${id ?? ''}`) || (id !== null && id !== '' && isControlledCollapsed(el, id));
  if (!named) return false;
  const tag = el.localName;
  if (CLUTTER_TAGS.has(tag)) return false;
  const role = el.getAttribute('role');
  if (role !== null && CLUTTER_ROLES.has(role.toLowerCase())) return false;
  return holdsSomeProse(el);
}

/**
 * The ids that collapsed controls (aria-expanded="false") say they expand, read once per document
 * per synchronous pass (an index walk asks for every hidden element) and forgotten at the next
 * microtask, so a control the reader clicks later is seen afresh.
 */
const controlledIds = new WeakMap<Document, Set<string>>();

function isControlledCollapsed(el: Element, id: string): boolean {
  const doc = el.ownerDocument;
  let ids = controlledIds.get(doc);
  if (ids === undefined) {
    ids = new Set();
    for (const c of Array.from(doc.querySelectorAll('[aria-controls][aria-expanded="false"]'))) {
      for (const v of (c.getAttribute('aria-controls') ?? '').split(/\s+/)) if (v !== '') ids.add(v);
    }
    controlledIds.set(doc, ids);
    queueMicrotask(() => controlledIds.delete(doc));
  }
  return ids.has(id);
}

function holdsSomeProse(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 80) continue;
    let links = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) links += (a.textContent ?? '').length;
    if (links < len * 0.5) return true;
  }
  return false;
}

/** An editable region: the user's own typing, not the page's article. */
export function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Landmark roles that mark page furniture rather than article prose. */
const CLUTTER_ROLES = new Set([
  'alertdialog', 'banner', 'complementary', 'contentinfo', 'dialog', 'menu', 'menubar', 'navigation',
  'search', 'toolbar',
]);
const CLUTTER_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog']);

/**
 * Class/id words of recirculation, sharing, promotion and consent widgets, matched as whole
 * hyphen/underscore-delimited parts so "ad" matches "ad-slot" but not "header" or "loaded".
 */
const CLUTTER_WORD =
  /(?:^|[-_\s])(?:related|most-?read|mostread|most-?popular|popular|trending|share|shares|sharing|sharebar|social|newsletters?|subscribe|subscription|signup|sign-up|promo|promos|advert|advertisement|ads?|adslot|sponsor|sponsored|cookies?|consent|gdpr|outbrain|taboola|recirc|recirculation|recommended|recommendations|more-stories|morestories|read-?more|also-?read|see-?also|breadcrumbs?|comments?|paywall|modal|popup|sidebar|rail|widget|teasers?|tags|topics|byline-share|footer)(?:$|[-_\s])/i;

/** Page furniture by tag, role, or class/id words. Cheap: attribute reads and one regex. */
export function looksLikeClutter(el: Element): boolean {
  const tag = el.localName;
  // Themes put layout words on these ("sidebar-right", "has-share-bar"): never clutter themselves.
  if (tag === 'body' || tag === 'html' || tag === 'main') return false;
  if (CLUTTER_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CLUTTER_ROLES.has(role.toLowerCase())) return true;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if ((cls === null || cls === '') && (id === null || id === '')) return false;
  if (!CLUTTER_WORD.test(`${cls ?? ''} ${id ?? ''}`)) return false;
  // "read-more-content": the collapsed rest of the article, not a "Read more" link list.
  if (isCollapsedText(el)) return false;
  // A widget name on a container that mostly holds paragraphs ("content ad-free") is a false alarm.
  return !holdsProse(el);
}

/** Enough paragraph text, with few links, to be article prose rather than a widget. */
export function holdsProse(el: Element): boolean {
  let prose = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').length;
    let links = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) links += (a.textContent ?? '').length;
    if (links < len * 0.5) prose += len;
    if (prose >= 400) return true;
  }
  return false;
}

/** The nearest common ancestor of a non-empty list of nodes (or null across documents). */
export function commonAncestor(nodes: readonly Node[]): Node | null {
  const first = nodes[0];
  if (first === undefined) return null;
  let candidate: Node | null = first;
  for (const node of nodes) {
    while (candidate !== null && !candidate.contains(node)) candidate = candidate.parentNode;
    if (candidate === null) return null;
  }
  return candidate;
}

/** Whitespace-collapsed, trimmed text of a node. */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
