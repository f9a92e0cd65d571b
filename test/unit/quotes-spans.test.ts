import { describe, expect, test } from 'vitest';
import { run } from './quotes-support';

const texts = (text: string, lang = 'en') => run(text, [], lang).map((q) => q.text);

describe('quotation marks', () => {
  test('straight and curly double quotes, with offsets inside the marks', () => {
    const text = 'He said "We are ready to help." She said “We have enough time.”';
    const quotes = run(text);
    expect(quotes.map((q) => q.text)).toEqual(['We are ready to help.', 'We have enough time.']);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  test('French guillemets with no-break spaces inside', () => {
    expect(texts('Il a déclaré : « Nous n’hésiterons pas à agir ».', 'fr')).toEqual(['Nous n’hésiterons pas à agir']);
  });

  test('German „…“ and reversed »…«, Russian inner „…“', () => {
    expect(texts('Er sagte: „Wir sind bereit zu helfen.“', 'de')).toEqual(['Wir sind bereit zu helfen.']);
    expect(texts('Er sagte: »Wir sind bereit zu helfen.«', 'de')).toEqual(['Wir sind bereit zu helfen.']);
    expect(texts('Он сказал: «Мы назвали это „великой дружбой“ навсегда».', 'ru')).toEqual(['Мы назвали это „великой дружбой“ навсегда']);
  });

  test('Japanese corner brackets, white corner brackets and Chinese/Korean curly quotes', () => {
    expect(texts('金総書記は「ロシアと共にある」と述べた。', 'ja')).toEqual(['ロシアと共にある']);
    expect(texts('報道官は『重大な懸念』を表明したと述べた。', 'ja')).toEqual(['重大な懸念']);
    expect(texts('普京表示：“这正是我们来这里的原因。”', 'zh')).toEqual(['这正是我们来这里的原因。']);
    expect(texts('푸틴 대통령은 “그래서 우리가 여기에 왔다”고 말했다.', 'ko')).toEqual(['그래서 우리가 여기에 왔다']);
  });

  test('single quotes in a headline, not fooled by the possessive', () => {
    const quotes = run("Kim backs Russia's 'sacred fight' against the West", [['Kim', 'kim-jong-un', 'person']], 'en', [
      { start: 0, end: 50, tag: 'h1' },
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['sacred fight']);
    expect(quotes[0]?.speaker?.id).toBe('kim-jong-un');
  });

  test('an apostrophe-heavy paragraph has no quotes', () => {
    const text =
      "Kim's train, a relic of the '90s, rolled in at six o'clock. Jong-un's aides don't like rock 'n' roll or rock'n'roll, " +
      "and the allies' worries about Russia's plans weren't eased by Moscow's silence on the Kims' intentions.";
    expect(texts(text)).toEqual([]);
  });

  test('single quotes inside double quotes belong to the outer quote', () => {
    const text = '"When he speaks of a \'sacred fight\' against \'hegemonic forces\', he is reading the Kremlin\'s script," she said.';
    expect(texts(text)).toEqual(["When he speaks of a 'sacred fight' against 'hegemonic forces', he is reading the Kremlin's script"]);
  });

  test('a plural possessive inside a single-quoted quote does not close it', () => {
    expect(texts("Putin said: 'the two leaders' talks were very useful'.")).toEqual(["the two leaders' talks were very useful"]);
  });

  test('a multi-paragraph quote is one quote from the first mark to the last', () => {
    const text = 'Putin told reporters:\n"We will talk about all the issues without haste.\n"We have enough time," he said.\nThe talks lasted five hours.';
    const quotes = run(text, [['Putin', 'vladimir-putin', 'person']]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('We will talk about all the issues without haste.\n"We have enough time');
    expect(quotes[0]?.speaker?.id).toBe('vladimir-putin');
  });

  test('an unbalanced mark never swallows the next paragraphs', () => {
    const text = 'Kim said "we are ready to help Russia.\nThe talks lasted five hours.\n"We have enough time," Putin said.';
    const quotes = run(text, [['Putin', 'vladimir-putin', 'person'], ['Kim', 'kim-jong-un', 'person']]);
    expect(quotes.map((q) => q.text)).toEqual(['We have enough time']);
  });

  test('never throws on odd input', () => {
    for (const t of ['"', "'", '«', '」', '" "', '“”', 'a"b"c', '\n\n"\n"', '„Hallo', '»', '‘’‘’']) {
      expect(() => run(t)).not.toThrow();
    }
  });
});

describe('markup quotes', () => {
  test('a <blockquote> is one quote of kind "block", with its "— Name" line as speaker', () => {
    const text = 'The ambassador told reporters in New York:\nRussia turning to North Korea shows how desperate it is.\n— Linda Thomas-Greenfield';
    const lead = text.indexOf('\n');
    const blocks = [
      { start: 0, end: lead, tag: 'p' },
      { start: lead + 1, end: text.length, tag: 'blockquote' },
      { start: lead + 1, end: text.lastIndexOf('\n'), tag: 'p' },
    ];
    const quotes = run(text, [], 'en', blocks);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'block', text: 'Russia turning to North Korea shows how desperate it is.' });
    expect(quotes[0]?.speaker?.name).toBe('Linda Thomas-Greenfield');
  });

  test('a <q> element is a quote although the text has no marks', () => {
    const text = 'Putin said the two leaders would talk without haste and told him we have enough time today.';
    const start = text.indexOf('we have');
    const end = text.indexOf(' today');
    const quotes = run(text, [['Putin', 'vladimir-putin', 'person']], 'en', [
      { start: 0, end: text.length, tag: 'p' },
      { start, end, tag: 'q' },
    ]);
    expect(quotes.map((q) => [q.text, q.speaker?.id])).toEqual([['we have enough time', 'vladimir-putin']]);
  });
});

describe('kinds and scare quotes', () => {
  test('partial quotes sit inside the sentence, direct ones are sentences', () => {
    const quotes = run('Yoon termed the alliance "illegal and unjust." Putin said: "We are ready to help."', [
      ['Yoon', 'yoon-suk-yeol', 'person'],
      ['Putin', 'vladimir-putin', 'person'],
    ]);
    expect(quotes.map((q) => q.kind)).toEqual(['partial', 'direct']);
  });

  test('scare quotes around one or two words with no cue are dropped', () => {
    expect(texts('The so-called "axis of upheaval" worries Seoul. The "friendship" train left Artyom on time.')).toEqual([]);
  });

  test('a title-case name in quotes is not a quotation, a cued short quote is', () => {
    expect(texts('A band played "Farewell of Slavianka" as the train left.')).toEqual([]);
    expect(texts('Putin said there were still "prospects" for cooperation.')).toEqual(['prospects']);
  });
});

describe('quote text', () => {
  test('drops a comma, semicolon or colon typeset inside the closing mark, but keeps the speaker\'s own . ? !', () => {
    const text = 'Yoon termed it "illegal and unjust," and left. Putin asked: "Why not?" Kim said: "We are ready." He added "soon;" then left.';
    expect(texts(text)).toEqual(['illegal and unjust', 'Why not?', 'We are ready.', 'soon']);
  });
});
