#!/usr/bin/env node
/**
 * The sentinel's recall on the development corpus (`npm run eval:sentinel`): every page is rendered
 * with the corpus's pages.mjs, the sentinel's own decision (early leave, then its term test on the
 * title, meta, headline and opening paragraphs) runs on it in jsdom, and so does the lens's verdict.
 * The sentinel must let through every story page the lens matches (exit 1 otherwise); its pass rate
 * on the other pages is what it costs (how often the lens is injected for nothing).
 *
 *   node test/real/sentinel-recall.mjs [CORPUS_DIR] [--json]
 *
 * CORPUS_DIR, else HELDOUT_DIR or STORYLENS_CORPUS, else ../shared/corpus/dev. Only page ids and
 * figures are printed; nothing of the corpus is written into the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importTsEntry } from '../import-ts-entry.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? process.env.HELDOUT_DIR ?? process.env.STORYLENS_CORPUS ?? path.join(root, '../shared/corpus/dev'));

const loadEntry = () => importTsEntry(root, 'test/real/sentinel-entry.ts');

const why = (v) => v.left ?? (v.subject === null ? 'no subject term' : 'no context term');

async function main() {
  const pagesModule = path.join(dir, '../pages.mjs');
  if (!fs.existsSync(path.join(dir, 'positives.jsonl')) || !fs.existsSync(pagesModule)) {
    console.log(`eval:sentinel: no development corpus at ${dir}; nothing measured`);
    return 0;
  }
  const { readJsonl, pageFor } = await import(pathToFileURL(pagesModule).href);
  const { sentinelVerdict, lensMatches, termBytes } = await loadEntry();
  const items = [...readJsonl(path.join(dir, 'positives.jsonl')), ...readJsonl(path.join(dir, 'negatives.jsonl'))];

  const story = { pages: 0, passed: 0, lens: 0, blocked: [], bothMiss: [] };
  const other = { pages: 0, passed: 0, lens: 0, passedIds: [] };
  for (const it of items) {
    const html = pageFor(it);
    const s = sentinelVerdict(html, it.url ?? null);
    const lens = lensMatches(html);
    if (it.label === 'story') {
      story.pages++;
      if (s.hit) story.passed++;
      if (lens) story.lens++;
      if (lens && !s.hit) story.blocked.push(`${it.id} (${it.lang}, ${why(s)})`);
      if (!lens && !s.hit) story.bothMiss.push(`${it.id} (${it.lang}, ${why(s)})`);
    } else {
      other.pages++;
      if (s.hit) {
        other.passed++;
        other.passedIds.push(it.id);
      }
      if (lens) other.lens++;
    }
  }
  const r = (a, b) => (b ? a / b : 1).toFixed(3);
  const result = {
    storyPages: story.pages,
    sentinelPass: story.passed / story.pages,
    lensRecall: story.lens / story.pages,
    blocked: story.blocked,
    otherPages: other.pages,
    sentinelPassOther: other.passed / other.pages,
    lensMatchOther: other.lens / other.pages,
    termBytes,
  };
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 1));
  console.log(`corpus ${dir} (${items.length} pages); sentinel term list ${termBytes} bytes`);
  console.log(`story pages (${story.pages}): sentinel lets through ${story.passed} (${r(story.passed, story.pages)}), lens matches ${story.lens} (recall ${r(story.lens, story.pages)})`);
  console.log(`story pages the lens matches but the sentinel blocks: ${story.blocked.length}${story.blocked.length ? `\n  ${story.blocked.join('\n  ')}` : ''}`);
  if (story.bothMiss.length) console.log(`story pages both miss (the lens's misses to fix first): ${story.bothMiss.join(' ')}`);
  console.log(`other pages (${other.pages}): sentinel lets through ${other.passed} (${r(other.passed, other.pages)}; the lens then matches ${other.lens})`);
  console.log(`\nsentinel pass ${r(story.passed, story.pages)} on story pages, lens recall ${r(story.lens, story.pages)}, blocked ${story.blocked.length}, pass on other pages ${r(other.passed, other.pages)}`);
  return story.blocked.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err.stack ?? err);
  process.exit(2);
});
