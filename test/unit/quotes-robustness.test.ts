import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { DATASET, mentionsOf, paragraphs, type Surface } from './quotes-support';

const SURFACES: Surface[] = [
  ['Putin', 'vladimir-putin', 'person'],
  ['Kim', 'kim-jong-un', 'person'],
  ['KCNA', 'kcna', 'organisation'],
  ['Reuters', 'reuters', 'organisation'],
  ['Victor Cha', null, 'person'],
];

const PIECES = [
  'Putin said', 'Kim', ' he told reporters', ', KCNA said', ', Reuters reported', 'according to KCNA', 'said Victor Cha',
  '"', '“', '”', "'", '‘', '’', '«', '»', '„', '「', '」', ' — ', ', ', '. ', ': ', '\n', "Kim's", "'90s", "rock 'n' roll",
  'we are ready', 'to help', 'sacred fight', 'the talks', '다', '라고 말했다', '，', '说', '。', 'заявил', 'sagte', ' ',
];

function analyse(text: string) {
  return findQuotes({ text, blocks: paragraphs(text), mentions: mentionsOf(text, SURFACES), lang: 'en', dataset: DATASET });
}

describe('robustness', () => {
  test('any mix of marks and cues: no throw, sorted, text is the slice inside the marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const quotes = analyse(text);
        let last = -1;
        for (const q of quotes) {
          expect(q.text).toBe(text.slice(q.start, q.end));
          expect(q.text.trim()).toBe(q.text);
          expect(q.start).toBeGreaterThanOrEqual(last);
          last = q.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a 50,000-word article with hundreds of quotes is handled in one pass', () => {
    const paragraphsOf = [
      'North Korean leader Kim told Putin on Wednesday that Pyongyang would offer its "full and unconditional support" to Moscow, KCNA said, Reuters reported.',
      '"We are ready to help," Putin said. "The leader shows great interest in rockets," he added, and said the talks would be "long and detailed".',
      "Kim's train, a relic of the '90s, left at six o'clock; the allies' worries about the so-called \"axis\" grew, said Victor Cha, an analyst.",
      'The two leaders discussed cooperation for several hours at the cosmodrome, officials in Seoul said, without giving details of any agreement.',
    ];
    const parts: string[] = [];
    let words = 0;
    for (let k = 0; words < 50_000; k++) {
      const p = paragraphsOf[k % paragraphsOf.length] as string;
      parts.push(p);
      words += p.split(/\s+/).length;
    }
    const text = parts.join('\n');
    const input = { text, blocks: paragraphs(text), mentions: mentionsOf(text, SURFACES), lang: 'en', dataset: DATASET };
    // Its speed is measured by the benchmark (npm run bench); here: it completes and is consistent.
    const quotes = findQuotes(input);
    expect(quotes.length).toBeGreaterThan(300);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
