/** `storylens eval`: precision and recall of story detection, entity linking and quotes over fixtures. */
import { dataset, entitiesById } from '../data/index';
import { analyzeHtml } from './analyze-html';
import { scorePage, totals, type PageScore, type Totals } from './evaluate';
import { loadFixtures } from './fixtures';

export function evaluateFixtures(dir: string): { pages: PageScore[]; totals: Totals } {
  const nameOf = (id: string) => entitiesById.get(id)?.name;
  const pages = loadFixtures(dir).map((f) => scorePage(f.name, dataset.story.id, analyzeHtml(f.html, f.gold.url, dataset), f.gold, nameOf));
  return { pages, totals: totals(pages) };
}

const pct = (x: number) => x.toFixed(3);

export function runEval(dir: string, opts: { json: boolean; verbose: boolean }): number {
  const { pages, totals: t } = evaluateFixtures(dir);
  if (opts.json) {
    process.stdout.write(JSON.stringify(opts.verbose ? { totals: t, pages } : { totals: t }) + '\n');
    return 0;
  }
  for (const p of pages) {
    const problems: string[] = [];
    if (p.story.gold !== p.story.predicted) problems.push(`story: gold ${p.story.goldLabel ?? 'unrelated'}, predicted ${p.story.predicted ? 'matched' : `not matched (related ${p.story.related ?? 'none'})`}`);
    if (p.entities.missed.length) problems.push(`entities missed: ${p.entities.missed.join(', ')}`);
    if (p.entities.extra.length) problems.push(`entities extra: ${p.entities.extra.join(', ')}`);
    if (p.quotes.missed.length) problems.push(`quotes missed: ${p.quotes.missed.map((q) => JSON.stringify(q.slice(0, 50))).join('; ')}`);
    if (p.quotes.extra.length) problems.push(`quotes extra: ${p.quotes.extra.map((q) => JSON.stringify(q.slice(0, 50))).join('; ')}`);
    if (p.quotes.wrongSpeakers.length) problems.push(`speakers: ${p.quotes.wrongSpeakers.join('; ')}`);
    if (problems.length || opts.verbose) process.stdout.write(`${p.name}\n${problems.map((l) => `  ${l}\n`).join('')}`);
  }
  process.stdout.write(
    [
      '',
      `fixtures: ${t.pages}`,
      `story detection   precision ${pct(t.story.precision)}  recall ${pct(t.story.recall)}  (tp ${t.story.tp}, fp ${t.story.fp}, fn ${t.story.fn})`,
      `entity linking    precision ${pct(t.entities.precision)}  recall ${pct(t.entities.recall)}  (tp ${t.entities.tp}, fp ${t.entities.fp}, fn ${t.entities.fn})`,
      `quotation spans   precision ${pct(t.quotes.precision)}  recall ${pct(t.quotes.recall)}  F1 ${pct(t.quotes.f1)}  (tp ${t.quotes.tp}, fp ${t.quotes.fp}, fn ${t.quotes.fn})`,
      `quote speakers    accuracy ${pct(t.speakers.accuracy)}  (${t.speakers.right}/${t.speakers.total})`,
      '',
    ].join('\n'),
  );
  return 0;
}
