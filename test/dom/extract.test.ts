// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticleIndex, fallbackChoice, findArticle, titleSimilarity } from '../../src/core/extract';
import { buildTextIndex } from '../../src/core/text-index';

// A realistic page written for this test: site chrome, cookie banner, share bar, related and
// most-read lists, a newsletter box inside the story, footer and scripts.
const ARTICLE_PARAS = [
  'North Korean leader Kim Jong Un crossed into Russia aboard his green armoured train early on Tuesday, state media reported, ahead of a summit that officials in Washington have warned could lead to an arms deal.',
  'The train passed through the border station at Khasan before heading north, according to footage broadcast by Russian television, which showed a brief ceremony on the platform with a military band.',
  '"The visit will strengthen the friendship between our peoples," the Kremlin spokesman told reporters, declining to say where the two leaders would meet or what they would discuss.',
  "Analysts said the trip, Kim's first abroad since the pandemic, showed how far the two countries had moved closer since the war in Ukraine began, with Moscow looking for artillery shells and Pyongyang for technology.",
  "South Korea's unification ministry said it was watching the visit closely and urged Pyongyang to abide by United Nations resolutions that ban arms trading with the isolated state.",
];
const HEADLINE = "Kim arrives in Russia's Far East by armoured train";
const CLUTTER = [
  'We use cookies to improve',
  'Business',
  'Share on Facebook',
  'Putin and Kim met in Vladivostok in 2019',
  'Sign up for our morning briefing',
  'Lavrov lands in Pyongyang',
  'All rights reserved',
  'dataLayer',
  'Subscribe',
];

function page(articleWrapper: (inner: string) => string = (inner) => `<div class="story-body">${inner}</div>`): string {
  const [p1, p2, p3, p4, p5] = ARTICLE_PARAS.map((p) => `<p>${p.replace('Kim Jong Un', '<a href="/t/kim">Kim Jong Un</a>')}</p>`);
  const inner = `${p1}${p2}
    <figure><img src="train.jpg" alt=""><figcaption>The train at the border. Photo: Agency</figcaption></figure>
    ${p3}
    <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Putin and Kim met in Vladivostok in 2019</a></li><li><a href="/b">Shoigu toured an arms fair in July</a></li></ul></aside>
    <div class="newsletter-signup"><p>Sign up for our morning briefing and get the news before breakfast.</p><input type="email"><button>Subscribe</button></div>
    ${p4}${p5}`;
  return `<!doctype html><html lang="en"><head><title>${HEADLINE} | The Daily Ledger</title>
  <meta property="og:title" content="${HEADLINE}"></head><body>
  <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience on our site. Accept all?</p><button>Accept</button></div>
  <header class="site-header"><a class="logo" href="/">The Daily Ledger</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main><div class="story-wrap">
    <h1 class="headline">${HEADLINE}</h1>
    <div class="byline">By Jane Doe, Seoul correspondent</div>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
    ${articleWrapper(inner)}
  </div>
  <section class="most-read"><h2>Most read</h2><ol><li><a href="/c">Lavrov lands in Pyongyang for talks with his counterpart</a></li><li><a href="/d">Markets slide as rates stay high</a></li></ol></section>
  </main>
  <footer class="site-footer"><p>Copyright The Daily Ledger 2023. All rights reserved. Terms and privacy.</p></footer>
  <script>window.dataLayer = [{"page":"article"}];</script></body></html>`;
}

function load(html: string): Document {
  return new JSDOM(html, { url: 'https://www.dailyledger.example/world/kim-train' }).window.document;
}

function expectArticleOnly(text: string): void {
  for (const p of ARTICLE_PARAS) expect(text).toContain(p);
  for (const c of CLUTTER) expect(text).not.toContain(c);
}

describe('findArticle / buildArticleIndex', () => {
  it('keeps the article text and headline, and drops the page clutter (Readability path)', () => {
    const doc = load(page());
    const { index, method, headline } = buildArticleIndex(doc);
    expect(method).toBe('readability');
    expect(headline?.textContent).toBe(HEADLINE);
    expect(index.text.startsWith(HEADLINE + '\n')).toBe(true);
    expectArticleOnly(index.text);
    // Ranges from the index land in the live document.
    const at = index.text.indexOf('Khasan');
    const range = index.toRange(at, at + 6);
    expect(range.startContainer.ownerDocument).toBe(doc);
    expect(range.toString()).toBe('Khasan');
  });

  it('never changes the live document', () => {
    const doc = load(page());
    const before = doc.documentElement.outerHTML;
    buildArticleIndex(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('[data-sl-i]')).toBeNull();
  });

  it('keeps text Readability moved into paragraphs it created (bare-text divs)', () => {
    const paras = ARTICLE_PARAS.map((p) => `<div class="article__text"><strong>Dateline.</strong> ${p}</div>`).join('');
    const doc = load(`<!doctype html><body><nav><a href="/">Home</a></nav><article><h1>${HEADLINE}</h1>
      <div class="article__body">${paras}<div class="ad-slot"><span class="ad-label">Advertisement</span></div></div></article></body>`);
    const { index, method } = buildArticleIndex(doc);
    expect(method).toBe('readability');
    for (const p of ARTICLE_PARAS) expect(index.text).toContain(`Dateline. ${p}`);
    expect(index.text).not.toContain('Advertisement');
  });

  it('maps text back after Readability re-parses its tree on a retry', () => {
    // "remark" makes Readability strip the container on its first pass; too little is left, so
    // it retries from a re-parsed copy, whose text nodes are new objects.
    const paras = ARTICLE_PARAS.map((p) => `<div>${p}</div>`).join('');
    const doc = load(`<!doctype html><body><div class="remark-box">${paras}</div><p>Short note.</p></body>`);
    const { index, method } = buildArticleIndex(doc);
    expect(method).toBe('readability');
    for (const p of ARTICLE_PARAS) expect(index.text).toContain(p);
  });

  it('drops clutter with the fallback too', () => {
    const doc = load(page());
    const choice = fallbackChoice(doc);
    expect(choice.root.className).toBe('story-body');
    expectArticleOnly(buildTextIndex(choice.root, { accept: choice.accept }).text);
  });

  it('falls back to <article> when Readability finds too little', () => {
    // Too short for Readability's threshold, but the page still has an <article>.
    const doc = load(`<!doctype html><html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Brief: train crosses border</h1><p>The leader's train crossed the border at dawn.</p>
      <div class="share"><a href="#">Share</a></div><p>More details were expected later in the day.</p></article>
      <footer>Footer text</footer></body></html>`);
    const choice = findArticle(doc);
    expect(choice.method).toBe('fallback');
    expect(choice.root.localName).toBe('article');
    const { index } = buildArticleIndex(doc);
    expect(index.text).toBe(
      ['Brief: train crosses border', "The leader's train crossed the border at dawn.", 'More details were expected later in the day.'].join('\n'),
    );
  });

  it('falls back to articleBody microdata, then to the densest paragraphs', () => {
    const para = 'A paragraph of article prose that is long enough to count as real article text here.';
    const microdata = load(`<!doctype html><body><div class="promo"><p>${para}</p></div>
      <div itemprop="articleBody"><p>${para}</p><p>${para}</p><p>${para}</p></div></body>`);
    expect(fallbackChoice(microdata).root.getAttribute('itemprop')).toBe('articleBody');
    const wrapped = (n: number) => Array.from({ length: n }, () => `<div><p>${para}</p></div>`).join('');
    const plain = load(`<!doctype html><body><div id="teasers"><p>${para}</p><p>${para}</p></div>
      <div id="main">${wrapped(6)}</div></body>`);
    expect(fallbackChoice(plain).root.id).toBe('main');
    const sidebar = load(`<!doctype html><body><div id="side" class="sidebar"><p>${para}</p><p>${para}</p><p>${para}</p><p>${para}</p></div>
      <div id="main">${wrapped(3)}</div></body>`);
    expect(fallbackChoice(sidebar).root.id).toBe('main');
    // Theme classes on <body> ("sidebar-right") do not make the whole page clutter.
    const themed = load(`<!doctype html><body class="single sidebar-right"><div id="post">${wrapped(3)}</div></body>`);
    const choice = fallbackChoice(themed);
    expect(choice.root.id).toBe('post');
    expect(buildTextIndex(choice.root, { accept: choice.accept }).text).toBe([para, para, para].join('\n'));
  });

  it('takes a live blog split over several <article> entries as one', () => {
    const entry = (n: number) =>
      `<article class="entry"><time>0${n}:00</time><p>Update ${n}: the motorcade moved on to the next stop of the visit, officials said, and reporters followed it through the city.</p></article>`;
    const doc = load(`<!doctype html><body><div id="feed">${[1, 2, 3, 4].map(entry).join('')}</div></body>`);
    expect(fallbackChoice(doc).root.id).toBe('feed');
  });

  it('skips Readability on huge pages and still finds the article', () => {
    const doc = load(bigPage(2000));
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(5000);
    const { index, method } = buildArticleIndex(doc);
    expect(method).toBe('fallback');
    expect(index.text).toContain('Paragraph 1999 of the story');
    expect(index.text).not.toContain('Related link');
  });

  it('indexes a 50,000-word page on both paths', () => {
    // ~50,000 words in 2,000 paragraphs (25 words each), under 5,000 elements so Readability runs.
    const doc = load(bigPage(2000, false));
    const words = (doc.body.textContent ?? '').split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(50_000);
    // Past the default limits this page goes to the fallback; lift them to run Readability too.
    const viaReadability = buildArticleIndex(doc, { maxText: Infinity, maxElements: Infinity });
    const choice = fallbackChoice(doc);
    const viaFallback = buildTextIndex(choice.root, { accept: choice.accept });
    expect(viaReadability.method).toBe('readability');
    expect(viaFallback.text).toContain('Paragraph 1999 of the story');
    expect(viaReadability.index.text).toContain('Paragraph 1999 of the story');
  });
});

function bigPage(paragraphs: number, withLinks = true): string {
  const filler = 'the visit continued with talks on trade transport and energy while officials from both sides met in the port city';
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const extra = withLinks ? ` <a href="/x${i}">link</a> <b>bold</b>` : '';
    parts.push(`<p>Paragraph ${i} of the story: ${filler}${extra}.</p>`);
  }
  const related = Array.from({ length: 20 }, (_, i) => `<li><a href="/r${i}">Related link ${i}</a></li>`).join('');
  return `<!doctype html><html><head><title>Long live blog</title></head><body><nav><a href="/">Home</a></nav>
    <h1>Long live blog about the visit</h1><div class="content">${parts.join('\n')}</div>
    <aside class="related"><ul>${related}</ul></aside></body></html>`;
}

describe('findArticle: headline', () => {
  const prose = ARTICLE_PARAS.map((p) => `<p>${p}</p>`).join('');
  it('prefers the heading that matches the declared title over other headings', () => {
    const doc = load(`<!doctype html><head><meta property="og:title" content="Kim and Putin meet at the spaceport"></head><body>
      <h1>Today's top stories</h1><main><h2>Kim and Putin meet at the spaceport</h2><div class="body">${prose}</div></main></body>`);
    expect(findArticle(doc).headline?.textContent).toBe('Kim and Putin meet at the spaceport');
  });

  it('never takes the site logo in the masthead for the headline', () => {
    const doc = load(`<!doctype html><body><header><h1>The Daily Ledger newspaper</h1></header>
      <div class="body">${prose}</div></body>`);
    expect(findArticle(doc).headline).toBeNull();
    const withTitle = load(`<!doctype html><body><header><h1>The Daily Ledger newspaper</h1></header>
      <main><header><h1>Armoured train crosses the border</h1></header><div class="body">${prose}</div></main></body>`);
    expect(findArticle(withTitle).headline?.textContent).toBe('Armoured train crosses the border');
  });
});

describe('titleSimilarity', () => {
  it('is 1 for contained titles and low for unrelated ones', () => {
    expect(titleSimilarity('Kim arrives by train', 'Kim arrives by train | Ledger')).toBe(1);
    expect(titleSimilarity('김정은, 러시아 도착', '김정은, 러시아 도착 - 뉴스')).toBe(1);
    expect(titleSimilarity('Markets slide as rates stay high', 'Kim arrives by train')).toBeLessThan(0.4);
  });
});

/**
 * Layouts real outlets use, on fixture pages of our own (test/fixtures): AMP, a live blog of
 * <li> entries, an article in several <section> blocks, a print view, and the rest of the text
 * collapsed behind a "read more" button. Both paths: Readability, and the fallback (forced).
 */
describe('findArticle: real layouts', () => {
  const fixture = (name: string) => load(readFileSync(join(import.meta.dirname, '../fixtures', name, 'page.html'), 'utf8'));
  const PATHS = [
    ['readability', {}],
    ['fallback', { maxElements: 0 }],
  ] as const;
  const textOf = (name: string, limits: { maxElements?: number }) => buildArticleIndex(fixture(name), limits).index.text;

  it.each(PATHS)('an AMP page: the article in <main>, without amp-ad, amp-sidebar or share buttons (%s)', (_, limits) => {
    const text = textOf('es-story-amp-komsomolsk', limits);
    expect(text).toContain('Kim Jong Un visita la fábrica de aviones de Komsomolsk del Amur');
    expect(text).toContain('subió a la cabina de uno de ellos');
    expect(text).toContain('se reuniera con el ministro de Defensa ruso, Serguéi Shoigú.');
    for (const chrome of ['Publicidad', 'Internacional', 'Menú', 'Te puede interesar', 'Todos los derechos']) expect(text).not.toContain(chrome);
  });

  it.each(PATHS)('a live blog of short <li> entries: every entry, not the ad or most-read list (%s)', (_, limits) => {
    const text = textOf('de-story-liveblog-eintraege-artjom', limits);
    for (const entry of ['Südkoreas Vereinigungsministerium', 'Marschall Schaposchnikow', 'Hyperschallrakete Kinschal', 'Flugplatz Knewitschi', 'Bahnhof Artjom', 'Komsomolsk am Amur', 'Kosmodrom Wostotschny']) {
      expect(text).toContain(entry);
    }
    for (const chrome of ['Anzeige', 'Meistgelesen', 'Bundesliga', 'Impressum']) expect(text).not.toContain(chrome);
  });

  it.each(PATHS)('an article in several <section> blocks: all of them, not the promo and related links between (%s)', (_, limits) => {
    const text = textOf('en-story-sections-readmore-russky', limits);
    expect(text).toContain('Primorsky Aquarium');
    expect(text).toContain('Knevichi airfield');
    expect(text).toContain('crossed the border at Khasan');
    for (const chrome of ['Asia briefing', 'Asian markets', 'Share on Facebook', 'All rights reserved']) expect(text).not.toContain(chrome);
  });

  it.each(PATHS)('text collapsed behind "Continue reading" (hidden, aria-controls) is article text; a hidden sign-in modal is not (%s)', (_, limits) => {
    const text = textOf('en-story-sections-readmore-russky', limits);
    expect(text).toContain('In Washington, officials have warned');
    expect(text).toContain('no agreements were planned for signing');
    expect(text).not.toContain('Continue reading');
    expect(text).not.toContain('Sign in to keep reading');
  });

  it.each(PATHS)('text collapsed by class and aria-hidden (Russian "Читать далее"); a hidden subscribe popup is not (%s)', (_, limits) => {
    const text = textOf('ru-story-chitat-dalee-vozvrashchenie', limits);
    expect(text).toContain('на космодроме Восточный');
    expect(text).toContain('Дмитрий Песков');
    expect(text).not.toContain('Подпишитесь');
    expect(text).not.toContain('Читать далее');
    expect(text).not.toContain('Популярное');
  });

  it.each(PATHS)('a print view: paragraphs straight in <body>, without the print button or footer (%s)', (_, limits) => {
    const text = textOf('fr-story-imprimer-vostochny', limits);
    expect(text).toContain('« C\'est pour cela que nous sommes venus ici »');
    expect(text).toContain('en échange de technologies militaires.');
    expect(text).not.toContain('Imprimer');
    expect(text).not.toContain('Article imprimé depuis');
  });

  it.each(PATHS)('an article cut into several <article> blocks by an ad: every part, not the ad or related list (%s)', (_, limits) => {
    const text = textOf('ko-story-articles-knevichi', limits);
    expect(text).toContain('크네비치 비행장에서');
    expect(text).toContain('아르툠역에 도착해');
    expect(text).toContain('보스토치니 우주기지에서');
    for (const chrome of ['광고', '관련 기사', '코스피', '무단 전재']) expect(text).not.toContain(chrome);
  });

  it('sibling <article> teasers with their own headings are not taken for parts of the article', () => {
    const prose = ARTICLE_PARAS.map((p) => `<p>${p}</p>`).join('');
    const teaser = (n: number) => `<article class="card"><h3><a href="/t${n}">Teaser ${n}</a></h3><p>A short summary of another story on the site, number ${n}, shown as a card.</p></article>`;
    const doc = load(`<!doctype html><body><main><div class="grid"><article class="story"><h1>${HEADLINE}</h1>${prose}</article>${teaser(1)}${teaser(2)}</div></main></body>`);
    const text = buildArticleIndex(doc, { maxElements: 0 }).index.text;
    expect(text).toContain(ARTICLE_PARAS[4]);
    expect(text).not.toContain('Teaser 1');
  });

  it('reads collapsed text without opening it: the page is left exactly as it was', () => {
    const doc = fixture('en-story-sections-readmore-russky');
    const before = doc.documentElement.outerHTML;
    buildArticleIndex(doc);
    buildArticleIndex(doc, { maxElements: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementById('story-rest')?.hasAttribute('hidden')).toBe(true);
  });

  it('hidden text that is not a collapsed continuation stays out', () => {
    const prose = ARTICLE_PARAS.map((p) => `<p>${p}</p>`).join('');
    const long = 'This paragraph is long enough to count as prose if it were shown to the reader on the page itself.';
    const doc = load(`<!doctype html><body><main><h1>${HEADLINE}</h1><div class="story-body">${prose}
      <div class="story-rest" hidden><ul><li><a href="/a">Menu</a></li></ul></div>
      <div hidden><p>${long} Plain hidden block.</p></div>
      <div class="collapsed" style="display:none"><p>Short one.</p></div>
      <div class="screen-reader-copy" aria-hidden="true"><p>${long} Decorative duplicate.</p></div>
      <button aria-expanded="false" aria-controls="more">More</button><nav id="more" hidden><p>${long} Navigation drawer.</p></nav>
      <div class="read-more-content" style="display: none"><p>${long} Collapsed continuation.</p></div>
      </div></main></body>`);
    for (const limits of [{}, { maxElements: 0 }]) {
      const text = buildArticleIndex(doc, limits).index.text;
      expect(text).toContain('Collapsed continuation.');
      for (const out of ['Menu', 'Plain hidden block.', 'Short one.', 'Decorative duplicate.', 'Navigation drawer.']) expect(text).not.toContain(out);
    }
  });
});
