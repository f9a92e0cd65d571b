/**
 * Rules for speakers relayed through agencies, dropped subjects and oblique forms, one test per rule.
 * Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import type { LinkedMention } from '../../src/core/types';
import { DATASET, paragraphs, run, summary, type Surface } from './quotes-support';

const JA: Surface[] = [
  ['金総書記', 'kim-jong-un', 'person'],
  ['松野官房長官', 'hirokazu-matsuno', 'person'],
  ['ペスコフ', 'dmitry-peskov', 'person'],
  ['プーチン', 'vladimir-putin', 'person'],
  ['朝鮮中央通信', 'kcna', 'organisation'],
  ['タス通信', 'tass', 'organisation'],
];

describe('Japanese', () => {
  test('a title between the name and は binds whatever follows it (no spaces in Japanese)', () => {
    expect(summary('タス通信によると、ペスコフ報道官は会見後、記者団に「協力の余地は大きい」と述べた。', JA, 'ja')).toEqual([
      '協力の余地は大きい | dmitry-peskov | via tass',
    ]);
  });
  test('an agency quoted through "によると" relays the words of the person who is the topic', () => {
    expect(summary('朝鮮中央通信によると、金総書記は訪問先の工場で「揺るぎない連帯」を改めて示した。', JA, 'ja')).toEqual([
      '揺るぎない連帯 | kim-jong-un | via kcna',
    ]);
  });
  test('a report verb at the end: the person marked with が said it, the reporting topic relays', () => {
    expect(summary('朝鮮中央通信は、金総書記が夕食会で「友情は永遠だ」と述べ、謝意を示したと伝えた。', JA, 'ja')).toEqual([
      '友情は永遠だ | kim-jong-un | via kcna',
    ]);
  });
  test('a dropped subject carries on from the previous sentence\'s topic', () => {
    expect(summary('松野官房長官は午後の会見で、外交ルートで抗議したと説明した。その上で「看過できない行為だ」と語った。', JA, 'ja')).toEqual([
      '看過できない行為だ | hirokazu-matsuno',
    ]);
  });
  test('「…」として and と書き込んだ are speech cues', () => {
    expect(summary('ペスコフ氏は通信アプリに「会談は実り多かった」と書き込んだ。', JA, 'ja')).toEqual(['会談は実り多かった | dmitry-peskov']);
    expect(summary('松野官房長官は「断じて受け入れられない」として、関係国と連携する考えを示した。', JA, 'ja')).toEqual([
      '断じて受け入れられない | hirokazu-matsuno',
    ]);
  });
});

describe('Spanish', () => {
  const ES: Surface[] = [
    ['Kim', 'kim-jong-un', 'person'],
    ['Putin', 'vladimir-putin', 'person'],
    ['KCNA', 'kcna', 'organisation'],
  ];
  test('"según KCNA, … y Kim invitó…": the person in the quote\'s clause speaks, the agency relays', () => {
    expect(summary('Según KCNA, los dos países firmaron «un acuerdo histórico» y Kim animó a Putin a volver «cuando quiera».', ES, 'es')).toEqual([
      'un acuerdo histórico | kcna',
      'cuando quiera | kim-jong-un | via kcna',
    ]);
  });
});

describe('Russian', () => {
  const RU: Surface[] = [
    ['Лавров', 'sergei-lavrov', 'person'],
    ['Чвэ Сон Хи', 'choe-son-hui', 'person'],
    ['ЦТАК', 'kcna', 'organisation'],
  ];
  test('"по его словам": the possessive pronoun names the speaker', () => {
    expect(summary('Лавров выступил перед журналистами. По его словам, переговоры прошли «в деловом ключе».', RU, 'ru')).toEqual([
      'в деловом ключе | sergei-lavrov',
    ]);
  });
  test('"приводит её слова ЦТАК": the pronoun speaks, the agency after it relays', () => {
    expect(summary('Чвэ Сон Хи поблагодарила гостей. «Дружба наших стран крепнет», — приводит ее слова ЦТАК.', RU, 'ru')).toEqual([
      'Дружба наших стран крепнет | choe-son-hui | via kcna',
    ]);
  });
  test('"сообщили в пресс-службе X": the office named after "в" speaks', () => {
    expect(summary('«Движение поездов восстановлено», — сообщили в пресс-службе ФПК.', [], 'ru')).toEqual([
      'Движение поездов восстановлено | ФПК',
    ]);
  });
});

describe('verbs added to the lexicons', () => {
  test('Spanish: "confirmó" makes its subject the antecedent of a dropped one; "había informado" reports', () => {
    const S: Surface[] = [
      ['Dmitri Peskov', 'dmitry-peskov', 'person'],
      ['Kim', 'kim-jong-un', 'person'],
      ['KCNA', 'kcna', 'organisation'],
    ];
    expect(
      summary('Kim dijo que «todo va bien». El portavoz, Dmitri Peskov, confirmó la fecha. «Habrá dos rondas», señaló a la prensa.', S, 'es'),
    ).toEqual(['todo va bien | kim-jong-un', 'Habrá dos rondas | dmitry-peskov']);
    expect(summary('La agencia KCNA había informado de que el líder "viajará en tren".', S, 'es')).toEqual(['viajará en tren | kcna']);
  });
  test('Chinese: 回答 and 直言 are speech verbs', () => {
    const S: Surface[] = [['普京', 'vladimir-putin', 'person']];
    expect(summary('被问到是否提供援助时，普京回答：「我们会讨论所有问题。」', S, 'zh')).toEqual(['我们会讨论所有问题。 | vladimir-putin']);
    expect(summary('普京更直言，这次合作「对双方都有利」。', S, 'zh')).toEqual(['对双方都有利 | vladimir-putin']);
  });
  test('Korean: ~다며 closes reported speech even with words between it and the quote', () => {
    const S: Surface[] = [['김 위원장', 'kim-jong-un', 'person']];
    expect(summary('김 위원장은 연설에서 양국이 "새로운 단계의 협력"을 시작했다며 만족을 표했다.', S, 'ko')).toEqual([
      '새로운 단계의 협력 | kim-jong-un',
    ]);
  });
  test('German: the perfect participle ("hatte … gesagt") is a speech verb', () => {
    const S: Surface[] = [['Wladimir Putin', 'vladimir-putin', 'person']];
    expect(summary('Wladimir Putin hatte am Montag in Moskau gesagt, man erwarte Gespräche "ohne Eile".', S, 'de')).toEqual([
      'ohne Eile | vladimir-putin',
    ]);
  });
});

describe('English pronouns in columns and features', () => {
  const S: Surface[] = [
    ['Yoon Suk Yeol', 'yoon-suk-yeol', 'person'],
    ['Yoon', 'yoon-suk-yeol', 'person'],
    ['Marta Ruiz', null, 'person'],
  ];
  test("a paragraph whose narrative names one person: the pronoun after its quote is that person", () => {
    const text = [
      'Yoon told parliament the deal "crosses a line." He is right.',
      'I phoned Marta Ruiz, who ran the ferry office for thirty years. She remembers the last crisis. "Nobody here sleeps well," she told me.',
    ].join('\n');
    expect(summary(text, S)).toEqual(['crosses a line. | yoon-suk-yeol', 'Nobody here sleeps well | Marta Ruiz']);
  });
  test('a speaker the recogniser missed is known by surname later on', () => {
    const text = [
      '"We fly more than anyone," said coach Pavel Orlinsky.',
      'Defender Ilya Marchenko says the travel helps. "It makes us tough," he said.',
      'The team is fourth. On Sunday, Orlinsky wants a draw. "A point would do," he said.',
    ].join('\n');
    expect(summary(text, [])).toEqual([
      'We fly more than anyone | Pavel Orlinsky',
      'It makes us tough | Defender Ilya Marchenko',
      'A point would do | Pavel Orlinsky',
    ]);
  });
});

describe('organisations and countries as speakers', () => {
  const S: Surface[] = [
    ['North Korea', 'north-korea', 'place'],
    ['Washington', null, 'place'],
    ['KCNA', 'kcna', 'organisation'],
    ['Kim', 'kim-jong-un', 'person'],
  ];
  test('"Its statement said": the organisation named last', () => {
    expect(summary('KCNA carried a long piece on the trip. Its commentary said the visit was "a turning point" for both sides.', S)).toEqual([
      'a turning point | kcna',
    ]);
  });
  test('a country speaks when only auxiliaries stand before its verb', () => {
    expect(summary('North Korea has since accused Washington of "hostile intent" at the talks.', S)).toEqual(['hostile intent | north-korea']);
  });
  test('German and French verbs: jubelte, a appelé', () => {
    expect(summary('Die Agentur KCNA jubelte am Montag, Kim habe „einen großen Sieg“ errungen.', S, 'de')).toEqual(['einen großen Sieg | kcna']);
    expect(summary('KCNA a appelé Séoul à « cesser les manœuvres » dès cette semaine.', S, 'fr')).toEqual(['cesser les manœuvres | kcna']);
  });
});

describe('more ways to name the speaker', () => {
  test('"the company said": the organisation named last, and nobody when none was named', () => {
    const S: Surface[] = [['Amur Rail Freight', null, 'organisation']];
    expect(summary('"Some trains will be late," the company said.', S)).toEqual(['Some trains will be late | -']);
    expect(summary('Amur Rail Freight changed its timetable. "All lines are open again," the company said.', S)).toEqual([
      'All lines are open again | Amur Rail Freight',
    ]);
  });
  test('a colon after "für/for X": X holds the view the quote gives', () => {
    expect(summary('Für Russland-Kenner Paul Weber ist die Sache klar: „Moskau braucht Munition.“', [], 'de')).toEqual([
      'Moskau braucht Munition. | Paul Weber',
    ]);
  });
  test('Japanese: the speaker named after the quote with が', () => {
    expect(summary('「協力を深めたい」とプーチン氏が述べた。', JA, 'ja')).toEqual(['協力を深めたい | vladimir-putin']);
  });
  test('a headline quote repeated below takes the attribution of the text', () => {
    const S: Surface[] = [
      ['Kremlin', 'kremlin', 'organisation'],
      ['Dmitry Peskov', 'dmitry-peskov', 'person'],
    ];
    const text = "Kremlin: 'No deals were signed'\nKremlin spokesman Dmitry Peskov told reporters that \"no deals were signed\" at the summit.";
    const blocks = [
      { start: 0, end: 31, tag: 'h2' },
      { start: 32, end: text.length, tag: 'p' },
    ];
    expect(summary(text, S, 'en', blocks)).toEqual(['No deals were signed | dmitry-peskov', 'no deals were signed | dmitry-peskov']);
  });
});

describe('who did not say it', () => {
  const S: Surface[] = [
    ['Security Council', null, 'organisation'],
    ['Moscow', 'moscow', 'place'],
    ['Kim', 'kim-jong-un', 'person'],
    ['Putin', 'vladimir-putin', 'person'],
  ];
  test('", and officials have warned": a new clause with its own (unnamed) subject', () => {
    expect(summary('The Security Council has banned arms sales to the North, and officials have warned that Moscow would "face costs" for any deal.', S)).toEqual([
      'face costs | -',
    ]);
  });
  test('", and said": the sentence subject carries on', () => {
    expect(summary('Putin met the governor in the morning, and said the talks were "useful".', S)).toEqual(['useful | vladimir-putin']);
  });
  test('"an interpreter said" names nobody: the quote is not the sentence subject\'s', () => {
    expect(summary('Kim thanked Putin for the visit "despite the short notice," an interpreter said.', S)).toEqual(['despite the short notice | -']);
    expect(summary('Kim thanked Putin for the visit "despite the short notice," said one official.', S)).toEqual(['despite the short notice | -']);
  });
  test('a country inside an organisation\'s name is not a candidate; an untyped name after the title speaks', () => {
    const text = 'US State Department spokesperson Mary Lennox spoke again on Monday about the shipments, and said they would "break the rules".';
    const mentions: LinkedMention[] = [
      { id: null, name: 'US State Department', type: 'organisation', start: 0, end: 19 },
      { id: null, name: 'US', type: 'place', start: 0, end: 2 },
    ];
    const quotes = findQuotes({ text, blocks: paragraphs(text), mentions, lang: 'en', dataset: DATASET });
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['break the rules', 'Mary Lennox']]);
  });
});

describe('a lead paragraph that announces a block quotation', () => {
  test('Korean "다음과 같은 글을 올렸다" and English "wrote the following" without a colon', () => {
    const ko = '김 위원장은 방명록에 다음과 같은 글을 올렸다.\n두 나라의 우정은 영원할 것이다.';
    const koBlocks = [
      { start: 0, end: ko.indexOf('\n'), tag: 'p' },
      { start: ko.indexOf('\n') + 1, end: ko.length, tag: 'blockquote' },
    ];
    expect(summary(ko, [['김 위원장', 'kim-jong-un', 'person']], 'ko', koBlocks)).toEqual(['두 나라의 우정은 영원할 것이다. | kim-jong-un']);
    const en = 'Shoigu wrote the following in the guest book.\nOur friendship will last for ever.';
    const enBlocks = [
      { start: 0, end: en.indexOf('\n'), tag: 'p' },
      { start: en.indexOf('\n') + 1, end: en.length, tag: 'blockquote' },
    ];
    expect(summary(en, [['Shoigu', 'sergei-shoigu', 'person']], 'en', enBlocks)).toEqual(['Our friendship will last for ever. | sergei-shoigu']);
  });
  test('a lead that announces nothing gives no speaker', () => {
    const en = 'Shoigu toured the plant in the morning.\nOur friendship will last for ever.';
    const blocks = [
      { start: 0, end: en.indexOf('\n'), tag: 'p' },
      { start: en.indexOf('\n') + 1, end: en.length, tag: 'blockquote' },
    ];
    expect(summary(en, [['Shoigu', 'sergei-shoigu', 'person']], 'en', blocks)).toEqual(['Our friendship will last for ever. | -']);
  });
});

describe('names by their parts', () => {
  test('a lone surname that stood earlier after a given name is that person, and so is the pronoun after it', () => {
    const S: Surface[] = [['Putin', 'vladimir-putin', 'person']];
    const text = 'Nora Whitfield, 74, a retired teacher, watched the talks at home.\nPutin spoke for an hour.\n"It felt like 1985," Whitfield said. "Nothing changes," she added.';
    expect(summary(text, S)).toEqual(['It felt like 1985 | Nora Whitfield', 'Nothing changes | Nora Whitfield']);
  });
  test('Korean: a verb ending before a titled name is not the name ("…에 따르면 김 위원장은")', () => {
    const S: Surface[] = [['연합뉴스', 'yonhap', 'organisation']];
    // a one-syllable surname is no titled name: the source of "에 따르면" stays, not the verb ending
    expect(summary('연합뉴스에 따르면 박 위원장은 "협력을 넓히겠다"고 말했다.', S, 'ko')).toEqual(['협력을 넓히겠다 | yonhap']);
    expect(summary('연합뉴스에 따르면 최민호 위원장은 "협력을 넓히겠다"고 말했다.', S, 'ko')).toEqual(['협력을 넓히겠다 | 최민호 | via yonhap']);
  });
});

describe('prepositional sources and perspective', () => {
  test('German "Laut KCNA sagte Kim": the agency is the source, the subject after the verb speaks', () => {
    const S: Surface[] = [
      ['KCNA', 'kcna', 'organisation'],
      ['Kim', 'kim-jong-un', 'person'],
      ['Russland', 'russia', 'place'],
    ];
    expect(summary('Laut der Staatsagentur KCNA sagte Kim, Russland führe einen „gerechten Kampf“.', S, 'de')).toEqual([
      'gerechten Kampf | kim-jong-un | via kcna',
    ]);
  });
  test('French "Pour le politologue X, la France …: « … »": X holds the view, not the clause subject', () => {
    const S: Surface[] = [['France', null, 'place']];
    expect(summary('Pour le politologue Marc Delorme, la France change d’époque : « Plus rien ne sera comme avant. »', S, 'fr')).toEqual([
      'Plus rien ne sera comme avant. | Marc Delorme',
    ]);
  });
  test('Chinese: a titled name ends before 警告 and other verbs', () => {
    expect(summary('美国国务院发言人米勒警告说，任何交易都将“违反安理会决议”。', [], 'zh')).toEqual(['违反安理会决议 | 米勒']);
  });
});

describe('a description after the verb', () => {
  test('refers back to the one person the paragraph names; an unnamed role names nobody', () => {
    expect(summary('Marc Delorme a réclamé le pouvoir. « Le pays doit changer », a lancé le dirigeant du parti devant ses partisans.', [['Marc Delorme', null, 'person']], 'fr')).toEqual([
      'Le pays doit changer | Marc Delorme',
    ]);
    const S: Surface[] = [['Putin', 'vladimir-putin', 'person']];
    expect(summary('Putin arrived at noon. "Welcome to Amur," said the interpreter.', S)).toEqual(['Welcome to Amur | -']);
  });
});

describe('titles with prepositions, a closing "according to", a quote that runs on into the next paragraph', () => {
  const S: Surface[] = [
    ['Linda Thomas-Greenfield', 'linda-thomas-greenfield', 'person'],
    ['United Nations', 'united-nations', 'organisation'],
    ['KCNA', 'kcna', 'organisation'],
    ['Kim', 'kim-jong-un', 'person'],
    ['Putin', 'vladimir-putin', 'person'],
  ];
  test('"Ambassador to the United Nations X said": the name after the title speaks, not the organisation in it', () => {
    expect(summary('The US Ambassador to the United Nations Linda Thomas-Greenfield said the talks were "a sign of weakness".', S)).toEqual([
      'a sign of weakness | linda-thomas-greenfield',
    ]);
  });
  test('"X, the ambassador to the United Nations, said": the organisation inside the title still does not speak', () => {
    expect(summary('Linda Thomas-Greenfield, the US ambassador to the United Nations, said the move "smells of panic".', S)).toEqual([
      'smells of panic | linda-thomas-greenfield',
    ]);
  });
  test('a closing "according to X" sources the whole sentence, across a clause of its own', () => {
    expect(summary('The talks opened "a new chapter" and will be followed by more visits, according to KCNA.', S)).toEqual([
      'a new chapter | kcna',
    ]);
    // a person as the subject still speaks, with the agency relaying
    expect(summary('Kim promised "full support" for the campaign and will visit again, according to KCNA.', S)).toEqual([
      'full support | kim-jong-un | via kcna',
    ]);
  });
  test('a paragraph that is only a quote goes on with the speaker who closed the paragraph before', () => {
    const text = '"We will stand together," Putin said.\n\n"Nothing will divide our peoples."';
    expect(summary(text, S)).toEqual(['We will stand together | vladimir-putin', 'Nothing will divide our peoples. | vladimir-putin']);
  });
  test('…but not after a paragraph that ran on past its quote', () => {
    const text = '"We will stand together," Putin said, before the two men walked over to the launch pad to watch the crews at work there.\n\n"Nothing will divide our peoples."';
    expect(summary(text, S)[1]).toBe('Nothing will divide our peoples. | -');
  });
});

describe('who speaks through a participle, a possessive, a press service, a passive', () => {
  const S: Surface[] = [
    ['Kremlin', 'kremlin', 'organisation'],
    ['KCNA', 'kcna', 'organisation'],
    ['Kim', 'kim-jong-un', 'person'],
    ['Putin', 'vladimir-putin', 'person'],
    ['Russia', 'russia', 'place'],
    ['Primorsky Krai Administration', 'primorsky-krai-administration', 'organisation'],
  ];
  test('", saying he would …": the main clause subject speaks, not the name in its that-clause', () => {
    expect(summary('The Kremlin confirmed that Kim was coming to Russia, saying he would stay "for several days."', S)).toEqual([
      'for several days. | kremlin',
    ]);
  });
  test('"a statement on the Kremlin\'s website said": the organisation speaks through what it owns', () => {
    expect(summary('A short statement on the Kremlin\'s website said the talks would be "substantive".', S)).toEqual(['substantive | kremlin']);
    // a person's possessive is not the speaker: "Putin's interpreter said" names nobody we know
    expect(summary('Putin\'s interpreter said the guest was "very tired".', S)).not.toContain('very tired | vladimir-putin');
  });
  test('"the press service of X revealed": the organisation speaks through its press service', () => {
    expect(summary('The gifts were "made by local craftsmen," the press service of the Primorsky Krai Administration revealed.', S)).toEqual([
      'made by local craftsmen | primorsky-krai-administration',
    ]);
  });
  test('"called by Putin "…"": the passive names its speaker after "by"', () => {
    expect(summary('After what were called by Putin "frank and useful" talks, Kim went home.', S)).toEqual(['frank and useful | vladimir-putin']);
  });
});

describe('the title a page gives a speaker the dataset does not know', () => {
  const title = (text: string): string | undefined => run(text).find((q) => q.speaker)?.speaker?.title;
  test('before the name, after it between commas, and none when the page gives none', () => {
    expect(title('"We will not hesitate," State Department spokesman Matthias Millerson told reporters.')).toBe('State Department spokesman');
    expect(title('Hanna Kowalczyk, a senior fellow at the Baltic Institute, said it was "a marriage of convenience".')).toBe('senior fellow at the Baltic Institute');
    expect(title('"It is about shells," said Peter Quist.')).toBeUndefined();
  });
});

describe('French and Spanish: a participle after a comma, a passive with "par"/"por"', () => {
  const S: Surface[] = [
    ['Kremlin', 'kremlin', 'organisation'],
    ['Kim', 'kim-jong-un', 'person'],
    ['Poutine', 'vladimir-putin', 'person'],
    ['Putin', 'vladimir-putin', 'person'],
  ];
  test('", affirmant qu\'il …" and ", asegurando que él …": the main clause subject speaks', () => {
    expect(summary('Le Kremlin a confirmé la venue de Kim, affirmant qu\'il resterait « plusieurs jours ».', S, 'fr')).toEqual(['plusieurs jours | kremlin']);
    expect(summary('El Kremlin confirmó la visita de Kim, asegurando que él se quedaría «varios días».', S, 'es')).toEqual(['varios días | kremlin']);
  });
  test('"qualifiés par Poutine de « … »" and "calificadas por Putin de «…»"', () => {
    expect(summary('Après des entretiens qualifiés par Poutine de « très utiles », Kim est reparti.', S, 'fr')).toEqual(['très utiles | vladimir-putin']);
    expect(summary('Tras unas conversaciones calificadas por Putin de «muy útiles», Kim siguió su viaje.', S, 'es')).toEqual(['muy útiles | vladimir-putin']);
  });
});
