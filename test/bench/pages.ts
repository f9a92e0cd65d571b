/**
 * Benchmark pages, generated from our own fixtures (test/fixtures/<name>/page.html) and the
 * dataset's names with a seeded generator: the same seed gives the same bytes on every machine.
 * Nothing here is random without the seed, and nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures');

export type PageKind = 'non-story' | 'story';

export interface BenchPage {
  id: string;
  /** What the row in the table says. */
  label: string;
  kind: PageKind;
  /** Served under this URL through the local proxy (a listed news host, plain http). */
  url: string;
  html: string;
}

/** mulberry32: a tiny seeded PRNG, enough to shuffle paragraphs reproducibly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fixtureHtml = (name: string): string => readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');

const PARAGRAPH = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/g;
const words = (html: string): number => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

/** The article paragraphs of a fixture (inner HTML kept: links, <q>, <b> are part of real pages). */
export function articleParagraphs(name: string): string[] {
  return [...fixtureHtml(name).matchAll(PARAGRAPH)].map((m) => m[1]!.trim()).filter((p) => p.replace(/<[^>]+>/g, '').length >= 200);
}

/**
 * The fixture page with its article paragraphs replaced by `body`: the first to the last long
 * paragraph give way, so the page keeps its head, header, navigation, related lists and footer.
 */
export function withArticleBody(name: string, body: string): string {
  const html = fixtureHtml(name);
  const spans = [...html.matchAll(PARAGRAPH)].filter((m) => m[1]!.replace(/<[^>]+>/g, '').length >= 200);
  if (!spans.length) throw new Error(`${name}: no article paragraphs`);
  const first = spans[0]!.index!;
  const lastMatch = spans[spans.length - 1]!;
  const last = lastMatch.index! + lastMatch[0].length;
  return html.slice(0, first) + body + html.slice(last);
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** Paragraphs drawn (seeded) from `pool` until `wordTarget` words; `extra` may add generated ones. */
function fill(rand: () => number, pool: readonly string[], wordTarget: number, extra?: (i: number) => string | null): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < wordTarget; i++) {
    const p = extra?.(i) ?? pick(rand, pool);
    out.push(p);
    count += words(p);
  }
  return out;
}

const EN_STORY = [
  'en-story-seed-artyom', 'en-story-wire-vostochny', 'en-story-aljazeera-khasan-arrival', 'en-story-france24-komsomolsk',
  'en-story-dw-reactions-sanctions', 'en-story-analysis-vostochny', 'en-story-upi-gifts-kozhemyako', 'en-story-tabloid-artyom-bombers',
  'en-story-wire-departure-pyongyang', 'en-story-nknews-explainer-return', 'en-story-yonhap-yoon-reaction',
];
/** Typical pages a reader opens that are not the story: the sentinel runs, the lens must not. */
export const NON_STORY_FIXTURES = [
  'en-unrelated-vladivostok-ferry', 'de-unrelated-ezb-zinsen', 'fr-unrelated-legislatives', 'es-unrelated-futbol-derbi',
  'ja-unrelated-typhoon-kyushu', 'zh-unrelated-ev-exports', 'ko-unrelated-yoon-cabinet',
];
/** English unrelated pages whose text names neither Kim nor North Korea (the 1 MB page's filler). */
const EN_NON_STORY_FILLER = ['en-unrelated-vladivostok-ferry', 'en-unrelated-putin-counteroffensive', 'en-unrelated-shoigu-replaced'];

interface NamedEntity {
  name: string;
  type: string;
}
function datasetNames(): NamedEntity[] {
  const out: NamedEntity[] = [];
  for (const file of ['people', 'places', 'organisations']) {
    const list = JSON.parse(readFileSync(join(ROOT, 'src/data/entities', `${file}.json`), 'utf8')) as Array<{ name: string; type: string }>;
    for (const e of list) out.push({ name: e.name, type: e.type });
  }
  return out;
}

/** A paragraph of our own words dense with dataset names (people, places, organisations). */
function namesParagraph(rand: () => number, names: NamedEntity[]): string {
  const people = names.filter((n) => n.type === 'person');
  const places = names.filter((n) => n.type === 'place');
  const orgs = names.filter((n) => n.type === 'organisation');
  const sentences: string[] = [];
  for (let i = 0; i < 4; i++) {
    const a = pick(rand, people).name;
    const b = pick(rand, people).name;
    const p = pick(rand, places).name;
    const o = pick(rand, orgs).name;
    sentences.push(
      pick(rand, [
        `${a} met ${b} in ${p} on the third day of the visit, according to ${o}.`,
        `Officials from ${o} said ${a} would travel on to ${p} before talks with ${b}.`,
        `In ${p}, ${a} toured the site while ${b} briefed reporters for ${o}.`,
        `${o} reported that ${a} and ${b} discussed the programme at length in ${p}.`,
      ]),
    );
  }
  return sentences.join(' ');
}

/** Story pages: the seed article's page with `wordTarget` words of story paragraphs. */
function storyPage(seed: number, wordTarget: number, manyNames: boolean): string {
  const rand = seeded(seed);
  const pool = EN_STORY.flatMap(articleParagraphs);
  const names = datasetNames();
  const paras = fill(rand, pool, wordTarget, manyNames ? (i) => (i % 3 === 2 ? namesParagraph(rand, names) : null) : undefined);
  return withArticleBody('en-story-seed-artyom', paras.map((p) => `<p>${p}</p>`).join('\n    '));
}

/** A ~1 MB page that is not the story: long article, long link lists, as portal pages are. */
function bigNonStoryPage(seed: number): string {
  const rand = seeded(seed);
  const pool = EN_NON_STORY_FILLER.flatMap(articleParagraphs);
  const headlines = EN_NON_STORY_FILLER.flatMap((n) => [...fixtureHtml(n).matchAll(/<a [^>]*>([^<]{20,})<\/a>/g)].map((m) => m[1]!));
  const blocks: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 1_000_000; i++) {
    const block =
      i % 4 === 3
        ? `<ul class="related">${Array.from({ length: 12 }, (_, j) => `<li><a href="/news/${i}-${j}">${pick(rand, headlines)}</a></li>`).join('')}</ul>`
        : `<p>${pick(rand, pool)}</p>`;
    blocks.push(block);
    bytes += block.length;
  }
  return withArticleBody('en-unrelated-vladivostok-ferry', blocks.join('\n    '));
}

/**
 * The seed article followed by a very long comment section: about `nodeTarget` DOM nodes in all
 * (elements + text). Each comment is 9 nodes.
 */
function hugeDomPage(seed: number, nodeTarget: number): string {
  const rand = seeded(seed);
  const pool = NON_STORY_FIXTURES.slice(0, 1).concat(EN_NON_STORY_FILLER).flatMap(articleParagraphs).flatMap((p) => p.replace(/<[^>]+>/g, '').split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
  const comments: string[] = [];
  for (let i = 0; i * 9 < nodeTarget; i++) {
    comments.push(`<div class="comment"><span class="author">reader${i}</span><p>${pick(rand, pool)} <a href="#c${i}">reply</a></p></div>`);
  }
  const seedHtml = fixtureHtml('en-story-seed-artyom');
  const at = seedHtml.lastIndexOf('</main>');
  return `${seedHtml.slice(0, at)}<section class="comments" aria-label="Comments">${comments.join('')}</section>\n${seedHtml.slice(at)}`;
}

const HOSTS = ['http://www.reuters.com', 'http://apnews.com', 'http://www.aljazeera.com'];
const url = (i: number, path: string): string => `${HOSTS[i % HOSTS.length]}/bench/${path}/`;

/** Every benchmark page, in table order. `quick` gives one non-story and one story page. */
export function benchPages(opts: { quick?: boolean } = {}): BenchPage[] {
  const nonStory: BenchPage[] = NON_STORY_FIXTURES.map((name, i) => ({ id: name, label: `non-story: ${name}`, kind: 'non-story', url: url(i, name), html: fixtureHtml(name) }));
  const seedPage: BenchPage = { id: 'seed', label: 'story: seed article (en-story-seed-artyom)', kind: 'story', url: url(0, 'seed'), html: fixtureHtml('en-story-seed-artyom') };
  if (opts.quick) return [nonStory[0]!, seedPage];
  return [
    ...nonStory,
    { id: 'non-story-1mb', label: 'non-story: 1 MB page', kind: 'non-story', url: url(1, 'non-story-1mb'), html: bigNonStoryPage(1) },
    seedPage,
    { id: 'story-10k', label: 'story: 10,000 words', kind: 'story', url: url(2, 'story-10k'), html: storyPage(10, 10_000, false) },
    { id: 'story-50k', label: 'story: 50,000 words, many names', kind: 'story', url: url(0, 'story-50k'), html: storyPage(50, 50_000, true) },
    { id: 'dom-200k', label: 'story: 200,000 DOM nodes', kind: 'story', url: url(1, 'dom-200k'), html: hugeDomPage(200, 200_000) },
  ];
}

/** The names the three-way highlight comparison marks: every English dataset name found on the page. */
export function namesOnPage(html: string): string[] {
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return [...new Set(datasetNames().map((n) => n.name))].filter((n) => n.length >= 4 && text.includes(n)).sort();
}

/** Where a page of the sentinel comparison belongs: its target differs (+0.3 ms non-news, +1 ms articles). */
export type SentinelGroup = 'non-news' | 'article' | 'big';
export interface SentinelPage extends BenchPage {
  group: SentinelGroup;
}

const SEARCH_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>weather tomorrow - Findit Search</title></head><body>
<header><form role="search" action="/search"><input name="q" value="weather tomorrow"><button>Search</button></form><nav><a href="/">All</a> <a href="/img">Images</a> <a href="/news">News</a></nav></header>
<main>${Array.from({ length: 10 }, (_, i) => `<div class="result"><a href="/r${i}"><h3>Weather forecast for tomorrow, result ${i}</h3></a><cite>weather.example › forecast › ${i}</cite><div><span>Cloudy in the morning with showers moving east in the afternoon; highs of 14 degrees, winds from the south-west at 20 km/h…</span></div></div>`).join('\n')}
<div class="pager">${Array.from({ length: 10 }, (_, i) => `<a href="/search?p=${i + 1}">${i + 1}</a>`).join(' ')}</div></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;

const APP_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (12) - Mail</title></head><body>
<div id="app"><div class="toolbar"><button>Compose</button><input placeholder="Search mail"></div>
<div class="folders">${['Inbox', 'Starred', 'Sent', 'Drafts', 'Spam', 'Bin'].map((f) => `<div class="folder">${f}</div>`).join('')}</div>
<div class="list">${Array.from({ length: 50 }, (_, i) => `<div class="row" role="row"><span class="from">Sender ${i}</span><span class="subject">Meeting notes, week ${i}</span><span class="snippet">Hi all, attached are the notes from…</span><span class="time">09:${String(i).padStart(2, '0')}</span></div>`).join('\n')}</div></div>
<script>window.__state = ${JSON.stringify({ threads: Array.from({ length: 50 }, (_, i) => ({ id: i, read: i % 3 === 0 })) })};</script></body></html>`;

const SHOP_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steel kettle 1.7 l | Kettles &amp; Co</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Steel kettle 1.7 l","offers":{"@type":"Offer","price":"29.00","priceCurrency":"GBP"}}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/kitchen">Kitchen</a> <a href="/basket">Basket</a></nav></header>
<main><h1>Steel kettle 1.7 l</h1><div class="price">£29.00</div><ul class="specs"><li>1.7 litres</li><li>Brushed steel</li><li>Boil-dry protection</li><li>360° base</li></ul><button>Add to basket</button>
<section class="reviews">${Array.from({ length: 8 }, (_, i) => `<div class="review"><span class="stars">★★★★☆</span><span>Boils quickly and looks good, review ${i}.</span></div>`).join('')}</section>
<section class="also">${Array.from({ length: 12 }, (_, i) => `<div class="tile"><a href="/p/${i}">Toaster model ${i}</a><span>£${19 + i}.00</span></div>`).join('')}</section></main>
<footer><a href="/help">Help</a> <a href="/returns">Returns</a></footer></body></html>`;

/** The sentinel-vs-trivial pages: non-news pages on unlisted hosts, non-story articles, the 1 MB page. */
export function sentinelPages(): SentinelPage[] {
  return [
    { id: 'search', label: 'search results', kind: 'non-story', group: 'non-news', url: 'http://search.findit.example/search', html: SEARCH_HTML },
    { id: 'web-app', label: 'web app (mail inbox)', kind: 'non-story', group: 'non-news', url: 'http://mail.webapp.example/inbox', html: APP_HTML },
    { id: 'shop', label: 'shop product page', kind: 'non-story', group: 'non-news', url: 'http://shop.kettles.example/p/steel-kettle', html: SHOP_HTML },
    ...['en-unrelated-vladivostok-ferry', 'de-unrelated-ezb-zinsen', 'ja-unrelated-typhoon-kyushu'].map((name): SentinelPage => ({ id: name, label: `non-story article: ${name}`, kind: 'non-story', group: 'article', url: `http://www.regionalpost.example/news/${name}/`, html: fixtureHtml(name) })),
    { id: 'non-story-1mb', label: '1 MB page (non-story article)', kind: 'non-story', group: 'big', url: 'http://www.regionalpost.example/news/non-story-1mb/', html: bigNonStoryPage(1) },
  ];
}
