import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/core/analyze-text';
import { dataset as realDataset } from '../../src/data/index';
import type { Dataset, Entity } from '../../src/data/schema';
import { compileMatcher, matchText } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { testEntity } from '../support/entities';

const entity = (id: string, type: Entity['type'], aliases: Entity['aliases'], short?: Entity['short']): Entity => testEntity({ id, type, aliases, short });

const dataset: Dataset = {
  story: {} as Dataset['story'],
  related: [],
  entities: [
    entity('kim-jong-un', 'person', { en: ['Kim Jong Un', 'Kim Jong-un'], ko: ['김정은'], ru: ['Ким Чен Ын'], zh: ['金正恩'], ja: ['金正恩'] }, { en: ['Kim'] }),
    entity('kim-yo-jong', 'person', { en: ['Kim Yo Jong'] }, { en: ['Kim'] }),
    entity('vladimir-putin', 'person', { en: ['Vladimir Putin'], ru: ['Владимир Путин'], ko: ['푸틴'], zh: ['普京'], ja: ['プーチン'] }, { en: ['Putin'], ru: ['Путин'] }),
    entity('sergei-shoigu', 'person', { en: ['Sergei Shoigu'], ru: ['Сергей Шойгу'] }, { en: ['Shoigu'], ru: ['Шойгу'] }),
    entity('moscow', 'place', { en: ['Moscow'], ru: ['Москва'], ko: ['모스크바'] }),
    entity('russia', 'place', { en: ['Russia'], ru: ['Россия'], ko: ['러시아'] }),
    entity('vladivostok', 'place', { en: ['Vladivostok'], ko: ['블라디보스토크'], ru: ['Владивосток'] }),
    entity('primorsky-krai', 'place', { ru: ['Приморский край'] }),
    entity('kremlin', 'organisation', { en: ['Kremlin'], ru: ['Кремль'] }),
    entity('united-nations', 'organisation', { en: ['United Nations'] }, { en: ['UN'] }),
    entity('nato', 'organisation', { en: ['NATO'] }),
    entity('komsomolsk-on-amur', 'place', { en: ['Komsomolsk-on-Amur'] }),
  ],
  ambiguous: [{ alias: 'Kim', lang: 'en', candidates: ['kim-jong-un', 'kim-yo-jong'], note: 'family name' }],
};

const matcher = compileMatcher(dataset);
function found(text: string): [string, string[]][] {
  return matchText(matcher, text).map((m) => [text.slice(m.start, m.end), [...new Set(m.entries.map((e) => e.id))]]);
}
const spans = (text: string) => found(text).map(([t]) => t);

describe('normalize', () => {
  it('keeps length and folds case, dashes, apostrophes, ё and full-width', () => {
    const s = 'Kim Jong‑un’s ＵＮ Артём—İ';
    const n = normalize(s);
    expect(n.length).toBe(s.length);
    expect(n).toBe("kim jong un's un артем İ".replace('İ', 'İ'));
  });
});

describe('matchText', () => {
  it('matches spelling variants of the same name', () => {
    for (const t of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong‑un', 'KIM JONG UN', 'Kim  Jong\u00a0Un']) {
      expect(found(`Leader ${t} arrived.`)).toEqual([[t, ['kim-jong-un']]]);
    }
  });

  it('prefers the longest match and keeps offsets into the original text', () => {
    const text = 'Kim Yo Jong met Vladimir Putin.';
    const ms = matchText(matcher, text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Kim Yo Jong', 'Vladimir Putin']);
  });

  it('applies Latin word boundaries, possessives and the German genitive', () => {
    expect(spans('Kimchi and kimono')).toEqual([]);
    expect(spans("Putin's train; Putins Zug; Kim Jong Uns Besuch")).toEqual(['Putin', 'Putins', 'Kim Jong Uns']);
    expect(spans('Putinism')).toEqual([]);
  });

  it('Indonesian -nya after a name or thing ends the mention before it; other endings still do not', () => {
    expect(spans('Putinnya dan Kremlinnya')).toEqual(['Putin', 'Kremlin']);
    expect(spans('Putinnyaa; Kimnya')).toEqual([]); // not a longer word; three-letter forms take nothing
  });

  it('needs exact case for short forms and acronyms, a capital for capitalised aliases', () => {
    expect(spans('kim said; putin said; the kremlin; un plan; us')).toEqual([]);
    expect(spans('Kim said; the Kremlin; the UN plan')).toEqual(['Kim', 'Kremlin', 'UN']);
    expect(spans('PUTIN MEETS KIM IN FAR EAST')).toEqual(['PUTIN', 'KIM']);
    expect(spans('Nato allies and NATO')).toEqual(['Nato', 'NATO']);
  });

  it('does not take a Korean family name followed by a given name as the short form', () => {
    expect(spans('said Kim Dong-yub, a professor')).toEqual([]);
  });

  it('matches Russian case forms of declinable names and leaves indeclinable ones alone', () => {
    expect(spans('Путина, Путину, Путиным, Путине')).toEqual(['Путина', 'Путину', 'Путиным', 'Путине']);
    expect(spans('из Москвы, в Москве, в Москву, Москвой')).toEqual(['Москвы', 'Москве', 'Москву', 'Москвой']);
    expect(spans('Шойгу и Кремля, в Кремле')).toEqual(['Шойгу', 'Кремля', 'Кремле']);
    expect(spans('Владимира Путина и Сергея Шойгу')).toEqual(['Владимира Путина', 'Сергея Шойгу']);
    expect(spans('в Приморском крае')).toEqual(['Приморском крае']);
    expect(spans('путинский режим; Путинизм')).toEqual([]);
  });

  it('lets Korean particles follow and needs a non-Hangul before', () => {
    expect(spans('김정은은 푸틴과 러시아의 블라디보스토크에서')).toEqual(['김정은', '푸틴', '러시아', '블라디보스토크']);
    expect(spans('친러시아')).toEqual([]);
  });

  it('needs no boundaries in Chinese and Japanese, but katakana words must not continue', () => {
    expect(spans('金正恩同普京会谈')).toEqual(['金正恩', '普京']);
    expect(spans('金正恩氏とプーチン大統領')).toEqual(['金正恩', 'プーチン']);
    expect(spans('プーチンスキー')).toEqual([]);
    expect(spans('俄羅斯總統')).toEqual([]); // no zh alias for Russia in this small dataset
    expect(normalize('紹伊古與尹錫悅')).toBe('绍伊古与尹锡悦');
  });

  it('folds hyphens so compound place names match either way', () => {
    expect(spans('in Komsomolsk-on-Amur and Komsomolsk on Amur')).toEqual(['Komsomolsk-on-Amur', 'Komsomolsk on Amur']);
  });
});

describe('boundaries with the real dataset', () => {
  const ids = (text: string, lang = 'en') => findEntities(text, realDataset, lang).linked.map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
  it('a longer Russian name carries on past another name\'s declinable stem, in any case', () => {
    expect(ids('Солдаты Корейской народной армии и студенты Дальневосточного федерального университета.', 'ru')).toEqual([
      'korean-peoples-army:Корейской народной армии',
      'fefu:Дальневосточного федерального университета',
    ]);
  });
  it('a Hungarian case ending on a Hungarian form, and on no other', () => {
    expect(ids('Peszkovot kérdezték a Kremlből, Putyinnal tárgyalt, Vlagyivosztokba utazott.', 'hu')).toEqual([
      'dmitry-peskov:Peszkovot',
      'kremlin:Kremlből',
      'vladimir-putin:Putyinnal',
      'vladivostok:Vlagyivosztokba',
    ]);
    // English forms take no Hungarian ending: the adjective is not the country
    expect(ids('Russian and Kremlinen officials', 'en')).toEqual([]);
  });
  it('Romanian genitive forms with the article written on (Coreei de Nord, Kremlinului, Rusiei)', () => {
    expect(ids('Liderul Coreei de Nord, purtătorul de cuvânt al Kremlinului și președintele Rusiei.', 'ro')).toEqual([
      'north-korea:Coreei de Nord',
      'kremlin:Kremlinului',
      'russia:Rusiei',
    ]);
  });
  it('a Latin name followed by a Korean particle or a Chinese word still matches', () => {
    expect(ids('AP는 보도했다. AP에 따르면 그렇다.', 'ko')).toEqual(['associated-press:AP', 'associated-press:AP']);
    expect(ids('Reuters报道称', 'zh')).toEqual(['reuters:Reuters']);
  });
});

describe('word boundaries in Greek, Arabic and the scripts of India', () => {
  const other: Dataset = {
    story: {} as Dataset['story'],
    related: [],
    entities: [
      entity('vladimir-putin', 'person', { el: ['Πούτιν'], ar: ['بوتين'], hi: ['पुतिन'], bn: ['পুতিন'] }),
      entity('russia', 'place', { el: ['Ρωσία', 'Ρωσίας'], ar: ['روسيا'], hi: ['रूस'], bn: ['রাশিয়া'] }),
      entity('kim-jong-un', 'person', { ar: ['كيم جونغ أون'] }),
      entity('kremlin', 'organisation', { ar: ['الكرملين'] }),
    ],
    ambiguous: [],
  };
  const m = compileMatcher(other);
  const at = (text: string) => matchText(m, text).map((x) => text.slice(x.start, x.end));

  it('Greek: accents and final sigma fold, so capitals and unaccented text match', () => {
    expect(at('Ο Πούτιν στη Ρωσία')).toEqual(['Πούτιν', 'Ρωσία']);
    expect(at('ΠΟΥΤΙΝ ΚΑΙ ΡΩΣΙΑΣ')).toEqual(['ΠΟΥΤΙΝ', 'ΡΩΣΙΑΣ']);
    expect(at('Ρωσιαςκαι')).toEqual([]); // not inside a longer word
  });

  it('Arabic: one-letter prefixes (و ب ل) may stand before a name, other letters may not; alef variants fold', () => {
    expect(at('التقى بوتين وكيم جونغ اون في الكرملين')).toEqual(['بوتين', 'كيم جونغ اون', 'الكرملين']);
    expect(at('وبوتين ولروسيا وبالكرملين')).toEqual(['بوتين', 'روسيا', 'الكرملين']);
    expect(at('مروسيا')).toEqual([]);
  });

  it('Hindi: a name stands alone; Bengali: a case ending may follow', () => {
    expect(at('पुतिन ने रूस में कहा')).toEqual(['पुतिन', 'रूस']);
    expect(at('रूसी सेना')).toEqual([]); // the adjective is its own alias, not a match of रूस
    expect(at('পুতিনের সঙ্গে রাশিয়ায় বৈঠক')).toEqual(['পুতিনের', 'রাশিয়ায়']);
    expect(at('পুতিনকেরা')).toEqual([]);
  });
});
