#!/usr/bin/env node
/**
 * The development corpus of real coverage, scored (`npm run eval:real`): the shared scorer's
 * figures for story detection, entities and quotes, plus detection by language and by phase of
 * the story, each against the issues' goals and the floor `npm test` holds (test/real/targets.json).
 *
 *   node test/real/eval-real.mjs [--misses] [--json]
 *
 * The corpus is read from STORYLENS_CORPUS (a folder with positives.jsonl) or ../shared/corpus/dev;
 * when it is absent this says so and exits 0. Nothing of the corpus is written into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN_LANGS = ['en', 'ko', 'ru', 'ja', 'zh', 'de', 'fr', 'es'];

export function corpusDir() {
  const dir = process.env.STORYLENS_CORPUS ?? path.join(root, '../shared/corpus/dev');
  const scorer = path.join(dir, '../score.mjs');
  return fs.existsSync(path.join(dir, 'positives.jsonl')) && fs.existsSync(scorer) ? { dir, scorer } : null;
}

const ratio = (a, b) => (b ? a / b : 1);

/** Runs the shared scorer on the built CLI and adds the breakdowns the issues ask for. */
export async function evalReal() {
  const where = corpusDir();
  if (!where) return null;
  const { readJsonl } = await import(pathToFileURL(path.join(where.dir, '../pages.mjs')).href);
  process.env.HELDOUT_DIR = where.dir;
  const cwd = process.cwd();
  process.chdir(root); // the scorer finds the CLI from the working directory's package.json
  try {
    const { run } = await import(pathToFileURL(where.scorer).href);
    const r = run();
    const pos = readJsonl(path.join(where.dir, 'positives.jsonl'));
    const missed = new Set(r.detect.fnIds);
    const groups = {};
    const add = (k, hit) => {
      groups[k] ??= { found: 0, pages: 0 };
      groups[k].pages++;
      if (hit) groups[k].found++;
    };
    for (const it of pos) {
      const hit = !missed.has(it.id);
      const lang = it.lang || 'en';
      add(MAIN_LANGS.includes(lang) ? `lang ${lang}` : 'other languages', hit);
      add(`phase ${it.phase ?? 'unknown'}`, hit);
    }
    const breakdown = Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, { ...g, recall: ratio(g.found, g.pages) }]));
    return { ...r, breakdown };
  } finally {
    process.chdir(cwd);
  }
}

/** The figures `npm test` compares with targets.json. */
export function headline(r) {
  const langs = Object.entries(r.breakdown).filter(([k]) => k.startsWith('lang '));
  const phases = Object.entries(r.breakdown).filter(([k]) => k.startsWith('phase '));
  return {
    'detect.precision': r.detect.precision,
    'detect.recall': r.detect.recall,
    'detect.recall.worst-main-language': Math.min(...langs.map(([, g]) => g.recall)),
    'detect.recall.other-languages': r.breakdown['other languages']?.recall ?? 1,
    'detect.recall.worst-phase': Math.min(...phases.map(([, g]) => g.recall)),
    'entities.precision': r.entities.precision,
    'entities.recall': r.entities.recall,
    'quotes.f1': r.quotes.f1,
    'quotes.speaker': r.quotes.speaker,
  };
}

export const targets = () => JSON.parse(fs.readFileSync(path.join(root, 'test/real/targets.json'), 'utf8'));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await evalReal();
  if (!r) {
    console.log('eval:real: no development corpus (set STORYLENS_CORPUS or put it at ../shared/corpus/dev); nothing measured');
    process.exit(0);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 1));
  const p = (x) => x.toFixed(3);
  if (process.argv.includes('--misses')) {
    console.log(`story pages missed: ${r.detect.fnIds.join(' ') || 'none'}`);
    console.log(`look-alike or unrelated pages matched: ${r.detect.fpIds.join(' ') || 'none'}`);
    console.log(`speakers wrong or missed:\n  ${r.quotes.wrong.join('\n  ')}`);
  }
  console.log('story detection by group (found / story pages):');
  for (const [k, g] of Object.entries(r.breakdown).sort()) console.log(`  ${k.padEnd(28)} ${String(g.found).padStart(3)}/${String(g.pages).padEnd(3)}  ${p(g.recall)}`);
  const t = targets();
  console.log('\nfigure                              dev     floor (npm test)  goal (issues)');
  for (const [k, v] of Object.entries(headline(r))) {
    const mark = v < (t.goal[k] ?? 0) ? '  below goal' : '';
    console.log(`  ${k.padEnd(34)} ${p(v)}   ${p(t.floor[k] ?? 0)}            ${p(t.goal[k] ?? 0)}${mark}`);
  }
  console.log(`\ndetect P=${p(r.detect.precision)} R=${p(r.detect.recall)} (tp ${r.detect.tp} fp ${r.detect.fp} fn ${r.detect.fn}) | entities P=${p(r.entities.precision)} R=${p(r.entities.recall)} | quotes F1=${p(r.quotes.f1)} speaker=${p(r.quotes.speaker)}`);
}
