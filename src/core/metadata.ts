/**
 * Page metadata (title, canonical URL, site, language, publication date) from the sources news
 * pages actually use, most reliable first. Nothing here throws on malformed markup or JSON-LD.
 */
import type { PageMeta } from './types';
import { detectLang, dominantScript, scriptOfLang } from './detect-lang';
import { cleanText, looksLikeClutter } from './dom';

export interface MetadataOptions {
  url?: string | null;
  /** The article text, for language detection when the page declares none (or a wrong one). */
  text?: string;
  /** The article element, where a <time datetime> is most likely the article's own. */
  article?: Element | null;
}

export function readMetadata(doc: Document, opts: MetadataOptions = {}): PageMeta {
  const metas = collectMetas(doc);
  const ld = readJsonLd(doc);
  const url = pageUrl(doc, metas, opts.url);
  const site = metas.get('og:site_name') ?? metas.get('application-name') ?? ld.publisher ?? hostnameOf(url);
  return {
    url,
    title: pageTitle(doc, metas, site),
    site: site ?? null,
    lang: pageLang(doc, metas, opts.text),
    published: publishedDate(doc, metas, ld, opts.article ?? null, url),
  };
}

/** Every <meta> by lower-cased name, property, itemprop or http-equiv; the first value wins. */
function collectMetas(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|LiveBlogPosting|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report)$/;

interface JsonLdFacts {
  published: string | null;
  publisher: string | null;
}

function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { published: null, publisher: null };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const data = parseJsonLoosely(script.textContent ?? '');
    for (const node of flattenLd(data)) {
      const types = ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');
      if (!types.some((t) => ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, '')))) continue;
      if (facts.published === null) facts.published = parseDate(stringOf(node['datePublished']) ?? stringOf(node['dateCreated']));
      if (facts.publisher === null) facts.publisher = nameOf(node['publisher']);
    }
  }
  return facts;
}

function parseJsonLoosely(raw: string): unknown {
  const body = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(body);
  } catch {
    // CMSes often leave raw line breaks or tabs inside strings, which JSON forbids.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

type LdNode = Record<string, unknown>;

/** Every object in a JSON-LD value: arrays, @graph and nested values (mainEntity, etc.). */
function flattenLd(data: unknown, out: LdNode[] = [], depth = 0): LdNode[] {
  if (depth > 6 || data === null || typeof data !== 'object') return out;
  if (Array.isArray(data)) {
    for (const item of data) flattenLd(item, out, depth + 1);
    return out;
  }
  const node = data as LdNode;
  out.push(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@graph' || key === 'mainEntity' || key === 'mainEntityOfPage' || key === 'hasPart' || key === 'itemListElement') {
      flattenLd(value, out, depth + 1);
    }
  }
  return out;
}

function stringOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return stringOf(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v !== null && typeof v === 'object') {
    const name = (v as LdNode)['name'];
    return typeof name === 'string' && name.trim() ? name.trim() : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// URL, site, title

function pageUrl(doc: Document, metas: Map<string, string>, given: string | null | undefined): string | null {
  if (given) return given;
  const base = doc.URL && doc.URL !== 'about:blank' ? doc.URL : undefined;
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  for (const candidate of [canonical, metas.get('og:url')]) {
    const abs = absoluteUrl(candidate, base);
    if (abs !== null) return abs;
  }
  return base ?? null;
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function hostnameOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** Separators outlets put between a headline and their own name. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+|\s*[|｜]\s*/g;

function pageTitle(doc: Document, metas: Map<string, string>, site: string | null): string {
  const og = metas.get('og:title') ?? metas.get('twitter:title');
  if (og) return stripSiteSuffix(og.trim(), site, false);
  const title = cleanText(doc.querySelector('title'));
  if (title) return stripSiteSuffix(title, site, true);
  return cleanText(doc.querySelector('h1'));
}

/**
 * "Headline | Site" → "Headline" when the last part names the site (its declared name or its
 * host name). For a bare <title> also when a pipe sets off a short last part: outlets put their
 * name there, while " - " and ":" also occur inside headlines ("Kim - Putin summit ends").
 */
export function stripSiteSuffix(title: string, site: string | null, guess: boolean): string {
  const matches = [...title.matchAll(TITLE_SEPARATOR)];
  const last = matches[matches.length - 1];
  if (last === undefined || last.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  if (head.length === 0) return title;
  const tailKey = normaliseName(tail);
  const siteKeys = site === null ? [] : [normaliseName(site), normaliseName(site.split('.')[0] ?? '')];
  const namesSite = tailKey.length > 0 && siteKeys.includes(tailKey);
  const hostLike = /^[\w.-]+\.[a-z]{2,}$/i.test(tail);
  const pipe = /[|｜]/.test(last[0]);
  const shortTail = tail.split(/\s+/).length <= 4 && tail.length < head.length;
  if (namesSite || hostLike || (guess && pipe && shortTail)) return stripSiteSuffix(head, site, guess);
  return title;
}

function normaliseName(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Language

function pageLang(doc: Document, metas: Map<string, string>, text: string | undefined): string | null {
  const html = doc.documentElement;
  const declared =
    primarySubtag(html?.getAttribute('lang')) ??
    primarySubtag(html?.getAttribute('xml:lang')) ??
    primarySubtag(metas.get('og:locale')) ??
    primarySubtag(metas.get('content-language')) ??
    primarySubtag(metas.get('language'));
  if (text === undefined || text.trim().length === 0) return declared;
  if (declared === null) return detectLang(text);
  // Templates often ship lang="en" on every edition; trust the article's script over them.
  const expected = scriptOfLang(declared);
  if (expected !== null && text.length >= 200) {
    const actual = dominantScript(text);
    const compatible = actual === expected || (expected === 'kana' && actual === 'han');
    if (actual !== null && !compatible) return detectLang(text);
  }
  return declared;
}

function primarySubtag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$|,)/i.exec(tag ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

// ---------------------------------------------------------------------------------------------
// Publication date

const DATE_METAS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'published_time',
  'article:published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'cxenseparse:recs:publishtime',
];

function publishedDate(
  doc: Document,
  metas: Map<string, string>,
  ld: JsonLdFacts,
  article: Element | null,
  url: string | null,
): string | null {
  if (ld.published !== null) return ld.published;
  for (const key of DATE_METAS) {
    const d = parseDate(metas.get(key));
    if (d !== null) return d;
  }
  const marked = doc.querySelector('[itemprop~="datePublished"]');
  const fromMarked = parseDate(marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? null);
  if (fromMarked !== null) return fromMarked;
  const scopes = articleScopes(doc, article);
  const fromTime = articleTimeDate(scopes);
  if (fromTime !== null) return fromTime;
  const fromDateline = visibleDateline(scopes);
  if (fromDateline !== null) return fromDateline;
  return url === null ? null : dateInUrl(url);
}

/**
 * Many sites print the date only as text in a dateline ("17 сентября 2023, 13:05", "입력
 * 2023.09.17 13:05"): short elements whose class names a date, in the article's own scopes.
 */
const DATELINE = '[class*="date" i], [class*="time" i], [class*="publish" i], [class*="dateline" i], [itemprop~="dateCreated"]';

function visibleDateline(scopes: Element[]): string | null {
  for (const scope of scopes) {
    for (const el of Array.from(scope.querySelectorAll(DATELINE)).slice(0, 20)) {
      const text = el.textContent ?? '';
      if (text.length > 80 || inClutter(el, scope)) continue;
      const d = parseDate(text);
      if (d !== null) return d;
    }
  }
  return null;
}

/**
 * The article and the wrappers just above it (where bylines and datelines sit), then any
 * <article>/<main>; never the whole body: a masthead shows today's date, not the article's.
 */
function articleScopes(doc: Document, article: Element | null): Element[] {
  const scopes: Element[] = [];
  // The article and the wrappers just above it (where bylines and datelines sit), but never the
  // whole body: a masthead shows today's date, not the article's.
  for (let el = article, up = 0; el !== null && up < 3; el = el.parentElement, up++) {
    if (el === doc.body || el === doc.documentElement) break;
    scopes.push(el);
  }
  for (const sel of ['article', '[itemprop~="articleBody"]', 'main', '[role="main"]']) {
    const el = doc.querySelector(sel);
    if (el !== null) scopes.push(el);
  }
  return scopes;
}

/** The first <time datetime> of the article's scopes, never one in a teaser list. */
function articleTimeDate(scopes: Element[]): string | null {
  for (const scope of scopes) {
    for (const time of Array.from(scope.querySelectorAll('time[datetime], time[pubdate]'))) {
      if (inClutter(time, scope)) continue;
      const d = parseDate(time.getAttribute('datetime') ?? time.textContent);
      if (d !== null) return d;
    }
  }
  return null;
}

function inClutter(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el; cur !== null && cur !== stop; cur = cur.parentElement) {
    if (looksLikeClutter(cur)) return true;
  }
  return false;
}

/** Month names as datelines write them: English (with abbreviations), French, Spanish, German, Russian (genitive). */
const MONTHS = new Map<string, number>();
for (const names of [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
]) {
  names.split(' ').forEach((name, i) => MONTHS.set(name, i + 1));
}
MONTHS.set('sept', 9);
MONTHS.set('setiembre', 9);

/** YYYY-MM-DD from the date formats metadata and datelines use; the calendar day as written (no time-zone shift). */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m) return ymd(m[1], m[2], m[3]);
  m = /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/.exec(s);
  if (m) return ymd(m[1], m[2], m[3]);
  // 17.09.2023 (German, Russian) is day first; 09/17/2023 and 17/09/2023 only when unambiguous.
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (m) return ymd(m[3], m[2], m[1]);
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return ymd(m[3], m[2], m[1]);
    if (b > 12 && a <= 12) return ymd(m[3], m[1], m[2]);
    return null;
  }
  m = /(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u.exec(s);
  const dayFirst = m ? MONTHS.get((m[2] as string).toLowerCase()) : undefined;
  if (m && dayFirst !== undefined) return ymd(m[3], String(dayFirst), m[1]);
  m = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(s);
  const monthFirst = m ? MONTHS.get((m[1] as string).toLowerCase()) : undefined;
  if (m && monthFirst !== undefined) return ymd(m[3], String(monthFirst), m[2]);
  return null;
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * /2023/09/17/, /20230917/, -2023-09-17, 2023-09-17.html, /2023_09_17/, /202309/17/ in the URL path;
 * else a month alone (/2023/09/, /202309/, /2023-09/), as 'YYYY-MM': many sites file articles by
 * month, and where a page states no date, its month still says which story it can be.
 */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  // The day may also follow its own slash: /202406/20/, /2023-09/14/ (Chinese outlets).
  const re = /(?:^|[/_\-.])((?:19|20)\d{2})([/_-]?)(\d{2})(?:\2|\/)(\d{2})(?=$|[/_\-.])/g;
  for (const m of path.matchAll(re)) {
    const d = ymd(m[1], m[3], m[4]);
    if (d !== null) return d;
  }
  // A whole path segment of year and month, nothing else (/2023/09/, /202309/, /2023-09/): an id's
  // digits (/20231234/, /057803.html) do not make a month.
  const month = /(?:^|\/)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])(?=\/)/.exec(path);
  return month ? `${month[1]}-${month[2]}` : null;
}
