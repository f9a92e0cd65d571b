import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findUnknownNames } from '../../src/core/unknown-names';
import { buildArticleIndex } from '../../src/core/extract';
import { findEntities } from '../../src/core/analyze-text';
import { matchText, matcherFor } from '../../src/core/matcher';
import { dataset } from '../../src/data/index';

describe('findUnknownNames', () => {
  it('ends a name at a possessive, but keeps an apostrophe inside one', () => {
    const text = "South Korea's Hwang Min-ho said the talks were a warning, said Ma'ruf Hasan, an analyst at the Pacific Forum.";
    const names = findUnknownNames(text, [], 'en').map((n) => n.name);
    expect(names).toContain('Hwang Min-ho');
    expect(names).toContain("Ma'ruf Hasan");
    expect(names.filter((n) => /['’]s\b/.test(n))).toEqual([]);
  });

  it('finds cued people, organisations and places', () => {
    const text =
      'The visit was a signal, said Lee Sang-hyun, a senior fellow at the Sejong Institute. ' +
      'Artyom Lukin, a professor at Far Eastern Federal University, disagreed. Mr Smith wrote for the Korea Herald. ' +
      'Talks in Hanoi collapsed, CNN reported.';
    const got = findUnknownNames(text, [], 'en').map((n) => [n.name, n.type]);
    expect(got).toEqual([
      ['Lee Sang-hyun', 'person'],
      ['Sejong Institute', 'organisation'],
      ['Artyom Lukin', 'person'],
      ['Far Eastern Federal University', 'organisation'],
      ['Smith', 'person'],
      ['Korea Herald', 'organisation'],
      ['Hanoi', 'place'],
      ['CNN', 'organisation'],
    ]);
  });

  it('leaves uncued capitalised words, sentence starts and dataset mentions alone', () => {
    const text = 'Analysts expect more. Tuesday brought news. The Eastern Economic Forum opened. Jane Roe said so.';
    const jane = text.indexOf('Jane');
    expect(findUnknownNames(text, [], 'en').map((n) => n.name)).toEqual(['Jane Roe']);
    expect(findUnknownNames(text, [{ start: jane, end: jane + 4 }], 'en')).toEqual([]);
  });

  it('only runs on Latin-script languages', () => {
    expect(findUnknownNames('Jane Roe said so.', [], 'ko')).toEqual([]);
  });
});

/**
 * Precision/recall of both recognisers against the English fixtures' `others`, printed for the
 * report. Both see the same article text and both have dataset names taken out, as in analyzeText.
 */
describe('unknown names on the English fixtures (measurement)', () => {
  const root = 'test/fixtures';
  const dirs = existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('en-') && existsSync(join(root, d, 'gold.json'))) : [];
  const matcher = matcherFor(dataset);
  it('own recogniser is more precise than compromise', () => {
    const tally = { own: { tp: 0, fp: 0 }, nlp: { tp: 0, fp: 0 }, gold: 0 };
    const fps: string[] = [];
    for (const d of dirs) {
      const gold = JSON.parse(readFileSync(join(root, d, 'gold.json'), 'utf8')) as { others: string[] };
      const dom = new JSDOM(readFileSync(join(root, d, 'page.html'), 'utf8'), { virtualConsole: new VirtualConsole() });
      const text = buildArticleIndex(dom.window.document).index.text;
      dom.window.close();
      const want = new Set(gold.others.map((s) => s.toLowerCase()));
      tally.gold += want.size;
      const own = new Set(findEntities(text, dataset, 'en').unknown.map((n) => n.name.toLowerCase()));
      const doc = nlp(text);
      const theirs = new Set(
        [...doc.people().out('array'), ...doc.organizations().out('array'), ...doc.places().out('array')]
          .map((s: string) => s.replace(/[.,;:'’"]+$|^[“"']+/g, '').replace(/'s$/, '').trim())
          .filter((s: string) => s.length > 1 && matchText(matcher, s).length === 0)
          .map((s: string) => s.toLowerCase()),
      );
      for (const n of own) (want.has(n) ? tally.own.tp++ : (tally.own.fp++, fps.push(`${d}: ${n}`)));
      for (const n of theirs) want.has(n) ? tally.nlp.tp++ : tally.nlp.fp++;
    }
    const pr = (t: { tp: number; fp: number }) =>
      `precision ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(2)} recall ${(t.tp / Math.max(1, tally.gold)).toFixed(2)} (tp ${t.tp}, fp ${t.fp}, gold ${tally.gold})`;
    console.log(`unknown names on ${dirs.length} English fixtures:\n  own:        ${pr(tally.own)}\n  compromise: ${pr(tally.nlp)}`);
    if (process.env.SHOW_FP) console.log(fps.join('\n'));
    const p = (t: { tp: number; fp: number }) => t.tp / Math.max(1, t.tp + t.fp);
    expect(dirs.length).toBeGreaterThan(0);
    expect(p(tally.own)).toBeGreaterThan(p(tally.nlp));
  });
});
