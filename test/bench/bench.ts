/**
 * The benchmark itself: serve the generated pages through the harness's proxy under real news
 * hostnames, load each in real headless browsers with and without the bench build of the
 * extension, and collect the figures (medians of `runs` repetitions). Reporting is in report.ts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, launchFirefox, ROOT, startNewsServer } from '../e2e/harness';
import { analyzeHtml } from '../../src/cli/analyze-html';
import { dataset } from '../../src/data/index';
import { benchPages, namesOnPage, sentinelPages, type BenchPage, type SentinelGroup } from './pages';
import { TRIVIAL_CHROME, TRIVIAL_FIREFOX, writeTrivialExtensions } from './trivial';
import { chromiumBare, chromiumDriverFor, chromiumWithExtension, firefoxBare, firefoxDriverFor, firefoxWithExtension, type Interval, type LoadReading, type PageDriver } from './browsers';
import { highlightBundle, MARKJS_PATH } from './highlight-bundle';
import { max, median, sum } from './stats';

export interface BenchOptions {
  /** One non-story page and the seed article, one run each, no Firefox, no CLI loop over every fixture. */
  quick?: boolean;
  runs?: number;
  firefox?: boolean;
  log?: (line: string) => void;
}

/** Figures of one page in one browser: each a median over the runs, with the raw runs kept. */
export interface PageFigures {
  page: string;
  label: string;
  kind: BenchPage['kind'];
  bytes: number;
  nodes: number;
  words: number;
  runs: number;
  sentinelMs: number;
  /** Non-story pages: loadEventEnd with and without the extension, interleaved runs. */
  loadWithMs?: number;
  loadWithoutMs?: number;
  loadOverheadPct?: number;
  /** Story pages: the lens's phases (busy time), its wall time, and the longest tasks. */
  extractMs?: number;
  analyzeMs?: number;
  highlightMs?: number;
  highlightWallMs?: number;
  lensMs?: number;
  lensSlices?: number;
  /** Longest long task that overlaps our own work (0 when none reached 50 ms); null without longtask. */
  longestOurTaskMs?: number | null;
  longestPageTaskMs?: number | null;
  /** Chromium loads traced for the long tasks (apart from the timed runs). */
  tracedRuns?: number;
  /** True when the lens ran where it must not (non-story) or did not run where it must (story). */
  lensRan: boolean;
  raw: LoadReading[];
}

export interface HighlightFigures {
  page: string;
  names: number;
  runs: number;
  floorMs: number;
  oursMs: number;
  oursIndexMs: number;
  oursSearchMs: number;
  oursAddMs: number;
  markjsMs: number;
  oursHighlights: number;
  markjsElements: number;
  markjsOverOurs: number;
  oursOverFloor: number;
  raw: Array<{ floor: number; ours: number; markjs: number }>;
}

export interface BenchResults {
  date: string;
  quick: boolean;
  runs: number;
  machine: { nproc: number; cpu: string; memoryGb: number; os: string; node: string };
  browsers: { chromium: string; firefox: string | null };
  chromium: PageFigures[];
  firefox: PageFigures[] | null;
  highlight: HighlightFigures[];
  heap: { page: string; runs: number; withoutMb: number; withMb: number; lensMb: number; raw: Array<{ without: number; with: number }> } | null;
  bundles: Array<{ file: string; bytes: number }>;
  /** The sentinel against a trivial extension (document.title only), same run, loads interleaved. */
  sentinelVsTrivial?: { chromium: TrivialRow[]; firefox: TrivialRow[] | null; date: string; against?: string };
  cli: { pages: number; processPagesPerSec: number; processMs: number; inProcessPagesPerSec: number; inProcessMs: number };
}

const words = (html: string): number =>
  html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

const byName = (r: LoadReading, name: string): Interval[] => r.measures.filter((m) => m.name === name);
const one = (r: LoadReading, name: string): number => byName(r, name)[0]?.duration ?? NaN;

/** Our busy intervals in a reading: the sentinel, the lens's extraction/analysis, and each highlight slice. */
function ourWork(r: LoadReading): Interval[] {
  return r.measures.filter((m) => m.name !== 'storylens:highlight');
}

/** The longest long task that overlaps any interval of ours (the page's own parse tasks do not count). */
function longestOurs(r: LoadReading): number | null {
  if (r.longTasks === null) return null;
  const ours = ourWork(r);
  const hits = r.longTasks.filter((t) => ours.some((o) => o.start < t.start + t.duration && t.start < o.start + o.duration));
  return max(hits.map((t) => t.duration));
}

/** Figures for one page in one browser: `runs` loads with the extension (and without, for non-story pages). */
async function measurePage(page: BenchPage, ext: PageDriver, bare: PageDriver | null, runs: number): Promise<PageFigures> {
  const withExt: LoadReading[] = [];
  const without: LoadReading[] = [];
  const story = page.kind === 'story';
  for (let i = 0; i < runs; i++) {
    // Interleaved: a slow moment of the machine hits both sides alike.
    withExt.push(await ext.load(page.url, story ? { waitFor: 'storylens:highlight' } : { waitFor: 'storylens:sentinel', settleMs: 300 }));
    if (bare && !story) without.push(await bare.load(page.url));
  }
  // Traced loads (Chromium) for the long tasks: tracing costs time, so they are kept apart.
  const traced: LoadReading[] = [];
  if (ext.browser === 'chromium') {
    for (let i = 0; i < Math.min(runs, 2); i++) traced.push(await ext.load(page.url, { ...(story ? { waitFor: 'storylens:highlight' } : { waitFor: 'storylens:sentinel', settleMs: 300 }), trace: true }));
  }
  const lensRan = withExt.some((r) => byName(r, 'storylens:analyze').length > 0);
  const fig: PageFigures = {
    page: page.id, label: page.label, kind: page.kind, bytes: Buffer.byteLength(page.html), nodes: withExt[0]!.nodes, words: words(page.html),
    runs, sentinelMs: median(withExt.map((r) => one(r, 'storylens:sentinel'))), lensRan, raw: withExt,
  };
  if (!story && without.length) {
    fig.loadWithMs = median(withExt.map((r) => r.load));
    fig.loadWithoutMs = median(without.map((r) => r.load));
    fig.loadOverheadPct = ((fig.loadWithMs - fig.loadWithoutMs) / fig.loadWithoutMs) * 100;
    fig.raw = [...withExt, ...without];
  }
  if (story) {
    fig.extractMs = median(withExt.map((r) => one(r, 'storylens:extract')));
    fig.analyzeMs = median(withExt.map((r) => one(r, 'storylens:analyze')));
    fig.highlightMs = median(withExt.map((r) => sum(byName(r, 'storylens:highlight-batch').map((s) => s.duration))));
    fig.highlightWallMs = median(withExt.map((r) => one(r, 'storylens:highlight')));
    fig.lensSlices = median(withExt.map((r) => byName(r, 'storylens:highlight-batch').length));
    fig.lensMs = median(withExt.map((r) => (one(r, 'storylens:extract') || 0) + one(r, 'storylens:analyze') + sum(byName(r, 'storylens:highlight-batch').map((s) => s.duration))));
  }
  fig.longestOurTaskMs = traced.length ? max(traced.map((r) => longestOurs(r) ?? 0)) : null;
  fig.longestPageTaskMs = traced.length ? max(traced.map((r) => max((r.longTasks ?? []).map((t) => t.duration)))) : null;
  fig.tracedRuns = traced.length;
  fig.raw = [...fig.raw, ...traced];
  return fig;
}

/** The three-way highlight comparison on one page, in a browser without the extension. */
async function measureHighlight(page: BenchPage, bare: PageDriver, runs: number): Promise<HighlightFigures> {
  const names = namesOnPage(page.html);
  const bundle = await highlightBundle();
  const markjs = readFileSync(MARKJS_PATH, 'utf8');
  const raw: Array<{ floor: number; ours: number; markjs: number; index: number; search: number; add: number; oursCount: number; markCount: number }> = [];
  for (let i = 0; i < runs; i++) {
    const p = (await bare.open(page.url)) as Page;
    try {
      await p.addScriptTag({ content: markjs });
      await p.addScriptTag({ content: bundle });
      const r = await p.evaluate((names) => {
        type T = { ms: number; count: number };
        const b = (globalThis as unknown as { __slBench: { floor(): T; highlightOurs(n: string[]): T & { indexMs: number; searchMs: number; addMs: number }; highlightMarkJs(n: string[]): T } }).__slBench;
        b.floor(); // warm-up: every approach then meets the same warm DOM
        const floor = b.floor();
        const ours = b.highlightOurs(names);
        const mark = b.highlightMarkJs(names);
        return { floor: floor.ms, ours: ours.ms, markjs: mark.ms, index: ours.indexMs, search: ours.searchMs, add: ours.addMs, oursCount: ours.count, markCount: mark.count };
      }, names);
      raw.push(r);
    } finally {
      await p.close();
    }
  }
  const floorMs = median(raw.map((r) => r.floor));
  const oursMs = median(raw.map((r) => r.ours));
  const markjsMs = median(raw.map((r) => r.markjs));
  return {
    page: page.id, names: names.length, runs, floorMs, oursMs, markjsMs,
    oursIndexMs: median(raw.map((r) => r.index)), oursSearchMs: median(raw.map((r) => r.search)), oursAddMs: median(raw.map((r) => r.add)),
    oursHighlights: raw[0]!.oursCount, markjsElements: raw[0]!.markCount,
    markjsOverOurs: markjsMs / oursMs, oursOverFloor: oursMs / floorMs,
    raw: raw.map(({ floor, ours, markjs }) => ({ floor, ours, markjs })),
  };
}

/** JS heap of the page's renderer after a full GC, with the lens settled vs without the extension (CDP). */
async function measureHeap(page: BenchPage, ext: PageDriver, bare: PageDriver, runs: number): Promise<NonNullable<BenchResults['heap']>> {
  const usedAfterGc = async (p: Page): Promise<number> => {
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return usedSize / 2 ** 20;
  };
  const raw: Array<{ without: number; with: number }> = [];
  for (let i = 0; i < runs; i++) {
    const pw = (await ext.open(page.url)) as Page;
    await pw.waitForFunction(() => performance.getEntriesByName('storylens:highlight', 'measure').length > 0, undefined, { timeout: 120_000 });
    const withMb = await usedAfterGc(pw);
    await pw.close();
    const pb = (await bare.open(page.url)) as Page;
    const withoutMb = await usedAfterGc(pb);
    await pb.close();
    raw.push({ with: withMb, without: withoutMb });
  }
  const withMb = median(raw.map((r) => r.with));
  const withoutMb = median(raw.map((r) => r.without));
  return { page: page.id, runs, withMb, withoutMb, lensMb: median(raw.map((r) => r.with - r.without)), raw };
}

function bundleSizes(): BenchResults['bundles'] {
  const dir = join(ROOT, 'dist/chrome');
  const out: BenchResults['bundles'] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) out.push({ file: relative(ROOT, p), bytes: statSync(p).size });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** Pages per second of the CLI: one process over every fixture, and analyzeHtml in a loop in this process. */
function cliThroughput(quick: boolean): BenchResults['cli'] {
  const fixtures = readdirSync(join(ROOT, 'test/fixtures')).filter((n) => statSync(join(ROOT, 'test/fixtures', n)).isDirectory()).map((n) => join('test/fixtures', n, 'page.html'));
  const files = quick ? fixtures.slice(0, 3) : fixtures;
  const t0 = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'dist/cli/storylens.mjs'), 'analyze', '--json', ...files], { cwd: ROOT, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  const processMs = performance.now() - t0;
  const htmls = files.map((f) => readFileSync(join(ROOT, f), 'utf8'));
  analyzeHtml(htmls[0]!, null, dataset); // warm-up: compile the matcher once, as the process above does
  const t1 = performance.now();
  for (const h of htmls) analyzeHtml(h, null, dataset);
  const inProcessMs = performance.now() - t1;
  return { pages: files.length, processMs, processPagesPerSec: files.length / (processMs / 1000), inProcessMs, inProcessPagesPerSec: files.length / (inProcessMs / 1000) };
}

function machine(): BenchResults['machine'] {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const memKb = Number(/MemTotal:\s*(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? NaN);
  const os = /PRETTY_NAME="([^"]*)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? process.platform;
  return { nproc: Number(execFileSync('nproc').toString().trim()), cpu, memoryGb: memKb / 2 ** 20, os, node: process.version };
}

export async function runBench(opts: BenchOptions = {}): Promise<BenchResults> {
  const quick = opts.quick ?? false;
  const runs = opts.runs ?? (quick ? 1 : 7);
  const log = opts.log ?? (() => undefined);
  const pages = benchPages({ quick });
  const server = await startNewsServer(Object.fromEntries(pages.map((p) => [p.url, p.html])));
  const results: Partial<BenchResults> = { date: new Date().toISOString(), quick, runs, machine: machine() };
  try {
    const ext = await chromiumWithExtension(server.port);
    const bare = await chromiumBare(server.port);
    try {
      results.browsers = { chromium: await ext.version(), firefox: null };
      results.chromium = [];
      // Warm-up, untimed: the extension's service worker starts, both profiles settle.
      for (let i = 0; i < 3; i++) {
        await ext.load(pages[0]!.url, { waitFor: 'storylens:sentinel' });
        await bare.load(pages[0]!.url);
      }
      for (const page of pages) {
        log(`chromium: ${page.label}`);
        // The two long story pages get fewer runs: each load is seconds of parsing alone.
        const n = page.id === 'dom-200k' || page.id === 'story-50k' ? Math.min(runs, 5) : page.kind === 'non-story' && !quick ? runs + 4 : runs;
        results.chromium.push(await measurePage(page, ext, bare, n));
      }
      results.highlight = [];
      for (const page of pages.filter((p) => p.kind === 'story' && p.id !== 'dom-200k')) {
        log(`highlight comparison: ${page.label}`);
        // mark.js takes ~20 s per pass on the 50,000-word page: three passes there.
        results.highlight.push(await measureHighlight(page, bare, page.id === 'story-50k' ? Math.min(runs, 3) : runs));
      }
      const big = pages.find((p) => p.id === 'story-50k') ?? pages.find((p) => p.kind === 'story')!;
      log(`heap: ${big.label}`);
      results.heap = await measureHeap(big, ext, bare, quick ? 1 : 3);
    } finally {
      await ext.close();
      await bare.close();
    }
    results.firefox = null;
    if (opts.firefox ?? !quick) {
      const ff = await firefoxWithExtension(server.port);
      const ffBare = await firefoxBare(server.port);
      try {
        results.browsers!.firefox = await ff.version();
        results.firefox = [];
        for (let i = 0; i < 3; i++) {
          await ff.load(pages[0]!.url, { waitFor: 'storylens:sentinel' });
          await ffBare.load(pages[0]!.url);
        }
        for (const page of pages) {
          log(`firefox: ${page.label}`);
          const n = page.id === 'dom-200k' || page.id === 'story-50k' ? Math.min(runs, 3) : page.kind === 'non-story' && !quick ? runs : Math.min(runs, 5);
          results.firefox.push(await measurePage(page, ff, ffBare, n));
        }
      } finally {
        await ff.close();
        await ffBare.close();
      }
    }
  } finally {
    await server.close();
  }
  log('bundle sizes, CLI throughput');
  results.bundles = bundleSizes();
  results.cli = cliThroughput(quick);
  return results as BenchResults;
}

/** One page of the sentinel-vs-trivial comparison: medians of `storylens:cs` (our content script's whole time). */
export interface TrivialRow {
  page: string;
  label: string;
  group: SentinelGroup;
  bytes: number;
  runs: number;
  trivialMs: number;
  sentinelMs: number;
  deltaMs: number;
  ratio: number;
  /**
   * Where the sentinel's time went on a page whose text it read (medians); null when it left early
   * every time, so also whether it read the page.
   */
  phases: Phases | null;
  raw: Array<{ trivial: number; sentinel: number }>;
  /** With --against DIR: the other build of ours, in the same alternation. */
  other?: { sentinelMs: number; phases: Phases | null };
}

/** The sentinel's phases in run order: its compile, the early exit, the reading, the term test, the rest (verdict and watch). */
export const PHASES = ['compile', 'leave', 'read', 'test', 'rest'] as const;
export type Phases = Record<(typeof PHASES)[number], number>;

const csMs = (r: LoadReading): number => sum(byName(r, 'storylens:cs').map((m) => m.duration));

/**
 * The bench build's nested measures, all from marks in one synchronous run: `storylens:cs:compile`
 * (the start mark to the sentinel's first statement), `storylens:cs:leave` (to the early exit
 * passed), `storylens:sentinel:read` and `storylens:sentinel` (reading, then reading and testing).
 * Null when the sentinel left early.
 */
function phasesOf(r: LoadReading): Phases | null {
  const one = (name: string): number | undefined => byName(r, name)[0]?.duration;
  const compile = one('storylens:cs:compile');
  const leave = one('storylens:cs:leave');
  const read = one('storylens:sentinel:read');
  const both = one('storylens:sentinel');
  if (compile === undefined || leave === undefined || read === undefined || both === undefined) return null;
  return { compile, leave: leave - compile, read, test: both - read, rest: csMs(r) - leave - both };
}

/** Medians of each phase over the loads in which the sentinel read the page (null when it always left early). */
function phaseMedians(readings: LoadReading[]): Phases | null {
  const split = readings.map(phasesOf).filter((p) => p !== null);
  if (split.length === 0) return null;
  return Object.fromEntries(PHASES.map((k) => [k, median(split.map((x) => x[k]))])) as Phases;
}

/**
 * The sentinel (bench build, registered by its background) against the trivial extension, in one
 * run: for each page, loads alternate (ours, trivial, ours, …), each in a fresh tab, and each
 * reading is the page's `storylens:cs` measures (from the start mark in front of the script to its
 * end: script compile and run, any message sent included).
 */
export async function runSentinelVsTrivial(opts: { runs?: number; firefox?: boolean; against?: string; log?: (l: string) => void } = {}): Promise<NonNullable<BenchResults['sentinelVsTrivial']>> {
  const runs = opts.runs ?? 15;
  const log = opts.log ?? (() => undefined);
  writeTrivialExtensions();
  const pages = sentinelPages();
  // Cross-origin isolated pages (COOP/COEP, their hosts treated as secure): Chromium's clock then
  // reads in 5 µs steps instead of 100 µs (the targets are tenths of a ms apart). The pages load
  // nothing from elsewhere, so the headers change nothing else.
  const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const server = await startNewsServer(Object.fromEntries(pages.map((p) => [p.url, { body: p.html, headers: isolated }])));
  const origins = [...new Set(pages.map((p) => new URL(p.url).origin))];
  /** ours, trivial, [the other build], ours, trivial, …: every build sees the machine in the same state. */
  const measure = async (drivers: PageDriver[], browser: string): Promise<TrivialRow[]> => {
    for (let i = 0; i < 3; i++) for (const d of drivers) await d.load(pages[3]!.url, { waitFor: 'storylens:cs' });
    const rows: TrivialRow[] = [];
    for (const page of pages) {
      log(`${browser} sentinel vs trivial${drivers.length > 2 ? ' and the other build' : ''}: ${page.label}`);
      const readings: LoadReading[][] = drivers.map(() => []);
      for (let i = 0; i < runs; i++) for (let d = 0; d < drivers.length; d++) readings[d]!.push(await drivers[d]!.load(page.url, { waitFor: 'storylens:cs' }));
      const [ours, trivial, other] = readings as [LoadReading[], LoadReading[], LoadReading[] | undefined];
      const raw = ours.map((r, i) => ({ sentinel: csMs(r), trivial: csMs(trivial[i]!) }));
      const sentinelMs = median(raw.map((r) => r.sentinel));
      const trivialMs = median(raw.map((r) => r.trivial));
      const phases = phaseMedians(ours);
      rows.push({
        page: page.id, label: page.label, group: page.group, bytes: Buffer.byteLength(page.html), runs, trivialMs, sentinelMs,
        deltaMs: sentinelMs - trivialMs, ratio: sentinelMs / trivialMs, phases, raw,
        ...(other ? { other: { sentinelMs: median(other.map(csMs)), phases: phaseMedians(other) } } : {}),
      });
    }
    return rows;
  };
  const builds = (browser: 'chrome' | 'firefox', trivial: string): string[] =>
    [join(ROOT, `dist/bench-${browser}`), trivial, ...(opts.against ? [resolve(ROOT, `${opts.against}-${browser}`)] : [])];
  try {
    const secure = [`--unsafely-treat-insecure-origin-as-secure=${origins.join(',')}`];
    const chromes = [];
    for (const dir of builds('chrome', TRIVIAL_CHROME)) chromes.push(await launchChromium(server.port, dir, secure));
    let chromium: TrivialRow[];
    try {
      await new Promise((r) => setTimeout(r, 500)); // the background registers the sentinel
      chromium = await measure(chromes.map((c) => chromiumDriverFor(c.ctx, c.close)), 'chromium');
    } finally {
      for (const c of chromes) await c.close();
    }
    let firefox: TrivialRow[] | null = null;
    if (opts.firefox ?? true) {
      const prefs = { 'privacy.reduceTimerPrecision': false, 'dom.securecontext.allowlist': origins.map((o) => new URL(o).hostname).join(',') };
      const foxes = [];
      for (const dir of builds('firefox', TRIVIAL_FIREFOX)) foxes.push(await launchFirefox(server.port, dir, prefs));
      try {
        await new Promise((r) => setTimeout(r, 1500));
        firefox = await measure(foxes.map(firefoxDriverFor), 'firefox');
      } finally {
        for (const f of foxes) await f.close();
      }
    }
    return { chromium, firefox, date: new Date().toISOString(), ...(opts.against ? { against: opts.against } : {}) };
  } finally {
    await server.close();
  }
}
