import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run, SEED_SURFACES, summary, type Surface } from './quotes-support';

const PEOPLE: Surface[] = [
  ['Vladimir Putin', 'vladimir-putin', 'person'],
  ['Putin', 'vladimir-putin', 'person'],
  ['Kim Jong Un', 'kim-jong-un', 'person'],
  ['Kim', 'kim-jong-un', 'person'],
  ['Dmitry Peskov', 'dmitry-peskov', 'person'],
  ['Sergei Shoigu', 'sergei-shoigu', 'person'],
  ['Kremlin', 'kremlin', 'organisation'],
  ['KCNA', 'kcna', 'organisation'],
  ['Yonhap', 'yonhap', 'organisation'],
  ['Reuters', 'reuters', 'organisation'],
  ['TASS', 'tass', 'organisation'],
  ['RIA', 'ria-novosti', 'organisation'],
  ['Moscow', 'moscow', 'place'],
  ['Russia', 'russia', 'place'],
];

describe('the seed article', () => {
  test('exactly four quotations with their speakers and via', () => {
    const text = readFileSync('/work/shared/seed/seed-article.txt', 'utf8');
    expect(summary(text, SEED_SURFACES)).toEqual([
      'a new heyday of friendship, solidarity, and cooperation in the history of the development of relations between the DPRK and Russia | kcna',
      'illegal and unjust | yoon-suk-yeol',
      'unite more tightly | yoon-suk-yeol',
      'exchanged their constructive opinions on the practical issues arising in further strengthening the strategic and tactical ' +
        'coordination, cooperation and mutual exchange between the armed forces of the two countries and in the fields of their ' +
        'national defence and security | kcna | via reuters',
    ]);
    const cues = run(text, SEED_SURFACES).map((q) => q.cue);
    expect(cues).toEqual(['according to', 'termed', 'said', 'said']);
  });
});

describe('where the cue stands', () => {
  test('before the quote, after it, and inverted after it', () => {
    expect(summary('Peskov said: "No documents will be signed."', [['Peskov', 'dmitry-peskov', 'person']])).toEqual([
      'No documents will be signed. | dmitry-peskov',
    ]);
    expect(summary('"We are ready to help," Putin said.', PEOPLE)).toEqual(['We are ready to help | vladimir-putin']);
    expect(summary('"We are ready to help," said Putin on Wednesday.', PEOPLE)).toEqual(['We are ready to help | vladimir-putin']);
  });

  test('a split quote gives two quotes with the same speaker', () => {
    expect(summary('"We are ready," Putin said, "to help our friends in every way."', PEOPLE)).toEqual([
      'We are ready | vladimir-putin',
      'to help our friends in every way. | vladimir-putin',
    ]);
  });

  test('a following sentence that is only a quote keeps the speaker', () => {
    expect(summary('"That is exactly why we came here," Putin said. "The leader shows great interest in rockets."', PEOPLE)).toEqual([
      'That is exactly why we came here | vladimir-putin',
      'The leader shows great interest in rockets. | vladimir-putin',
    ]);
  });

  test('"according to X" anywhere in the sentence', () => {
    expect(summary('The visit heralds "a new heyday of friendship," according to KCNA.', PEOPLE)).toEqual([
      'a new heyday of friendship | kcna',
    ]);
  });

  test('a colon ending the clause names the speaker', () => {
    expect(summary('Asked whether Russia would help, Putin was blunt: "That is exactly why we came here."', PEOPLE)).toEqual([
      'That is exactly why we came here. | vladimir-putin',
    ]);
  });
});

describe('who the speaker is', () => {
  test('"he" is the last person who spoke or was a subject', () => {
    const text =
      'Kim Jong Un told Vladimir Putin that his country would stand with Russia. Pyongyang would offer its "full and unconditional support," he told Putin.';
    expect(summary(text, PEOPLE)).toEqual(['full and unconditional support | kim-jong-un']);
  });

  test('a role phrase resolves to the last mention of its holder', () => {
    const text = 'Dmitry Peskov was asked about the rifle. It was "of the highest quality," the Kremlin spokesman told reporters.';
    expect(summary(text, PEOPLE)).toEqual(['of the highest quality | dmitry-peskov']);
    const minister = 'Sergei Shoigu showed Kim the bombers. "It can fly from Moscow to Japan and back," the defence minister said.';
    expect(summary(minister, PEOPLE)).toEqual(['It can fly from Moscow to Japan and back | sergei-shoigu']);
  });

  test('a speaker outside the dataset is given as written, with id null', () => {
    const text = '"Both sides need this meeting more than they admit," said Victor Cha, an analyst at CSIS.';
    expect(run(text, [['Victor Cha', null, 'person']])[0]?.speaker).toEqual({ id: null, name: 'Victor Cha' });
    // no mention: the capitalised name words after the cue
    expect(run(text)[0]?.speaker).toEqual({ id: null, name: 'Victor Cha' });
  });

  test('no speaker named: null, not a guess', () => {
    const quotes = run('Officials in Seoul fear the summit marks "a turning point for the peninsula and beyond."', PEOPLE);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBeNull();
  });

  test('a surname alone refers to the person named in full before', () => {
    const text = 'Dmitry Peskov spoke on Thursday. "No documents will be signed," Mr Peskov said.';
    expect(summary(text, [...PEOPLE, ['Peskov', null, 'person']])).toEqual(['No documents will be signed | dmitry-peskov']);
  });
});

describe('reporting chains', () => {
  test('the agency said, Reuters reported', () => {
    expect(summary('Kim and Putin "exchanged constructive opinions on defence," KCNA said on Sunday, Reuters reported.', PEOPLE)).toEqual([
      'exchanged constructive opinions on defence | kcna | via reuters',
    ]);
  });

  test('two agencies: KCNA said, according to Yonhap', () => {
    expect(summary('KCNA said Kim called the talks "a milestone in our friendship", according to Yonhap.', PEOPLE)).toEqual([
      'a milestone in our friendship | kim-jong-un | via kcna,yonhap',
    ]);
  });

  test('quoted X as saying, and citing X', () => {
    expect(summary('TASS quoted Peskov as saying that "no documents will be signed at all."', [...PEOPLE, ['Peskov', 'dmitry-peskov', 'person']])).toEqual([
      'no documents will be signed at all. | dmitry-peskov | via tass',
    ]);
    expect(summary('The leaders would discuss "all the issues without haste," RIA reported, citing the Kremlin.', PEOPLE)).toEqual([
      'all the issues without haste | kremlin | via ria-novosti',
    ]);
  });
});
