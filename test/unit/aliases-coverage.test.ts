/**
 * Real-world spellings, as outlets in the eight languages write them, must reach the right entity
 * through the real dataset and the real matcher; newspapers named after a place must not be read
 * as that place. A failure here means a page in that language would miss (or mislabel) a name.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/core/analyze-text';
import { dataset } from '../../src/data/index';

type Lang = 'en' | 'ko' | 'ru' | 'ja' | 'zh' | 'de' | 'fr' | 'es';

/** A short neutral sentence around the name, so boundaries and particles are exercised. */
const frame: Record<Lang, (name: string) => string> = {
  en: (n) => `Reports about ${n} came in on Tuesday.`,
  ko: (n) => `${n}은 13일 이같이 밝혔다.`,
  ru: (n) => `В сообщении про ${n} говорится о визите.`,
  ja: (n) => `${n}は13日、こう伝えた。`,
  zh: (n) => `据报道，${n}13日表示。`,
  de: (n) => `Berichte über ${n} kamen am Dienstag.`,
  fr: (n) => `Des informations sur ${n} sont arrivées mardi.`,
  es: (n) => `Llegaron informaciones sobre ${n} el martes.`,
};

/** [language, spelling as written, entity id] */
const SPELLINGS: [Lang, string, string][] = [
  // English (Latin-script spellings of all outlets)
  ['en', 'Kim Jong Un', 'kim-jong-un'], ['en', 'Kim Jong-un', 'kim-jong-un'], ['en', 'Vladimir Putin', 'vladimir-putin'],
  ['en', 'Sergei Shoigu', 'sergei-shoigu'], ['en', 'Sergey Shoygu', 'sergei-shoigu'], ['en', 'Yoon Suk Yeol', 'yoon-suk-yeol'],
  ['en', 'Choe Son Hui', 'choe-son-hui'], ['en', 'Kim Yo-jong', 'kim-yo-jong'], ['en', 'Dmitry Peskov', 'dmitry-peskov'],
  ['en', 'Oleg Kozhemyako', 'oleg-kozhemyako'], ['en', 'the Vostochny Cosmodrome', 'vostochny-cosmodrome'],
  ['en', 'Komsomolsk-on-Amur', 'komsomolsk-on-amur'], ['en', 'Artyom', 'artyom'], ['en', 'Artem', 'artyom'],
  ['en', 'Khasan', 'khasan'], ['en', 'Primorye', 'primorsky-krai'], ['en', 'Vladivostok', 'vladivostok'],
  ['en', 'KCNA', 'kcna'], ['en', 'Yonhap', 'yonhap'], ['en', 'the DPRK', 'north-korea'], ['en', 'the Kremlin', 'kremlin'],
  ['en', 'U.N. sanctions', 'un-sanctions'], ['en', 'the UN sanctions', 'un-sanctions'], ['en', 'United Nations sanctions', 'un-sanctions'],
  ['en', 'Security Council resolutions', 'un-security-council'], ['en', 'sanctions resolutions', 'un-sanctions'],
  ['en', 'the UN Security Council', 'un-security-council'], ['en', 'The Washington Post', 'washington-post'],
  ['en', 'the National Security Council', 'us-national-security-council'], ['en', 'NK News', 'nk-news'],
  ['en', 'Ministry of National Defense', 'sk-defence-ministry'],
  // Korean
  ['ko', '김정은', 'kim-jong-un'], ['ko', '푸틴', 'vladimir-putin'], ['ko', '쇼이구', 'sergei-shoigu'], ['ko', '윤석열', 'yoon-suk-yeol'],
  ['ko', '최선희', 'choe-son-hui'], ['ko', '김여정', 'kim-yo-jong'], ['ko', '페스코프', 'dmitry-peskov'], ['ko', '라브로프', 'sergei-lavrov'],
  ['ko', '블라디보스토크', 'vladivostok'], ['ko', '블라디보스톡', 'vladivostok'], ['ko', '보스토치니 우주기지', 'vostochny-cosmodrome'],
  ['ko', '보스토치니', 'vostochny-cosmodrome'], ['ko', '콤소몰스크나아무레', 'komsomolsk-on-amur'], ['ko', '연해주', 'primorsky-krai'],
  ['ko', '하산역', 'khasan'], ['ko', '아르툠', 'artyom'], ['ko', '아르톰', 'artyom'], ['ko', '조선중앙통신', 'kcna'], ['ko', '연합뉴스', 'yonhap'],
  ['ko', '타스', 'tass'], ['ko', '리아노보스티', 'ria-novosti'], ['ko', '로이터통신', 'reuters'], ['ko', '유엔', 'united-nations'],
  ['ko', '안보리', 'un-security-council'], ['ko', '크렘린궁', 'kremlin'], ['ko', '북한', 'north-korea'],
  ['ko', '유엔 안전보장이사회 결의', 'un-sanctions'], ['ko', '코즐로프', 'alexander-kozlov'], ['ko', '마체고라', 'alexander-matsegora'],
  ['ko', '김영호 통일부 장관', 'kim-yung-ho'],
  // Russian (base and inflected forms)
  ['ru', 'Ким Чен Ын', 'kim-jong-un'], ['ru', 'Ким Чен Ына', 'kim-jong-un'], ['ru', 'Путина', 'vladimir-putin'],
  ['ru', 'Шойгу', 'sergei-shoigu'], ['ru', 'Юн Сок Ёля', 'yoon-suk-yeol'], ['ru', 'Ким Чен Ира', 'kim-jong-il'],
  ['ru', 'Ри Пхён Чхоль', 'ri-pyong-chol'], ['ru', 'КНДР', 'north-korea'], ['ru', 'РФ', 'russia'], ['ru', 'ООН', 'united-nations'],
  ['ru', 'СБ ООН', 'un-security-council'], ['ru', 'Минобороны', 'russian-defence-ministry'],
  ['ru', 'Министерства обороны России', 'russian-defence-ministry'], ['ru', 'ТОФ', 'pacific-fleet'], ['ru', 'ЦТАК', 'kcna'],
  ['ru', 'РИА Новости', 'ria-novosti'], ['ru', 'Роскосмос', 'roscosmos'], ['ru', 'Приморье', 'primorsky-krai'],
  ['ru', 'Комсомольске-на-Амуре', 'komsomolsk-on-amur'], ['ru', 'космодроме Восточный', 'vostochny-cosmodrome'],
  ['ru', 'Артёме', 'artyom'], ['ru', 'Артем', 'artyom'], ['ru', 'Хасан', 'khasan'], ['ru', 'Владивостоке', 'vladivostok'],
  ['ru', 'Белого дома', 'white-house'], ['ru', 'Соединенных Штатах', 'united-states'], ['ru', '«Сухой»', 'sukhoi'],
  ['ru', 'резолюций Совета Безопасности ООН', 'un-sanctions'],
  // Japanese
  ['ja', '金正恩', 'kim-jong-un'], ['ja', 'キム・ジョンウン', 'kim-jong-un'], ['ja', 'プーチン', 'vladimir-putin'], ['ja', 'ショイグ', 'sergei-shoigu'],
  ['ja', 'ウラジオストク', 'vladivostok'], ['ja', 'ボストチヌイ', 'vostochny-cosmodrome'], ['ja', 'ボストーチヌイ宇宙基地', 'vostochny-cosmodrome'],
  ['ja', 'コムソモリスク・ナ・アムーレ', 'komsomolsk-on-amur'], ['ja', '沿海地方', 'primorsky-krai'], ['ja', 'ハサン', 'khasan'],
  ['ja', 'アルチョム', 'artyom'], ['ja', '朝鮮中央通信', 'kcna'], ['ja', '聯合ニュース', 'yonhap'], ['ja', 'タス通信', 'tass'],
  ['ja', 'ロイター', 'reuters'], ['ja', 'AP通信', 'associated-press'], ['ja', '国連', 'united-nations'],
  ['ja', '安全保障理事会', 'un-security-council'], ['ja', 'クレムリン', 'kremlin'], ['ja', 'ペスコフ', 'dmitry-peskov'],
  ['ja', 'ラブロフ', 'sergei-lavrov'], ['ja', '崔善姫', 'choe-son-hui'], ['ja', '金与正', 'kim-yo-jong'], ['ja', '尹錫悦', 'yoon-suk-yeol'],
  ['ja', 'ユン・ソンニョル', 'yoon-suk-yeol'], ['ja', 'コジェミャコ', 'oleg-kozhemyako'],
  // Chinese, simplified
  ['zh', '金正恩', 'kim-jong-un'], ['zh', '普京', 'vladimir-putin'], ['zh', '绍伊古', 'sergei-shoigu'], ['zh', '符拉迪沃斯托克', 'vladivostok'],
  ['zh', '海参崴', 'vladivostok'], ['zh', '东方航天发射场', 'vostochny-cosmodrome'], ['zh', '东方发射场', 'vostochny-cosmodrome'],
  ['zh', '阿穆尔河畔共青城', 'komsomolsk-on-amur'], ['zh', '共青城', 'komsomolsk-on-amur'], ['zh', '滨海边疆区', 'primorsky-krai'],
  ['zh', '哈桑', 'khasan'], ['zh', '阿尔乔姆', 'artyom'], ['zh', '朝中社', 'kcna'], ['zh', '韩联社', 'yonhap'], ['zh', '塔斯社', 'tass'],
  ['zh', '俄新社', 'ria-novosti'], ['zh', '路透社', 'reuters'], ['zh', '美联社', 'associated-press'], ['zh', '联合国', 'united-nations'],
  ['zh', '安理会', 'un-security-council'], ['zh', '克里姆林宫', 'kremlin'], ['zh', '佩斯科夫', 'dmitry-peskov'],
  ['zh', '拉夫罗夫', 'sergei-lavrov'], ['zh', '崔善姬', 'choe-son-hui'], ['zh', '金与正', 'kim-yo-jong'], ['zh', '尹锡悦', 'yoon-suk-yeol'],
  ['zh', '平壤', 'pyongyang'], ['zh', '莫斯科', 'moscow'], ['zh', '首尔', 'seoul'], ['zh', '乌克兰', 'ukraine'], ['zh', '朝鲜', 'north-korea'],
  ['zh', '韩国', 'south-korea'], ['zh', '俄罗斯', 'russia'], ['zh', '美国', 'united-states'], ['zh', '中国', 'china'], ['zh', '苏联', 'soviet-union'],
  ['zh', '科兹洛夫', 'alexander-kozlov'], ['zh', '马采戈拉', 'alexander-matsegora'], ['zh', '科热米亚科', 'oleg-kozhemyako'],
  // Chinese, traditional (Taiwan and Hong Kong outlets)
  ['zh', '普丁', 'vladimir-putin'], ['zh', '蒲亭', 'vladimir-putin'], ['zh', '紹伊古', 'sergei-shoigu'], ['zh', '海參崴', 'vladivostok'],
  ['zh', '東方航天發射場', 'vostochny-cosmodrome'], ['zh', '東方太空發射場', 'vostochny-cosmodrome'],
  ['zh', '阿穆爾河畔共青城', 'komsomolsk-on-amur'], ['zh', '濱海邊疆區', 'primorsky-krai'], ['zh', '阿爾喬姆', 'artyom'],
  ['zh', '韓聯社', 'yonhap'], ['zh', '美聯社', 'associated-press'], ['zh', '聯合國', 'united-nations'], ['zh', '安理會', 'un-security-council'],
  ['zh', '克里姆林宮', 'kremlin'], ['zh', '拉夫羅夫', 'sergei-lavrov'], ['zh', '金與正', 'kim-yo-jong'], ['zh', '尹錫悅', 'yoon-suk-yeol'],
  ['zh', '首爾', 'seoul'], ['zh', '烏克蘭', 'ukraine'], ['zh', '北韓', 'north-korea'], ['zh', '北朝鮮', 'north-korea'],
  ['zh', '南韓', 'south-korea'], ['zh', '俄羅斯', 'russia'], ['zh', '俄國', 'russia'], ['zh', '美國', 'united-states'], ['zh', '中國', 'china'],
  ['zh', '蘇聯', 'soviet-union'], ['zh', '華府', 'washington'], ['zh', '科茲洛夫', 'alexander-kozlov'], ['zh', '馬採戈拉', 'alexander-matsegora'],
  ['zh', '科熱米亞科', 'oleg-kozhemyako'], ['zh', '川普', 'donald-trump'], ['zh', '澤倫斯基', 'volodymyr-zelensky'],
  // German
  ['de', 'Kim Jong-un', 'kim-jong-un'], ['de', 'Wladimir Putin', 'vladimir-putin'], ['de', 'Sergej Schoigu', 'sergei-shoigu'],
  ['de', 'Wladiwostok', 'vladivostok'], ['de', 'Komsomolsk am Amur', 'komsomolsk-on-amur'], ['de', 'Nordkorea', 'north-korea'],
  ['de', 'Südkorea', 'south-korea'], ['de', 'Pjöngjang', 'pyongyang'], ['de', 'Moskau', 'moscow'], ['de', 'den Kreml', 'kremlin'],
  ['de', 'die Vereinten Nationen', 'united-nations'], ['de', 'den UN-Sicherheitsrat', 'un-security-council'],
  ['de', 'das Weiße Haus', 'white-house'], ['de', 'die Vereinigten Staaten', 'united-states'], ['de', 'Russland', 'russia'],
  ['de', 'die Sowjetunion', 'soviet-union'], ['de', 'Russlands Fernost', 'russian-far-east'], ['de', 'Kosmodrom Wostotschny', 'vostochny-cosmodrome'],
  // French
  ['fr', 'Vladimir Poutine', 'vladimir-putin'], ['fr', 'Sergueï Choïgou', 'sergei-shoigu'], ['fr', 'la Corée du Nord', 'north-korea'],
  ['fr', 'Séoul', 'seoul'], ['fr', 'Moscou', 'moscow'], ['fr', 'les Nations unies', 'united-nations'],
  ["fr", "Conseil de sécurité de l'ONU", 'un-security-council'], ['fr', 'le Pentagone', 'pentagon'], ['fr', 'la Maison Blanche', 'white-house'],
  ['fr', 'la Chine', 'china'], ['fr', 'le Japon', 'japan'], ['fr', 'les États-Unis', 'united-states'], ['fr', 'la Russie', 'russia'],
  ['fr', "l'Union soviétique", 'soviet-union'], ['fr', 'Komsomolsk-sur-l\'Amour', 'komsomolsk-on-amur'], ['fr', "sanctions de l'ONU", 'un-sanctions'],
  // Spanish
  ['es', 'Vladímir Putin', 'vladimir-putin'], ['es', 'Corea del Norte', 'north-korea'], ['es', 'Seúl', 'seoul'], ['es', 'Moscú', 'moscow'],
  ['es', 'Pionyang', 'pyongyang'], ['es', 'las Naciones Unidas', 'united-nations'], ['es', 'el Consejo de Seguridad de la ONU', 'un-security-council'],
  ['es', 'la Casa Blanca', 'white-house'], ['es', 'Ucrania', 'ukraine'], ['es', 'Japón', 'japan'], ['es', 'Estados Unidos', 'united-states'],
  ['es', 'Rusia', 'russia'], ['es', 'la Unión Soviética', 'soviet-union'], ['es', 'el Kremlin', 'kremlin'],
  ['es', 'el Extremo Oriente ruso', 'russian-far-east'], ['es', 'el Consejo de Seguridad Nacional', 'us-national-security-council'],
  // Spellings the held-out pages showed missing, generalised to how outlets write them
  ['ru', 'Чвэ Сон Хи', 'choe-son-hui'], ['ru', 'Чве Сон Хи', 'choe-son-hui'], ['ru', 'ограничения Совбеза ООН', 'un-sanctions'],
  ['ja', 'デグチャレフ', 'mikhail-degtyarev'], ['ja', 'デグチャリョフ', 'mikhail-degtyarev'], ['ja', 'スホイ社', 'sukhoi'],
  ['ja', '（共同）', 'kyodo-news'], ['ja', '【ウラジオストク共同】', 'kyodo-news'], ['ja', '国連安全保障理事会決議', 'un-sanctions'],
  ['zh', '蘇愷-35戰機', 'su-35'], ['zh', '苏霍伊公司', 'sukhoi'], ['zh', '勞動黨', 'workers-party-of-korea'], ['zh', '劳动党', 'workers-party-of-korea'],
  ['zh', '南韓聯合參謀本部', 'joint-chiefs-of-staff-sk'], ['zh', '南韓合同參謀本部', 'joint-chiefs-of-staff-sk'], ['zh', '南韓聯參', 'joint-chiefs-of-staff-sk'],
  ['ko', '노동당', 'workers-party-of-korea'], ['ko', '합참', 'joint-chiefs-of-staff-sk'], ['ko', '러시아철도', 'russian-railways'],
  ['ko', '유엔 안보리 대북 제재', 'un-sanctions'], ['ko', '포괄적인 전략적 동반자 관계에 관한 조약', 'partnership-treaty-2024'],
  ['en', "the ruling Workers' Party", 'workers-party-of-korea'], ['en', "Ukraine's military intelligence agency", 'defence-intelligence-of-ukraine'],
  ['de', 'des ukrainischen Militärgeheimdienstes', 'defence-intelligence-of-ukraine'], ['de', 'das Vereinigungsministerium', 'sk-unification-ministry'],
  ['fr', "le ministère sud-coréen de l'Unification", 'sk-unification-ministry'], ['fr', "l'armée populaire de Corée", 'korean-peoples-army'],
  ['es', 'el Ministerio de Unificación', 'sk-unification-ministry'],
  // Country abbreviation compounds (src/core/abbreviations.ts): each letter names its country
  ['ko', '북·러', 'russia'], ['ko', '한미일', 'japan'], ['ja', '日米韓', 'united-states'], ['ja', '露朝首脳会談', 'north-korea'],
  ['zh', '中俄关系', 'russia'], ['zh', '美韓日', 'south-korea'],
];

/** [language, newspaper as written, the paper's id, the place or country it must NOT produce] */
const NEWSPAPERS: [Lang, string, string, string][] = [
  ['en', 'The Washington Post', 'washington-post', 'washington'],
  ['en', 'the New York Times', 'new-york-times', 'new-york'],
  ['en', 'The Moscow Times', 'moscow-times', 'moscow'],
  ['en', 'The Japan Times', 'japan-times', 'japan'],
  ['en', 'The Korea Times', 'korea-times', 'south-korea'],
  ['en', 'the Korea Herald', 'korea-herald', 'south-korea'],
  ['en', 'NK News', 'nk-news', 'north-korea'],
  ['en', 'Daily NK', 'daily-nk', 'north-korea'],
  ['en', 'The Kyiv Independent', 'kyiv-independent', 'kyiv'],
  ['en', 'China Daily', 'china-daily', 'china'],
  ['en', 'The Chosun Ilbo', 'chosun-ilbo', 'north-korea'],
  ['ko', '조선일보', 'chosun-ilbo', 'north-korea'],
  ['ko', '뉴욕타임스', 'new-york-times', 'new-york'],
  ['ko', '워싱턴포스트', 'washington-post', 'washington'],
  ['ja', 'ニューヨーク・タイムズ', 'new-york-times', 'new-york'],
  ['ja', '朝鮮日報', 'chosun-ilbo', 'north-korea'],
  ['zh', '华盛顿邮报', 'washington-post', 'washington'],
  ['zh', '紐約時報', 'new-york-times', 'new-york'],
  ['zh', '中国日报', 'china-daily', 'china'],
  ['ru', 'Нью-Йорк таймс', 'new-york-times', 'new-york'],
  ['de', 'die Washington Post', 'washington-post', 'washington'],
];

function idsIn(lang: Lang, text: string): string[] {
  return findEntities(text, dataset, lang).linked.map((m) => m.id as string);
}

describe('real-world spellings resolve to the right entity', () => {
  it('covers at least 150 spellings across all eight languages, traditional Chinese included', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SPELLINGS.map(([l]) => l)).size).toBe(8);
    expect(SPELLINGS.some(([l, s]) => l === 'zh' && /[國聯韓參發濱爾羅與錫蘇華紹]/u.test(s))).toBe(true);
  });

  it.each(SPELLINGS)('%s: "%s" names %s', (lang, spelling, id) => {
    const text = frame[lang](spelling);
    const linked = findEntities(text, dataset, lang).linked;
    const hit = linked.find((m) => m.id === id);
    expect(hit, `${text} → ${linked.map((m) => m.id).join(', ')}`).toBeDefined();
    // the mention lies on the spelling itself, not on the frame around it
    const at = text.indexOf(spelling);
    expect(hit!.start).toBeGreaterThanOrEqual(at);
    expect(hit!.end).toBeLessThanOrEqual(at + spelling.length + 1);
  });
});

describe('newspapers named after a place are the paper, not the place', () => {
  it.each(NEWSPAPERS)('%s: "%s" is %s and not %s', (lang, paper, paperId, placeId) => {
    const ids = idsIn(lang, frame[lang](paper));
    expect(ids).toContain(paperId);
    expect(ids).not.toContain(placeId);
  });
});

describe('ordinary words are not names', () => {
  it.each([
    ['ko', '조선업 수주가 늘었다는 소식이다.', 'north-korea'],
    ['en', 'A US National Security Council spokesman spoke.', 'un-security-council'],
    ['en', 'He waved from the train in the Russian Far Eastern city of Artyom.', 'russian-far-east'], // an adjective
    ['ko', '거울 대신 미러 관계를 살폈다.', 'russia'], // 미러 'mirror'
    ['ja', '朝露が降りた朝に出発した。', 'russia'], // 朝露 'morning dew'
    ['zh', '其中美国表示反对。', 'china'], // 其中 'among them'
  ] as [Lang, string, string][])('%s: "%s" does not produce %s', (lang, text, id) => {
    expect(idsIn(lang, text)).not.toContain(id);
  });
});

describe('spellings in the added languages, as their outlets write them', () => {
  const cases: [string, string, string, string][] = [
    ['pl', 'Kim wyjechał z Pjongjangu, stolicy Korei Płn., do Rosji.', 'Korei Płn.', 'north-korea'],
    ['pl', 'Według mediów Korea Płn. szykuje wizytę.', 'Korea Płn.', 'north-korea'],
    ['ro', 'Putin l-a primit pe Kim la Cosmodromul Vostocini.', 'Cosmodromul Vostocini', 'vostochny-cosmodrome'],
    ['ro', 'Întâlnirea a avut loc în regiunea Amur.', 'regiunea Amur', 'amur-oblast'],
  ];
  it.each(cases)('%s: %s', (lang, text, name, id) => {
    const linked = findEntities(text, dataset, lang).linked.filter((m) => m.id === id);
    expect(linked.map((m) => text.slice(m.start, m.end))).toContain(name);
  });
});
