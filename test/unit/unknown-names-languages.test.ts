/**
 * Names not in the dataset, measured per language against the fixtures' gold `others`: prints
 * precision and recall for the report and holds a precision floor (precision over recall). The
 * held-out fixtures are measured apart, as a check that the rules generalise.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildArticleIndex } from '../../src/core/extract';
import { findEntities } from '../../src/core/analyze-text';
import { dataset } from '../../src/data/index';

interface Tally {
  tp: number;
  fp: number;
  gold: number;
  fps: string[];
}

const root = 'test/fixtures';
const dirs = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'gold.json'))) : [];

function measure(lang: string, heldout: boolean): Tally {
  const t: Tally = { tp: 0, fp: 0, gold: 0, fps: [] };
  for (const d of dirs.filter((x) => x.startsWith(`${lang}-`) && x.includes('-heldout-') === heldout)) {
    const gold = JSON.parse(readFileSync(join(root, d, 'gold.json'), 'utf8')) as { others: string[] };
    const dom = new JSDOM(readFileSync(join(root, d, 'page.html'), 'utf8'), { virtualConsole: new VirtualConsole() });
    const text = buildArticleIndex(dom.window.document).index.text;
    dom.window.close();
    const want = new Set(gold.others.map((s) => s.toLowerCase()));
    t.gold += want.size;
    const got = new Set(findEntities(text, dataset, lang).unknown.map((n) => n.name.toLowerCase()));
    for (const n of got) {
      if (want.has(n)) t.tp++;
      else {
        t.fp++;
        t.fps.push(`${d}: ${n}`);
      }
    }
  }
  return t;
}

const precision = (t: Tally): number => t.tp / Math.max(1, t.tp + t.fp);
const recall = (t: Tally): number => t.tp / Math.max(1, t.gold);
const line = (lang: string, t: Tally): string =>
  `${lang}  precision ${precision(t).toFixed(2)}  recall ${recall(t).toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, gold ${t.gold})`;

describe('unknown names per language (measurement against gold others)', () => {
  const langs = ['en', 'de', 'fr', 'es', 'ko', 'ja', 'zh'];
  it('keeps precision above the floor in every language', () => {
    const rows = langs.map((lang) => ({ lang, t: measure(lang, false), h: measure(lang, true) }));
    const report = rows.map(({ lang, t, h }) => `  ${line(lang, t)}${h.gold ? `\n  ${lang} held-out: ${line(lang, h).slice(4)}` : ''}`);
    console.log(`unknown names against fixture gold:\n${report.join('\n')}`);
    if (process.env.SHOW_FP) console.log(rows.flatMap(({ t, h }) => [...t.fps, ...h.fps]).join('\n'));
    for (const { lang, t } of rows) {
      expect.soft(precision(t), `${lang} precision`).toBeGreaterThanOrEqual(0.8);
      // every language finds something: the recogniser is not silently off
      expect.soft(t.tp, `${lang} true positives`).toBeGreaterThan(0);
    }
  });
});

describe('cued names outside English (rules)', () => {
  const names = (text: string, lang: string): string[][] => findEntities(text, dataset, lang).unknown.map((n) => [n.name, n.type]);
  it('German: a title or speech verb before the name, a capitalised adjective, an acronym after an article', () => {
    expect(names('Das sei riskant, sagte die Sicherheitsforscherin Maria Vogt. Die Baltische Handelskammer und die OECD schwiegen.', 'de')).toEqual([
      ['Maria Vogt', 'person'],
      ['Baltische Handelskammer', 'organisation'],
      ['OECD', 'organisation'],
    ]);
    // every German noun is capitalised: a run of nouns with no cue is not a name
    expect(names('In Gefechte mit Truppen geriet die Brigade Nord.', 'de')).toEqual([]);
  });
  it('German: an occupation noun between "so" and a name is not part of the name, an age in brackets may follow', () => {
    expect(names('„Das ist zu teuer“, so Rentner Horst Kaiser (67) aus Bremen.', 'de')).toEqual([['Horst Kaiser', 'person']]);
    expect(names('„Das ist zu teuer“, so Horst Kaiser, Rentner aus Bremen.', 'de')).toEqual([['Horst Kaiser', 'person']]);
  });
  it('French and Spanish: titles, particles, organisation heads', () => {
    expect(names('« Rien ne change », a affirmé Paul de la Roche, directeur de l’Institut national des langues anciennes.', 'fr').map((n) => n[0])).toEqual([
      'Paul de la Roche',
      'Institut national des langues anciennes',
    ]);
    expect(names('El entrenador del Betis, Manuel Pellegrini, habló tras el partido.', 'es')).toEqual([['Manuel Pellegrini', 'person']]);
  });
  it('Korean, Japanese, Chinese: a name beside its title, organisations by their head', () => {
    expect(names('박서연 연구위원은 “변화가 크다”고 말했다.', 'ko')).toEqual([['박서연', 'person']]);
    expect(names('気象庁によると、鈴木外相は会見した。', 'ja')).toEqual([['気象庁', 'organisation'], ['鈴木', 'person']]);
    expect(names('外交部发言人汪文斌表示，局势复杂。', 'zh')).toEqual([['汪文斌', 'person']]);
    // a country before a title is no name
    expect(names('韓国大統領は会見した。', 'ja')).toEqual([]);
  });
});
