// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { dateInUrl, parseDate, readMetadata, stripSiteSuffix } from '../../src/core/metadata';
import { detectLang } from '../../src/core/detect-lang';

function doc(head: string, body = '', opts: { lang?: string; url?: string } = {}): Document {
  const lang = opts.lang === undefined ? '' : ` lang="${opts.lang}"`;
  return new JSDOM(`<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`, opts.url ? { url: opts.url } : {})
    .window.document;
}

describe('readMetadata: title, url, site', () => {
  it('prefers og:title, then a cleaned <title>, then the h1', () => {
    expect(readMetadata(doc('<meta property="og:title" content="Kim meets Putin"><title>Other | Site</title>')).title).toBe('Kim meets Putin');
    expect(readMetadata(doc('<title>Kim meets Putin at cosmodrome | The Ledger</title>')).title).toBe('Kim meets Putin at cosmodrome');
    expect(readMetadata(doc('<title>Kim meets Putin at cosmodrome - The Ledger</title><meta property="og:site_name" content="The Ledger">')).title).toBe(
      'Kim meets Putin at cosmodrome',
    );
    // A dash inside the headline is not a site suffix.
    expect(readMetadata(doc('<title>Kim - Putin summit ends with no deal signed</title>')).title).toBe('Kim - Putin summit ends with no deal signed');
    expect(readMetadata(doc('', '<h1> Kim  meets Putin </h1>')).title).toBe('Kim meets Putin');
  });

  it('strips a host-name or site-name suffix, repeatedly', () => {
    expect(stripSiteSuffix('Headline text here | World | ledger.example', null, true)).toBe('Headline text here');
    expect(stripSiteSuffix('Headline text here - dailyledger', 'dailyledger.example', false)).toBe('Headline text here');
  });

  it('takes the url from the caller, then canonical, then og:url, then the document URL', () => {
    const head = '<link rel="canonical" href="/world/2023/09/13/summit"><meta property="og:url" content="https://og.example/a">';
    expect(readMetadata(doc(head, '', { url: 'https://site.example/x' }), { url: 'https://given.example/' }).url).toBe('https://given.example/');
    expect(readMetadata(doc(head, '', { url: 'https://site.example/x' })).url).toBe('https://site.example/world/2023/09/13/summit');
    expect(readMetadata(doc('<meta property="og:url" content="https://og.example/a">')).url).toBe('https://og.example/a');
    expect(readMetadata(doc('', '', { url: 'https://site.example/x' })).url).toBe('https://site.example/x');
    expect(readMetadata(doc('')).url).toBeNull();
  });

  it('takes the site from og:site_name, application-name, JSON-LD publisher, then the host', () => {
    expect(readMetadata(doc('<meta property="og:site_name" content="Ledger"><meta name="application-name" content="App">')).site).toBe('Ledger');
    expect(readMetadata(doc('<meta name="application-name" content="App">')).site).toBe('App');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Ledger Group"}}</script>';
    expect(readMetadata(doc(ld)).site).toBe('Ledger Group');
    expect(readMetadata(doc('', '', { url: 'https://www.ledger.example/a' })).site).toBe('ledger.example');
  });
});

describe('readMetadata: language', () => {
  const english = 'The leader said that the talks with the president were useful and that the two sides would work on trade.';
  it('reads <html lang>, og:locale, content-language in that order', () => {
    expect(readMetadata(doc('', '', { lang: 'ko-KR' })).lang).toBe('ko');
    expect(readMetadata(doc('<meta property="og:locale" content="ru_RU">')).lang).toBe('ru');
    expect(readMetadata(doc('<meta http-equiv="content-language" content="de">')).lang).toBe('de');
  });

  it('detects the language from the text when none is declared', () => {
    expect(readMetadata(doc(''), { text: english }).lang).toBe('en');
    expect(readMetadata(doc(''), { text: '김정은 국무위원장이 러시아에 도착했다.' }).lang).toBe('ko');
  });

  it('trusts the article script over a template lang that contradicts it', () => {
    const korean = '김정은 국무위원장이 블라디보스토크에 도착했다. '.repeat(10);
    expect(readMetadata(doc('', '', { lang: 'en' }), { text: korean }).lang).toBe('ko');
    expect(readMetadata(doc('', '', { lang: 'en' }), { text: english.repeat(3) }).lang).toBe('en');
    // Japanese pages mix kanji and kana: no contradiction.
    expect(readMetadata(doc('', '', { lang: 'ja' }), { text: '金正恩総書記がロシアを訪問した。'.repeat(20) }).lang).toBe('ja');
  });

  it('detectLang tells the scripts and the Latin-script languages apart', () => {
    expect(detectLang('金正恩総書記は列車でロシアに到着した。')).toBe('ja');
    expect(detectLang('金正恩乘坐专列抵达俄罗斯远东地区。')).toBe('zh');
    expect(detectLang('Ким Чен Ын прибыл на космодром Восточный.')).toBe('ru');
    expect(detectLang('Der Machthaber ist mit dem Zug nach Russland gereist, und die Gespräche mit dem Präsidenten waren lang.')).toBe('de');
    expect(detectLang('Le dirigeant est arrivé dans la région pour une rencontre avec le président et les ministres.')).toBe('fr');
    expect(detectLang('El líder llegó a la región para una reunión con el presidente y los ministros del país.')).toBe('es');
    expect(detectLang(english)).toBe('en');
    expect(detectLang('12 345 !!')).toBeNull();
  });

  it('detectLang knows the scripts and languages the story also ran in (sentences of our own)', () => {
    expect(detectLang('Ο Κιμ Γιονγκ Ουν συναντήθηκε με τον Πούτιν στο κοσμοδρόμιο.')).toBe('el');
    expect(detectLang('التقى الزعيم الكوري الشمالي بالرئيس الروسي في قاعدة فضائية.')).toBe('ar');
    expect(detectLang('उत्तर कोरिया के नेता ने रूस के राष्ट्रपति से मुलाकात की।')).toBe('hi');
    expect(detectLang('উত্তর কোরিয়ার নেতা রাশিয়ার প্রেসিডেন্টের সঙ্গে বৈঠক করেছেন।')).toBe('bn');
    expect(detectLang('Лідер КНДР прибув до Росії і зустрівся з президентом, який його чекав.')).toBe('uk');
    expect(detectLang('Лидерът на КНДР пристигна в Русия със своя брониран влак и се срещна с президента.')).toBe('bg');
    expect(detectLang('Лидер КНДР прибыл в Россию и встретился с президентом, который его ждал.')).toBe('ru');
    expect(detectLang('O líder norte-coreano chegou à Rússia em um trem blindado para uma reunião com o presidente.')).toBe('pt');
    expect(detectLang('Il leader nordcoreano è arrivato in Russia con il suo treno blindato per incontrare il presidente della Federazione.')).toBe('it');
    expect(detectLang('Przywódca Korei Północnej przyjechał do Rosji pociągiem i spotkał się z prezydentem, który na niego czekał.')).toBe('pl');
    expect(detectLang('Kuzey Kore lideri zırhlı treniyle Rusya için yola çıktı ve bu ziyaret olarak önemli bir adım.')).toBe('tr');
    expect(detectLang('Liderul nord-coreean a sosit în Rusia cu trenul blindat și s-a întâlnit cu președintele care îl aștepta.')).toBe('ro');
    expect(detectLang('De Noord-Koreaanse leider is met zijn trein naar Rusland gereisd en heeft een ontmoeting met de president.')).toBe('nl');
  });

  it('a page declared in one of these languages keeps it; a template lang that contradicts the script does not', () => {
    const greek = 'Ο Βορειοκορεάτης ηγέτης έφτασε στη Ρωσία με το θωρακισμένο τρένο του. '.repeat(5);
    expect(readMetadata(doc('', '', { lang: 'el' }), { text: greek }).lang).toBe('el');
    expect(readMetadata(doc('', '', { lang: 'en' }), { text: greek }).lang).toBe('el');
    const hindi = 'उत्तर कोरिया के नेता किम जोंग उन ने रूस के राष्ट्रपति पुतिन से मुलाकात की। '.repeat(5);
    expect(readMetadata(doc('', '', { lang: 'en' }), { text: hindi }).lang).toBe('hi');
  });
});

describe('readMetadata: publication date', () => {
  it('reads JSON-LD datePublished, through @graph and arrays, as the calendar day written', () => {
    const graph = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["ReportageNewsArticle"],"datePublished":"2023-09-13T23:30:00-04:00"}]}</script>`;
    expect(readMetadata(doc(graph)).published).toBe('2023-09-13');
    const arr = `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"LiveBlogPosting","datePublished":"2023-09-16T08:00:00Z"}]</script>`;
    expect(readMetadata(doc(arr)).published).toBe('2023-09-16');
  });

  it('survives malformed JSON-LD and uses the next source', () => {
    const bad = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>';
    const rawBreak = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Line one\nline two","datePublished":"2023-09-15"}</script>';
    expect(readMetadata(doc(bad + '<meta property="article:published_time" content="2023-09-14T10:00:00Z">')).published).toBe('2023-09-14');
    expect(readMetadata(doc(rawBreak)).published).toBe('2023-09-15');
    expect(() => readMetadata(doc('<script type="application/ld+json">null</script><script type="application/ld+json">"x"</script>'))).not.toThrow();
  });

  it('reads the common date metas', () => {
    const cases: Array<[string, string]> = [
      ['<meta property="article:published_time" content="2023-09-12T06:00:00+09:00">', '2023-09-12'],
      ['<meta itemprop="datePublished" content="2023-09-13">', '2023-09-13'],
      ['<meta name="date" content="2023-09-14">', '2023-09-14'],
      ['<meta name="DC.date" content="2023-09-15">', '2023-09-15'],
      ['<meta name="parsely-pub-date" content="2023-09-16T12:00:00Z">', '2023-09-16'],
      ['<meta name="sailthru.date" content="2023-09-17 08:00:00">', '2023-09-17'],
    ];
    for (const [head, day] of cases) expect(readMetadata(doc(head)).published).toBe(day);
  });

  it('reads <time datetime> in the article but not in a teaser list or the masthead', () => {
    const body = `<header><time datetime="2026-11-25">Today</time></header>
      <article><div class="related"><time datetime="2019-04-25">old</time></div><p class="dateline"><time datetime="2023-09-15T09:00">15 Sept</time></p></article>`;
    expect(readMetadata(doc('', body)).published).toBe('2023-09-15');
    const mastheadOnly = `<header><time datetime="2026-11-25">Today</time></header><div id="story"><p>Text</p></div>`;
    expect(readMetadata(doc('', mastheadOnly)).published).toBeNull();
  });

  it('falls back to a date in the URL path', () => {
    expect(readMetadata(doc(''), { url: 'https://n.example/world/2023/09/17/kim-leaves/' }).published).toBe('2023-09-17');
    expect(dateInUrl('https://n.example/news/20230917/kim')).toBe('2023-09-17');
    expect(dateInUrl('https://n.example/news/kim-leaves-artyom-2023-09-17')).toBe('2023-09-17');
    expect(dateInUrl('https://n.example/news/2023-09-17.html')).toBe('2023-09-17');
    expect(dateInUrl('https://n.example/a/202309/14/WS650.html')).toBe('2023-09-14');
    expect(dateInUrl('http://n.example/world/2023-09/14/c_11298.htm')).toBe('2023-09-14');
    // A month alone gives the month.
    expect(dateInUrl('https://n.example/news/2023/09/kim')).toBe('2023-09');
    expect(dateInUrl('http://m.n.example/articles/202309/057803.html')).toBe('2023-09');
    expect(dateInUrl('https://n.example/2023-09/kim-putin.html')).toBe('2023-09');
    expect(dateInUrl('https://n.example/news/20231234/kim')).toBeNull();
    expect(dateInUrl('https://n.example/news/202313/kim')).toBeNull();
    expect(dateInUrl('https://n.example/news/2023/kim')).toBeNull();
    expect(dateInUrl('https://n.example/article/123456789012')).toBeNull();
    expect(dateInUrl('https://n.example/news/20231317/kim')).toBeNull();
  });

  it('parses the date formats datelines use', () => {
    expect(parseDate('September 13, 2023')).toBe('2023-09-13');
    expect(parseDate('13 Sept 2023')).toBe('2023-09-13');
    expect(parseDate('13 septembre 2023')).toBe('2023-09-13');
    expect(parseDate('13 de septiembre de 2023')).toBe('2023-09-13');
    expect(parseDate('13. September 2023')).toBe('2023-09-13');
    expect(parseDate('13 сентября 2023')).toBe('2023-09-13');
    expect(parseDate('2023년 9월 13일')).toBe('2023-09-13');
    expect(parseDate('2023年9月13日')).toBe('2023-09-13');
    expect(parseDate('13.09.2023')).toBe('2023-09-13');
    expect(parseDate('09/13/2023')).toBe('2023-09-13');
    expect(parseDate('05/06/2023')).toBeNull();
    expect(parseDate('Mayor 12, 2023')).toBeNull();
  });

  it('returns null when the page states no date', () => {
    expect(readMetadata(doc('<title>x</title>'), { url: 'https://n.example/world/kim' }).published).toBeNull();
  });
});

describe('visible datelines', () => {
  const meta = (html: string, url?: string) => readMetadata(new JSDOM(html).window.document, { url });
  it('reads a date printed only as text in the article dateline', () => {
    const html = `<html lang="ru"><body><header class="site"><span class="today-date">25 ноября 2026</span></header>
      <article><div class="news-item__meta"><span class="news-item__date">17 сентября 2023, 13:05</span></div><p>Текст.</p></article></body></html>`;
    expect(meta(html).published).toBe('2023-09-17');
  });
  it('reads a Korean "입력" line', () => {
    const html = `<html lang="ko"><body><article><div class="article-date">입력 2023.09.13 22:10 | 수정 2023.09.14 07:00</div><p>본문.</p></article></body></html>`;
    expect(meta(html).published).toBe('2023-09-13');
  });
  it('never takes the masthead date outside the article', () => {
    const html = `<html lang="en"><body><header><span class="date">November 25, 2026</span></header><article><p>No date here.</p></article></body></html>`;
    expect(meta(html).published).toBeNull();
  });
});
