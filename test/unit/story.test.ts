import { describe, expect, it } from 'vitest';
import type { Dataset, Entity, RelatedStory, StorySignal } from '../../src/data/schema';
import { compileMatcher, matchText } from '../../src/core/matcher';
import { linkMatches } from '../../src/core/linker';
import { mentionedDates, scoreStory } from '../../src/core/story';
import { analyzeText } from '../../src/core/analyze-text';
import { dataset as realDataset } from '../../src/data/index';
import { testEntity } from '../support/entities';
import { analyzeHtml } from '../../src/cli/analyze-html';
import { pageFeatures } from '../../src/cli/page-features';

const entity = (id: string, aliases: Entity['aliases']): Entity => testEntity({ id, type: 'place', aliases });
const e = (id: string, weight: number, text = `mentions ${id}`): StorySignal => ({ kind: 'entity', id, weight, text });
const t = (terms: StorySignal & { kind: 'term' } extends { terms: infer T } ? T : never, weight: number, text: string): StorySignal => ({ kind: 'term', terms, weight, text });
const related = (id: string, start: string, end: string, signals: StorySignal[]): RelatedStory => ({
  id, title: `the ${id} story`, start, end, summary: 'a look-alike story used only in these unit tests here.', signals, sources: ['https://example.org'],
});

const dataset: Dataset = {
  story: {
    id: 'kim-russia-2023-09', title: "Kim Jong Un's visit to Russia's Far East", start: '2023-09-10', end: '2023-09-18',
    signals: [
      e('kim', 1), e('putin', 1), e('vladivostok', 1), e('train', 1),
      e('vostochny', 3, 'mentions the Vostochny Cosmodrome'), e('artyom', 3, 'mentions Artyom'), e('shoigu', 1.5),
      e('pacific-fleet', 2),
    ],
  } as unknown as Dataset['story'],
  related: [
    related('summit-2019-04', '2019-04-24', '2019-04-26', [
      e('kim', 1), e('putin', 1), e('vladivostok', 1), e('train', 1), e('russky', 3, 'mentions Russky Island'),
      t({ en: ['first summit'], ko: ['첫 정상회담'] }, 2, 'calls it the first summit'),
    ]),
    related('putin-pyongyang-2024-06', '2024-06-18', '2024-06-20', [
      e('kim', 1), e('putin', 1), e('treaty', 4, 'mentions the 2024 treaty'), t({ en: ['Pyongyang visit'] }, 1, 'a visit to Pyongyang'),
    ]),
  ],
  entities: [
    entity('kim', { en: ['Kim Jong Un'], ko: ['김정은'] }),
    entity('putin', { en: ['Vladimir Putin'], ko: ['푸틴'] }),
    entity('vladivostok', { en: ['Vladivostok'], ko: ['블라디보스토크'] }),
    entity('train', { en: ['armoured train', 'armored train'], ko: ['전용열차'] }),
    entity('vostochny', { en: ['Vostochny Cosmodrome'], ko: ['보스토치니 우주기지'] }),
    entity('artyom', { en: ['Artyom'], ko: ['아르툠'] }),
    entity('shoigu', { en: ['Sergei Shoigu'], ko: ['쇼이구'] }),
    entity('pacific-fleet', { en: ['Pacific Fleet'], ko: ['태평양함대'] }),
    entity('russky', { en: ['Russky Island'] }),
    entity('treaty', { en: ['Comprehensive Strategic Partnership'] }),
  ],
  ambiguous: [],
};
const matcher = compileMatcher(dataset);
function score(text: string, published: string | null, title = '') {
  const mentions = linkMatches(matchText(matcher, text), dataset, text);
  return scoreStory({ text, title, published, mentions, dataset });
}

const generic2019 = 'Kim Jong Un arrived in Vladivostok by armoured train to meet Vladimir Putin.';

describe('scoreStory', () => {
  it('does not match a 2019 page on the shared names alone, and names the look-alike', () => {
    const r = score(`${generic2019} The first summit took place on Russky Island.`, '2019-04-25');
    expect(r.matched).toBe(false);
    expect(r.related?.id).toBe('summit-2019-04');
    expect(r.signals.some((s) => s.kind === 'date' && s.text.includes('before the visit began'))).toBe(true);
  });

  it('does not match the shared names alone even without a date', () => {
    const r = score(generic2019, null);
    expect(r.matched).toBe(false);
    expect(r.score).toBeLessThan(6);
  });

  it('matches a Korean report of the Artyom visit', () => {
    const r = score('김정은 국무위원장은 16일 아르툠에 도착해 쇼이구 국방장관과 함께 블라디보스토크 인근에서 태평양함대를 둘러봤다.', '2023-09-17');
    expect(r.matched).toBe(true);
    expect(r.related).toBeNull();
    expect(r.signals.map((s) => s.text)).toContain('mentions Artyom');
  });

  it('matches an undated English report through named dates and specific places', () => {
    const r = score('In September 2023 Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome. They talked for hours. Kim Jong Un then went on to Artyom. The trip lasted a week.', null);
    expect(r.matched).toBe(true);
  });

  it('prefers the 2024 story for a June 2024 page about the treaty', () => {
    const r = score('Vladimir Putin and Kim Jong Un signed the Comprehensive Strategic Partnership during a Pyongyang visit. They met at the Vostochny Cosmodrome last year.', '2024-06-19');
    expect(r.matched).toBe(false);
    expect(r.related?.id).toBe('putin-pyongyang-2024-06');
    expect(r.signals.some((s) => s.kind === 'related' && s.weight < 0)).toBe(true);
  });

  it('counts signals in the title more', () => {
    const plain = score('Vostochny Cosmodrome and Artyom.', null);
    const titled = score('Vostochny Cosmodrome and Artyom.', null, 'Kim at the Vostochny Cosmodrome');
    expect(titled.score).toBeGreaterThan(plain.score);
  });
});

describe('mentionedDates', () => {
  it('reads years and month-year pairs in several languages', () => {
    const d = mentionedDates('지난 2019년 4월 회담; в сентябре 2023 года; 2024年6月; on Sept. 13, 2023; 250 km; 12:2023');
    expect([...d.years].sort()).toEqual([2019, 2023, 2024]);
    expect([...d.yearMonths].sort()).toEqual([201904, 202309, 202406]);
  });

  it('takes a span of years (a term, a season, a plan) for no year at all, and keeps ISO dates and months', () => {
    const spans = mentionedDates('a 2024-2025 term; the 2024–25 season; 2024~2026년 임기; 2019-2023; cut off at 2024-2');
    expect([...spans.years]).toEqual([]);
    const dates = mentionedDates('posted 2023-09-13; filed 2023-09; 2024');
    expect([...dates.years].sort()).toEqual([2023, 2024]);
  });
});

describe('protagonists (real dataset)', () => {
  const meta = { url: null, site: null, lang: 'en' } as const;
  const run = (title: string, text: string, published: string) =>
    analyzeText({ text, blocks: [], meta: { ...meta, title, published }, dataset: realDataset }).story;

  it('a page that shares the trip\'s places and dates but names none of its protagonists does not match', () => {
    const s = run(
      'Life at the most remote football club',
      'The club flies out of Vladivostok International Airport near Knevichi and trains in Artyom. In September 2023 the squad flew 9,000 km to Kaliningrad. Vladivostok fans waved them off at Artyom station.',
      '2023-09-20',
    );
    expect(s.matched).toBe(false);
    expect(s.signals.map((x) => x.text).join('\n')).toMatch(/names none of the story's protagonists \(Kim Jong Un/);
  });

  it('the same places with Kim Jong Un in them do match', () => {
    const s = run(
      'Kim Jong Un leaves Artyom',
      'North Korean leader Kim Jong Un saw bombers at Knevichi airfield near Vladivostok with Sergei Shoigu, then left Artyom by train in September 2023, KCNA said.',
      '2023-09-17',
    );
    expect(s.matched).toBe(true);
  });
});

/** The story model's features of an article page (one <p> per line of `body`), with the real dataset. */
function featuresOf(title: string, body: string): Record<string, number> {
  const paragraphs = body.split('\n').map((p) => `<p>${p}</p>`).join('');
  const html = `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
  return pageFeatures(analyzeHtml(html, null, realDataset), realDataset).values;
}

describe('a page dated only by the month its URL files it under (real dataset)', () => {
  const page = (url: string) => {
    const html = `<!DOCTYPE html><html><head><title>Kim and Putin meet at Vostochny</title></head><body><article><h1>Kim and Putin meet at Vostochny</h1><p>North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on Wednesday.</p></article></body></html>`;
    return pageFeatures(analyzeHtml(html, url, realDataset), realDataset);
  };

  it('counts as published in the window when the month overlaps it', () => {
    const f = page('https://n.example/world/2023/09/kim-putin-vostochny');
    expect(f.values['published:window']).toBe(1);
    expect(f.values['published:none']).toBeUndefined();
    expect(f.ruledOut).toBe(false);
  });

  it('is ruled out only when the whole month lies before the story, and is weeks before when the month is', () => {
    expect(page('https://n.example/world/2023/07/kim-putin-vostochny').ruledOut).toBe(true);
    const august = page('https://n.example/world/202308/kim-putin-vostochny.html');
    expect(august.ruledOut).toBe(false);
    expect(august.values['published:weeks-before']).toBe(1);
  });
});

describe('the train and the journey in the languages added later (real dataset)', () => {
  // One sentence each, of our own: his (armoured / special) train, and an arrival or departure wording.
  const cases: Array<[string, string]> = [
    ['pt', 'Kim Jong Un chegou à Rússia no seu trem blindado.'],
    ['it', 'Kim Jong Un è arrivato in Russia con il suo treno blindato.'],
    ['pl', 'Kim Dzong Un przybył do Rosji pociągiem pancernym.'],
    ['tr', "Kim Jong Un zırhlı treniyle Rusya'ya ulaştı."],
    ['hi', 'किम जोंग उन अपनी बख्तरबंद ट्रेन से रूस पहुंचे।'],
    ['bn', 'কিম জং উন সাঁজোয়া ট্রেনে রাশিয়ায় পৌঁছেছেন।'],
    ['uk', 'Кім Чен Ин прибув до Росії бронепоїздом.'],
    ['hu', 'Kim Dzsong Un páncélvonattal érkezett Oroszországba.'],
    ['hr', 'Kim Jong Un stigao u Rusiju blindiranim vlakom.'],
    ['ro', 'Kim Jong Un a ajuns în Rusia cu trenul său blindat.'],
    ['id', 'Kim Jong Un tiba di Rusia dengan kereta lapis baja.'],
    ['nl', 'Kim Jong-un is met zijn gepantserde trein aangekomen in Rusland.'],
    ['vi', 'Kim Jong-un lên đường sang Nga bằng đoàn tàu bọc thép.'],
    ['ar', 'كيم جونغ أون في طريقه إلى روسيا على متن قطاره المدرع.'],
    ['ar', 'أعلنت الوكالة وصوله إلى روسيا على متن القطار المدرع.'],
  ];
  for (const [lang, sentence] of cases) {
    it(`${lang}: ${sentence}`, () => {
      const values = featuresOf(sentence, sentence);
      expect(values['signal:armoured-train'], 'the train').toBe(1);
      expect(values['signal:visit-to-russia'], 'the journey').toBe(1);
    });
  }
});

describe('what counts against the story (real dataset)', () => {

  it('a name the story shares with a look-alike (Pyongyang) is no evidence for the look-alike', () => {
    const values = featuresOf(
      'Kim Jong Un leaves for Russia by train',
      'North Korean leader Kim Jong Un left Pyongyang by train on Sunday afternoon for a visit to Russia, KCNA said on Tuesday.',
    );
    expect(values['no-rival']).toBe(1);
  });

  it('a look-alike\'s own name still counts against the story', () => {
    const values = featuresOf(
      'Lavrov in Pyongyang',
      'Russian foreign minister Sergei Lavrov arrived in Pyongyang for talks with Choe Son Hui. Lavrov in Pyongyang praised Kim Jong Un.',
    );
    expect(values['no-rival']).toBeUndefined();
    expect(values['rival:lavrov-pyongyang-2023-10']).toBeGreaterThan(0);
  });

  it('a year recalled as the past ("seit 2019") is no evidence for the 2019 summit', () => {
    const recalled = featuresOf(
      'Kim Jong Un trifft Putin',
      'Nordkoreas Machthaber Kim Jong Un ist zum ersten Mal seit 2019 ins Ausland gereist und traf Wladimir Putin am Weltraumbahnhof Wostotschny.',
    );
    expect(recalled['rival:summit-2019-04']).toBeUndefined();
    const dated = featuresOf(
      'Kim Jong Un trifft Putin',
      'Nordkoreas Machthaber Kim Jong Un traf 2019 Wladimir Putin in Wladiwostok.',
    );
    expect(dated['rival:summit-2019-04']).toBeGreaterThan(0);
  });

  it('a month dated to another year ("im April 2019") is not the page\'s month', () => {
    const values = featuresOf(
      'Kim Jong Un trifft Putin in Wostotschny',
      'Kim Jong Un ist am Mittwoch in Wostotschny eingetroffen. Es ist sein zweiter Besuch in Russland nach einem Treffen mit Putin im April 2019 in Wladiwostok.',
    );
    expect(values['month-other-only']).toBeUndefined();
    const other = featuresOf('Kim Jong Un in Wostotschny', 'Kim Jong Un traf Putin am 25. April in Wostotschny.');
    expect(other['month-other-only']).toBe(1);
  });
});

describe('a date both stories share (real dataset)', () => {

  it('the year 2023 alone is no evidence of its own for Shoigu\'s July 2023 visit', () => {
    const v = featuresOf('Kim Jong Un at Vostochny', 'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in 2023.');
    expect(v['no-rival']).toBe(1);
  });

  it('July 2023 is', () => {
    const v = featuresOf('Kim Jong Un at Vostochny', 'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome after Sergei Shoigu was in Pyongyang in July 2023.');
    expect(v['no-rival']).toBeUndefined();
  });
});
