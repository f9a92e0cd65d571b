/** BENCHMARKS.md and docs/bench/results.json from one benchmark run, with the targets checked. */
import { PHASES, type BenchResults, type PageFigures, type Phases } from './bench';
import { max, round } from './stats';

export interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

const ms = (x: number | null | undefined): string => (x === null || x === undefined || !Number.isFinite(x) ? '–' : `${round(x, x < 10 ? 2 : 1)}`);
const kb = (bytes: number): string => `${round(bytes / 1024, 1)} KB`;

export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const nonStory = r.chromium.filter((p) => p.kind === 'non-story');
  const story = r.chromium.filter((p) => p.kind === 'story');
  const worstSentinel = max(nonStory.map((p) => p.sentinelMs));
  out.push({ what: 'sentinel, median per non-story page (worst page)', target: '< 1 ms', measured: `${ms(worstSentinel)} ms`, met: worstSentinel < 1 });
  const overheads = nonStory.map((p) => p.loadOverheadPct ?? NaN);
  const worstOverhead = max(overheads);
  out.push({ what: 'page load overhead, loadEventEnd with vs without (worst page)', target: '< 2 %', measured: `${round(worstOverhead, 1)} %`, met: worstOverhead < 2 });
  const seed = story.find((p) => p.page === 'seed');
  if (seed) out.push({ what: 'whole lens on the seed article (extract + analyse + highlight)', target: '< 30 ms', measured: `${ms(seed.lensMs)} ms`, met: (seed.lensMs ?? Infinity) < 30 });
  const big = story.find((p) => p.page === 'story-50k');
  if (big) out.push({ what: 'whole lens on the 50,000-word page', target: '< 250 ms', measured: `${ms(big.lensMs)} ms`, met: (big.lensMs ?? Infinity) < 250 });
  const longest = max(r.chromium.map((p) => p.longestOurTaskMs ?? 0));
  const worstPage = r.chromium.find((p) => (p.longestOurTaskMs ?? 0) === longest && longest > 0);
  out.push({ what: 'longest task of ours, any page (Chromium, from a CDP trace)', target: '≤ 50 ms', measured: longest > 0 ? `${ms(longest)} ms (${worstPage?.page})` : 'none ≥ 50 ms', met: longest <= 50 });
  for (const h of r.highlight) {
    out.push({ what: `highlighter vs mark.js, ${h.page}`, target: '≥ 5× faster', measured: `${round(h.markjsOverOurs, 1)}×`, met: h.markjsOverOurs >= 5 });
    out.push({ what: `highlighter vs floor, ${h.page}`, target: '≤ 3× the floor', measured: `${round(h.oursOverFloor, 1)}×`, met: h.oursOverFloor <= 3 });
  }
  const sentinel = r.bundles.find((b) => b.file.endsWith('content/sentinel.js'));
  if (sentinel) out.push({ what: 'sentinel bundle, minified', target: '< 10 KB', measured: kb(sentinel.bytes), met: sentinel.bytes < 10 * 1024 });
  if (r.heap) out.push({ what: `JS heap kept by the lens (${r.heap.page}, after GC)`, target: '< 20 MB', measured: `${round(r.heap.lensMb, 1)} MB`, met: r.heap.lensMb < 20 });
  for (const [browser, rows] of Object.entries({ Chromium: r.sentinelVsTrivial?.chromium, Firefox: r.sentinelVsTrivial?.firefox })) {
    if (!rows) continue;
    for (const [group, limit, what] of [['non-news', 0.3, 'non-news pages'], ['article', 1, 'non-story articles'], ['big', 1, 'the 1 MB page']] as const) {
      const g = rows.filter((x) => x.group === group);
      if (!g.length) continue;
      const worst = g.reduce((a, b) => (b.deltaMs > a.deltaMs ? b : a));
      out.push({ what: `sentinel vs trivial extension, ${what}, ${browser} (worst page)`, target: `≤ +${limit} ms`, measured: `+${ms(worst.deltaMs)} ms (${worst.page}, ×${round(worst.ratio, 1)})`, met: worst.deltaMs <= limit });
    }
  }
  out.push({ what: 'CLI throughput, one process over the fixtures', target: '≥ 50 pages/s', measured: `${round(r.cli.processPagesPerSec, 1)} pages/s`, met: r.cli.processPagesPerSec >= 50 });
  return out;
}

function pageTable(rows: PageFigures[], browser: string): string[] {
  const hasLong = rows.some((p) => p.longestOurTaskMs !== null && p.longestOurTaskMs !== undefined);
  const lines = [
    `| page (${browser}) | size | DOM nodes | words | n | sentinel ms | load with / without ext, ms | overhead | extract ms | analyse ms | highlight ms (busy / wall) | lens ms |${hasLong ? ' longest task: ours / page, ms |' : ''}`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${hasLong ? '---:|' : ''}`,
  ];
  for (const p of rows) {
    const load = p.loadWithMs === undefined ? '–' : `${ms(p.loadWithMs)} / ${ms(p.loadWithoutMs)}`;
    const over = p.loadOverheadPct === undefined ? '–' : `${round(p.loadOverheadPct, 1)} %`;
    const hl = p.kind === 'story' ? `${ms(p.highlightMs)} / ${ms(p.highlightWallMs)}` : '–';
    const lens = p.kind === 'story' ? ms(p.lensMs) : p.lensRan ? 'RAN (wrong)' : 'not run';
    const long = hasLong ? ` ${p.longestOurTaskMs ? ms(p.longestOurTaskMs) : '< 50'} / ${p.longestPageTaskMs ? ms(p.longestPageTaskMs) : '< 50'} |` : '';
    lines.push(`| ${p.label} | ${kb(p.bytes)} | ${p.nodes.toLocaleString('en')} | ${p.words.toLocaleString('en')} | ${p.runs} | ${ms(p.sentinelMs)} | ${load} | ${over} | ${ms(p.extractMs)} | ${ms(p.analyzeMs)} | ${hl} | ${lens} |${long}`);
  }
  return lines;
}

export function markdown(r: BenchResults, notes: string): string {
  const t = targets(r);
  const lines: string[] = [
    '# StoryLens benchmarks',
    '',
    'Measured in real headless browsers with the bench build of the extension (`node build.mjs --bench`: the',
    'production build with `performance.mark`/`measure` calls compiled in). Pages are generated from our own',
    'fixtures with a seeded generator (test/bench/pages.ts) and served through the test harness\'s local proxy',
    'under real news hostnames, so the production manifest applies. Every figure is the median of n runs;',
    'raw runs are in [docs/bench/results.json](docs/bench/results.json).',
    '',
    '```',
    'npm run bench',
    '```',
    '',
    `- date: ${r.date}${r.quick ? ' (QUICK run: one page, one run)' : ''}`,
    `- machine: ${r.machine.nproc} cores (\`nproc\`), ${r.machine.cpu}, ${round(r.machine.memoryGb, 1)} GB memory, ${r.machine.os}, Node ${r.machine.node}`,
    `- browsers: ${r.browsers.chromium}${r.browsers.firefox ? `, ${r.browsers.firefox}` : ''}`,
    '',
    '## Targets',
    '',
    '| target | wanted | measured | met |',
    '|---|---|---|---|',
    ...t.map((x) => `| ${x.what} | ${x.target} | ${x.measured} | ${x.met ? 'yes' : '**no**'} |`),
    '',
    '## Pages, Chromium',
    '',
    ...pageTable(r.chromium, 'Chromium'),
    '',
  ];
  if (r.firefox) lines.push('## Pages, Firefox', '', 'Firefox has no `longtask` entries and no CDP trace here, so no task lengths. Load with / without: a second Firefox without the extension, loads interleaved as in Chromium. Timer precision reduction is turned off (`privacy.reduceTimerPrecision: false`) so marks read to the microsecond.', '', ...pageTable(r.firefox, 'Firefox'), '');
  lines.push(
    '## Highlighting the same names three ways (Chromium, no extension loaded)',
    '',
    'Same page, same names (every English dataset name found on the page), one page load per run:',
    'the floor is a bare TreeWalker that only reads every text node; ours is our text index over `<body>`,',
    'finding each name in its text, and the CSS Custom Highlight backend the lens uses; mark.js is',
    '`new Mark(body).mark(names)` (case-sensitive, no diacritics expansion, whole names). Synchronous time.',
    '',
    '| page | names | n | floor ms | ours ms (index + search + add) | mark.js ms | mark.js / ours | ours / floor | highlights: ours / mark.js elements |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.highlight.map((h) => `| ${h.page} | ${h.names} | ${h.runs} | ${ms(h.floorMs)} | ${ms(h.oursMs)} (${ms(h.oursIndexMs)} + ${ms(h.oursSearchMs)} + ${ms(h.oursAddMs)}) | ${ms(h.markjsMs)} | ${round(h.markjsOverOurs, 1)}× | ${round(h.oursOverFloor, 1)}× | ${h.oursHighlights} / ${h.markjsElements} |`),
    '',
  );
  if (r.heap) {
    lines.push('## Memory (Chromium)', '', `JS heap of the page's renderer after two forced GCs (CDP \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`), page \`${r.heap.page}\`, n = ${r.heap.runs}: ${round(r.heap.withMb, 1)} MB with the lens settled vs ${round(r.heap.withoutMb, 1)} MB without the extension; the lens keeps **${round(r.heap.lensMb, 1)} MB**.`, '');
  }
  lines.push('## Bundles (dist/chrome, minified)', '', '| file | size |', '|---|---:|', ...r.bundles.map((b) => `| ${b.file} | ${kb(b.bytes)} |`), '');
  if (r.sentinelVsTrivial) {
    lines.push('## The sentinel against a trivial extension', '',
      `Same run (${r.sentinelVsTrivial.date}), loads alternating between Chromium (or Firefox) with the bench build and the same browser with a trivial extension whose only content script reads \`document.title\`. Both content scripts come after the same one-statement script that marks the start (the bench build's \`content/bench-start.js\`); each figure is the median of \`storylens:cs\`, from that mark to the end of the script's synchronous work: its compile, then the early exit, or reading and testing the page and the message to the background. Pages are served cross-origin isolated, so Chromium's clock reads in 5 µs steps (100 µs otherwise); Firefox's reads in 20 µs steps. Re-run alone with \`npm run build && node build.mjs --bench && node test/bench/run.mjs --sentinel-only\`.`, '');
    for (const [browser, rows] of Object.entries({ Chromium: r.sentinelVsTrivial.chromium, Firefox: r.sentinelVsTrivial.firefox })) {
      if (!rows) continue;
      lines.push(`| page (${browser}) | group | size | n | trivial ms | sentinel ms | difference | ratio | read the text |`, '|---|---|---:|---:|---:|---:|---:|---:|---|');
      for (const x of rows) lines.push(`| ${x.label} | ${x.group} | ${kb(x.bytes)} | ${x.runs} | ${ms(x.trivialMs)} | ${ms(x.sentinelMs)} | +${ms(x.deltaMs)} | ×${round(x.ratio, 1)} | ${x.phases ? 'yes' : 'no (left early)'} |`);
      lines.push('');
      const read = rows.filter((x) => x.phases);
      if (read.length > 0) {
        lines.push(`Where the sentinel's time went on the pages it read (${browser}, medians of the same loads, ms): from the start mark to its first statement (its compile), the early exit's questions, the reading (one XPath query and its text), the term test, the rest (verdict and the watch for added text).`, '',
          '| page | compile | early exit | reading | term test | rest |', '|---|---:|---:|---:|---:|---:|');
        for (const x of read) lines.push(`| ${x.label} | ${PHASES.map((k) => ms(x.phases![k])).join(' | ')} |`);
        lines.push('');
      }
    }
  }
  lines.push(
    '## CLI',
    '',
    `- \`node dist/cli/storylens.mjs analyze --json\` on all ${r.cli.pages} fixture pages in one process: ${round(r.cli.processMs, 0)} ms, **${round(r.cli.processPagesPerSec, 1)} pages/s** (start-up and dataset compile included)`,
    `- \`analyzeHtml\` in a loop in one warm process: ${round(r.cli.inProcessMs, 0)} ms, **${round(r.cli.inProcessPagesPerSec, 1)} pages/s**`,
    '',
  );
  lines.push('## How the figures are taken', '', notes, '');
  return lines.join('\n');
}

type RawReading = PageFigures['raw'][number] & { batches?: { count: number; sumMs: number; maxMs: number } };

/** One raw reading with its hundreds of per-batch highlight measures folded into count / sum / max. */
function slim(reading: RawReading): RawReading {
  const batches = reading.measures.filter((m) => m.name === 'storylens:highlight-batch');
  if (!batches.length) return reading;
  return {
    ...reading,
    measures: reading.measures.filter((m) => m.name !== 'storylens:highlight-batch'),
    batches: { count: batches.length, sumMs: batches.reduce((a, m) => a + m.duration, 0), maxMs: max(batches.map((m) => m.duration)) },
  };
}

/** results.json: every figure, the targets, and the raw readings (highlight batches summarised). */
export function json(r: BenchResults): string {
  const pages = (list: PageFigures[] | null) => list?.map((p) => ({ ...p, raw: p.raw.map(slim) })) ?? null;
  const out = { ...r, chromium: pages(r.chromium), firefox: pages(r.firefox), targets: targets(r) };
  return JSON.stringify(out, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v, 3) : v), 2) + '\n';
}

/** `--against`: this build, the other build and the trivial extension, side by side (medians of one run, ms). */
export function comparison(r: NonNullable<BenchResults['sentinelVsTrivial']>): string {
  const lines = [`Sentinel (storylens:cs) ${r.date}: this build vs ${r.against} vs the trivial extension; phases compile / early exit / reading / term test / rest`, ''];
  const phases = (p: Phases | null | undefined): string => (p ? PHASES.map((k) => ms(p[k])).join(' / ') : '–');
  for (const [browser, rows] of Object.entries({ Chromium: r.chromium, Firefox: r.firefox })) {
    if (!rows) continue;
    lines.push(`| page (${browser}) | trivial | this build | other build | this − other | this: phases | other: phases |`, '|---|---:|---:|---:|---:|---|---|');
    for (const x of rows) {
      const o = x.other;
      lines.push(`| ${x.label} | ${ms(x.trivialMs)} | ${ms(x.sentinelMs)} | ${ms(o?.sentinelMs)} | ${o ? ms(x.sentinelMs - o.sentinelMs) : '–'} | ${phases(x.phases)} | ${phases(o?.phases)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
