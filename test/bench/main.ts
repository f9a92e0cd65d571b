/**
 * `npm run bench` entry (bundled by run.mjs): runs the benchmark and writes BENCHMARKS.md and
 * docs/bench/results.json. Flags: --sentinel-only (only the sentinel against a trivial extension, merged
 * into the last results.json), --quick (one page, one run), --runs N, --no-firefox / --firefox, --out DIR
 * (where to write, default the repository root), --against DIR (the sentinel against the trivial
 * extension and another build of ours, DIR-chrome and DIR-firefox, alternating in one run; printed,
 * nothing written), --report-only (re-render BENCHMARKS.md from docs/bench/results.json, e.g. after
 * editing test/bench/findings.md, without measuring again).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { runBench, runSentinelVsTrivial, type BenchResults } from './bench';
import { comparison, json, markdown, targets } from './report';

const NOTES = [
  '- **sentinel**: `storylens:sentinel`, measured by the sentinel around reading the page\'s signals and testing them against its term list (after its settings read).',
  '- **load with / without**: `loadEventEnd` of the navigation, Chromium with the extension and Chromium without it, loads interleaved (with, without, with, …), each in a fresh tab.',
  '- **extract / analyse**: `storylens:extract` (finding the article and building the text index) and `storylens:analyze` (metadata, names, story, quotes), measured by the lens.',
  "- **highlight busy / wall**: busy is the sum of the lens's highlight batches (`storylens:highlight-batch`, 25 marks each, several batches per idle-callback slice of at most 8 ms); wall is from the first slice being queued to the last one done (it includes the idle waits in which the page runs).",
  '- **lens ms** = extract + analyse + highlight busy: the CPU time the lens takes from the page.',
  '- **longest task**: from a CDP trace of separate loads (Chromium; 2 traced loads per page, not among the timed runs): the outermost `toplevel` slices (scheduler tasks, microtask checkpoints) on the page\'s main thread. "Ours" is the longest one that overlaps one of our measured intervals; "page" is the longest of the whole load (HTML parsing, layout). A `longtask` PerformanceObserver registered before the page\'s scripts was tried first and does not work for this: Chromium does not report tasks run by extension content scripts to the page (a 130 ms lens task went unreported), and Firefox has no `longtask` entries at all, so there is no task figure for Firefox.',
].join('\n');

/** What we learned from the figures (written by hand, kept with the code): appended to BENCHMARKS.md. */
function findings(): string {
  const file = join(ROOT, 'test/bench/findings.md');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

function render(results: BenchResults, out: string): void {
  const extra = findings();
  writeFileSync(join(out, 'BENCHMARKS.md'), markdown(results, NOTES) + (extra ? `\n${extra}\n` : ''));
}

/** The flags the sentinel-vs-trivial runs share: --runs N, --no-firefox. */
function sentinelRunOptions(argv: string[]): { runs?: number; firefox: boolean; log: (l: string) => void } {
  const runsAt = argv.indexOf('--runs');
  return { runs: runsAt >= 0 ? Number(argv[runsAt + 1]) : undefined, firefox: !argv.includes('--no-firefox'), log: (l) => process.stderr.write(`${l}\n`) };
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--report-only')) {
    const results = JSON.parse(readFileSync(join(ROOT, 'docs/bench/results.json'), 'utf8')) as BenchResults;
    render(results, ROOT);
    writeFileSync(join(ROOT, 'docs/bench/results.json'), json(results));
    process.stdout.write('re-rendered BENCHMARKS.md (and results.json) from docs/bench/results.json\n');
    return 0;
  }
  const againstAt = argv.indexOf('--against');
  if (againstAt >= 0) {
    // A side-by-side comparison with another build (e.g. the previous commit's bench build copied
    // to dist/prev-chrome and dist/prev-firefox): printed, not recorded.
    const r = await runSentinelVsTrivial({ ...sentinelRunOptions(argv), against: argv[againstAt + 1] });
    process.stdout.write(comparison(r));
    return 0;
  }
  if (argv.includes('--sentinel-only')) {
    // Only the sentinel-vs-trivial comparison; every other figure stays as the last full run left it.
    const file = join(ROOT, 'docs/bench/results.json');
    const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    results.sentinelVsTrivial = await runSentinelVsTrivial(sentinelRunOptions(argv));
    writeFileSync(file, json(results));
    render(results, ROOT);
    for (const x of targets(results)) process.stdout.write(`${x.met ? 'met   ' : 'MISSED'} ${x.what}: ${x.measured} (${x.target})\n`);
    return 0;
  }
  const quick = argv.includes('--quick');
  const runsAt = argv.indexOf('--runs');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1]! : ROOT;
  const started = Date.now();
  const results: BenchResults = await runBench({
    quick,
    runs: runsAt >= 0 ? Number(argv[runsAt + 1]) : undefined,
    firefox: argv.includes('--no-firefox') ? false : argv.includes('--firefox') ? true : undefined,
    log: (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`),
  });
  if (!quick) results.sentinelVsTrivial = await runSentinelVsTrivial({ firefox: results.firefox !== null, log: (l) => process.stderr.write(`${l}\n`) });
  mkdirSync(join(out, 'docs/bench'), { recursive: true });
  writeFileSync(join(out, 'docs/bench/results.json'), json(results));
  render(results, out);
  const t = targets(results);
  for (const x of t) process.stdout.write(`${x.met ? 'met   ' : 'MISSED'} ${x.what}: ${x.measured} (${x.target})\n`);
  process.stdout.write(`wrote ${join(out, 'BENCHMARKS.md')} and docs/bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return 0;
}
