// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeDocument } from '../../src/core/analyze-document';
import { buildArticleIndex } from '../../src/core/extract';
import { readMetadata } from '../../src/core/metadata';
import { dataset } from '../../src/data/index';

function load(html: string, url?: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

const PAGE = `<!doctype html><html lang="en"><head><title>Kim leaves Russia after six days | Ledger</title>
<meta property="og:site_name" content="Ledger">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-09-17T11:00:00+09:00"}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kim leaves Russia after six days</h1>
<p>Kim Jong Un left the Primorye region on Sunday, ending a six-day trip in which he met Vladimir Putin at the Vostochny Cosmodrome and toured an aircraft plant in Komsomolsk-on-Amur.</p>
<p>Before boarding his train at Artyom, the leader was seen off by regional governor Oleg Kozhemyako, who presented him with gifts, according to the regional government.</p>
<ul class="related"><li><a href="/x">Kim Jong Il took the train to Ulan-Ude in 2011</a></li></ul>
<p>"We will remember this warm welcome," Kim was quoted as saying by the state news agency KCNA.</p></article>
<footer>About us</footer></body></html>`;

describe('analyzeDocument', () => {
  it('indexes the article, reads the metadata and hands both to the text analysis', () => {
    const doc = load(PAGE, 'https://www.ledger.example/world/kim-leaves');
    const before = doc.documentElement.outerHTML;
    const { analysis, index } = analyzeDocument(doc, { url: null, dataset });
    expect(analysis.text).toBe(index.text);
    expect(index.text.startsWith('Kim leaves Russia after six days\n')).toBe(true);
    expect(index.text).toContain('Oleg Kozhemyako');
    expect(index.text).not.toContain('Ulan-Ude');
    expect(index.text).not.toContain('About us');
    expect(analysis).toMatchObject({
      url: 'https://www.ledger.example/world/kim-leaves',
      title: 'Kim leaves Russia after six days',
      site: 'Ledger',
      lang: 'en',
      published: '2023-09-17',
    });
    expect(analysis.story.id).toBe(dataset.story.id);
    // Offsets the analysis reports point into the live page through the index.
    for (const e of analysis.entities) {
      for (const m of e.mentions) expect(index.toRange(m.start, m.end).toString()).toBe(m.text);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('uses the url the caller gives', () => {
    const { analysis } = analyzeDocument(load(PAGE), { url: 'https://given.example/2023/09/17/x', dataset });
    expect(analysis.url).toBe('https://given.example/2023/09/17/x');
  });
});

// Smoke test over the hand-written fixture pages: the extracted article text holds every gold
// quote, and the metadata matches the gold language and date.
interface Gold {
  url: string | null;
  lang: string;
  published: string | null;
  quotes: Array<{ text: string }>;
}
const FIXTURES = join(__dirname, '..', 'fixtures');
const fixtureNames = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, 'page.html')) && existsSync(join(FIXTURES, n, 'gold.json')))
  : [];
/** Quote marks removed and whitespace collapsed: gold joins a multi-paragraph quote with a space. */
const flat = (s: string) => s.replace(/["“”„‟«»‹›「」『』〝〞＂]/g, '').replace(/\s+/g, ' ').trim();

describe('fixture pages', () => {
  it('exist', () => {
    expect(fixtureNames.length).toBeGreaterThan(0);
  });
  for (const name of fixtureNames) {
    it(name, () => {
      const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
      const gold = JSON.parse(readFileSync(join(FIXTURES, name, 'gold.json'), 'utf8')) as Gold;
      const doc = load(html, gold.url ?? undefined);
      const { index, root } = buildArticleIndex(doc);
      const text = flat(index.text);
      const missing = gold.quotes.map((q) => flat(q.text)).filter((q) => !text.includes(q));
      expect(missing).toEqual([]);
      const meta = readMetadata(doc, { url: gold.url, text: index.text, article: root });
      expect({ lang: meta.lang, published: meta.published }).toEqual({ lang: gold.lang, published: gold.published });
    });
  }
});
