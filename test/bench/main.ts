/**
 * `npm run bench` entry (bundled by run.mjs): runs the benchmark and writes BENCHMARKS.md and
 * docs/bench/results.json. Flags: --quick (one page, one run), --runs N, --no-firefox / --firefox, --out DIR
 * (where to write, default the repository root).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { runBench } from './bench';
import { json, markdown, targets } from './report';

const NOTES = [
  '- **sentinel**: `storylens:sentinel`, measured by the sentinel around reading the page\'s signals and testing them against its term list (after its settings read).',
  '- **load with / without**: `loadEventEnd` of the navigation, Chromium with the extension and Chromium without it, loads interleaved (with, without, with, …), each in a fresh tab.',
  '- **extract / analyse**: `storylens:extract` (finding the article and building the text index) and `storylens:analyze` (metadata, names, story, quotes), measured by the lens.',
  '- **highlight busy / wall**: the sum of the lens\'s highlight slices (`storylens:highlight-batch`, each an idle callback) and the time from the first slice being queued to the last done (includes idle waits: the page runs in between).',
  '- **lens ms** = extract + analyse + highlight busy: the CPU time the lens takes from the page.',
  '- **longest task**: from a CDP trace of separate loads (Chromium; 2 traced loads per page, not among the timed runs): the outermost `toplevel` slices (scheduler tasks, microtask checkpoints) on the page\'s main thread. "Ours" is the longest one that overlaps one of our measured intervals; "page" is the longest of the whole load (HTML parsing, layout). A `longtask` PerformanceObserver registered before the page\'s scripts was tried first and does not work for this: Chromium does not report tasks run by extension content scripts to the page (a 130 ms lens task went unreported), and Firefox has no `longtask` entries at all, so there is no task figure for Firefox.',
].join('\n');

export async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1]! : ROOT;
  const started = Date.now();
  const results = await runBench({
    quick,
    runs: runsAt >= 0 ? Number(argv[runsAt + 1]) : undefined,
    firefox: argv.includes('--no-firefox') ? false : argv.includes('--firefox') ? true : undefined,
    log: (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`),
  });
  mkdirSync(join(out, 'docs/bench'), { recursive: true });
  writeFileSync(join(out, 'BENCHMARKS.md'), markdown(results, NOTES));
  writeFileSync(join(out, 'docs/bench/results.json'), json(results));
  const t = targets(results);
  for (const x of t) process.stdout.write(`${x.met ? 'met   ' : 'MISSED'} ${x.what}: ${x.measured} (${x.target})\n`);
  process.stdout.write(`wrote ${join(out, 'BENCHMARKS.md')} and docs/bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return 0;
}
