/**
 * Country abbreviation compounds (북·러, 日米韓, 中俄关系) through findEntities with the real dataset:
 * each character names its country; ordinary words made of the same characters do not.
 */
import { describe, expect, it } from 'vitest';
import { abbreviationMentions } from '../../src/core/abbreviations';
import { findEntities } from '../../src/core/analyze-text';
import { AbbreviationsSchema } from '../../src/data/schema';
import { dataset } from '../../src/data/index';
import abbreviationsJson from '../../src/data/abbreviations.json';

/** The ids of one-character mentions (the compounds), in text order. */
function compoundIds(text: string, lang: string): string[] {
  return findEntities(text, dataset, lang)
    .linked.filter((m) => m.end - m.start === 1)
    .map((m) => m.id as string);
}

const KO = 'south-korea';
const NK = 'north-korea';
const RU = 'russia';
const US = 'united-states';
const JP = 'japan';
const CN = 'china';
const UA = 'ukraine';

describe('abbreviations.json', () => {
  it('matches its schema and names only dataset entities', () => {
    const data = AbbreviationsSchema.parse(abbreviationsJson);
    const ids = new Set(dataset.entities.map((e) => e.id));
    for (const table of Object.values(data.languages)) {
      for (const id of Object.values(table.letters)) expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('country compounds: found', () => {
  const cases: [string, string, string[]][] = [
    ['ko', '북·러 정상회담이 13일 열렸다.', [NK, RU]],
    ['ko', '이번 북러 정상회담에서 무기 거래가 논의됐다.', [NK, RU]],
    ['ko', '정부는 한·미·일 공조를 강조했다.', [KO, US, JP]],
    ['ko', '한미일 안보실장이 통화했다.', [KO, US, JP]],
    ['ko', '한미일은 공동 대응하기로 했다.', [KO, US, JP]],
    ['ko', '한미 동맹은 굳건하다고 밝혔다.', [KO, US]],
    ['ko', '북ㆍ중ㆍ러 연대가 강화되고 있다.', [NK, CN, RU]],
    ['ko', '미·일 양국은 우려를 표했다.', [US, JP]],
    ['ko', '러우 전쟁이 장기화하고 있다.', [RU, UA]],
    ['ko', '[사설] 北·露 밀착 경계해야', [NK, RU]],
    ['ja', '宇宙基地で露朝首脳会談が開かれた。', [RU, NK]],
    ['ja', '日米韓は警戒を強めている。', [JP, US, KO]],
    ['ja', '日米の連携を確認した。', []],
    ['ja', '日米同盟の強化を確認した。', [JP, US]],
    ['ja', '朝露首脳会談について米韓は懸念を示した。', [NK, RU]],
    ['ja', '日・米・韓の3カ国が協議した。', [JP, US, KO]],
    ['ja', '13日米韓首脳会談が開かれた。', [US, KO]],
    ['ja', 'これは日中関係にも影響する。', [JP, CN]],
    ['zh', '朝俄峰会在东方航天发射场举行。', [NK, RU]],
    ['zh', '推动中俄关系发展。', [CN, RU]],
    ['zh', '美日韩三国发表声明。', [US, JP, KO]],
    ['zh', '美韓日警惕軍事合作。', [US, KO, JP]],
    ['zh', '中美关系仍然紧张。', [CN, US]],
    ['zh', '今日中美关系仍然紧张。', [CN, US]],
    ['zh', '俄乌冲突仍在持续。', [RU, UA]],
  ];
  for (const [lang, text, ids] of cases) {
    it(`${lang}: ${text}`, () => expect(compoundIds(text, lang)).toEqual(ids));
  }

  it('gives each letter a one-character span', () => {
    const text = '북·러 정상회담';
    const found = abbreviationMentions(text, [], dataset, 'ko');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['북', '러']);
  });
});

describe('country compounds: not found', () => {
  const cases: [string, string][] = [
    ['ko', '미러 관계를 점검했다.'], // mirror
    ['ko', '하루 일중 관계자를 만났다.'], // in a day
    ['ko', '중남미 국가들과 협력한다.'], // Latin America
    ['ko', '남미 협력 사업을 논의했다.'], // South America
    ['ko', '우한 관계자가 말했다.'], // Wuhan
    ['ko', '한미 양국은 합의했다.'], // two letters without a relation word
    ['ko', '거울미러 관계'], // inside a word
    ['ko', '우러러 보았다.'], // a repeated letter is not a list of countries
    ['ko', '일·가정 양립을 지원한다.'], // work-family: one letter
    ['ja', '今日米韓首脳会談が開かれた。'], // 今日 'today' takes 日, and the run is inside a word
    ['ja', '日中は暑かった。'], // daytime
    ['ja', '朝露が降りた。'], // morning dew
    ['ja', '中米諸国との関係'], // Central America
    ['ja', '朝日新聞が報じた。'], // Asahi
    ['zh', '其中美国表示反对。'], // 其中 'among them'
    ['zh', '中美洲国家'], // Central America
    ['zh', '13日美方表示。'], // the 13th
    ['zh', '北美自由贸易协定'], // North America
    ['zh', '美中不足的是天气。'], // idiom
    ['zh', '朝日新闻报道。'], // Asahi
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: ${text}`, () => expect(compoundIds(text, lang)).toEqual([]));
  }

  it('only for Korean, Japanese and Chinese pages', () => {
    expect(abbreviationMentions('北·露 密着', [], dataset, 'en')).toEqual([]);
    expect(abbreviationMentions('北·露 密着', [], dataset, null)).toEqual([]);
  });

  it('never overlaps a name found before', () => {
    expect(abbreviationMentions('북·러 정상회담', [{ start: 0, end: 1 }], dataset, 'ko')).toEqual([]);
  });

  it('leaves dataset names alone (북한, 中国, 朝鮮)', () => {
    const ids = findEntities('북한과 러시아, 中国 and 北朝鮮', dataset, 'ko').linked.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['north-korea', 'russia']));
    expect(compoundIds('북한미사일 발사', 'ko')).toEqual([]);
  });
});
