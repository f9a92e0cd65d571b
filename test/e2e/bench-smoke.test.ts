/**
 * The benchmark, cheaply (one non-story page and the seed article, one run each, Chromium only),
 * so `npm run bench` cannot rot: it checks that every figure was produced, not how fast it is.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { runBench, type BenchResults } from '../bench/bench';
import { markdown, targets } from '../bench/report';
import { benchPages, seeded } from '../bench/pages';

const positive = (x: number | null | undefined): boolean => typeof x === 'number' && Number.isFinite(x) && x > 0;

let results: BenchResults;
beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'build.mjs'), '--bench'], { cwd: ROOT, stdio: 'pipe' });
  results = await runBench({ quick: true, firefox: false });
}, 240_000);

describe('bench pages', () => {
  it('are the same bytes from the same seed', () => {
    const a = benchPages().map((p) => p.html);
    const b = benchPages().map((p) => p.html);
    expect(a).toEqual(b);
    expect(seeded(7)()).toBe(seeded(7)());
    expect(seeded(7)()).not.toBe(seeded(8)());
  });
  it('reach their sizes', () => {
    const pages = new Map(benchPages().map((p) => [p.id, p]));
    expect(Buffer.byteLength(pages.get('non-story-1mb')!.html)).toBeGreaterThan(1_000_000);
    const words = (id: string) => pages.get(id)!.html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    expect(words('story-50k')).toBeGreaterThan(50_000);
    expect(words('story-10k')).toBeGreaterThan(10_000);
  });
});

describe('bench smoke run (Chromium, quick)', () => {
  it('measures the sentinel and the page load with and without the extension', () => {
    const nonStory = results.chromium.find((p) => p.kind === 'non-story')!;
    // Chromium rounds performance.now() to 0.1 ms here, so a fast sentinel may read 0.
    expect(Number.isFinite(nonStory.sentinelMs)).toBe(true);
    expect(nonStory.sentinelMs).toBeGreaterThanOrEqual(0);
    expect(positive(nonStory.loadWithMs)).toBe(true);
    expect(positive(nonStory.loadWithoutMs)).toBe(true);
    expect(Number.isFinite(nonStory.loadOverheadPct)).toBe(true);
    expect(nonStory.lensRan).toBe(false);
  });

  it('measures the lens in phases on the seed article, and reads the long tasks from a trace', () => {
    const seed = results.chromium.find((p) => p.page === 'seed')!;
    expect(seed.lensRan).toBe(true);
    for (const v of [seed.extractMs, seed.analyzeMs, seed.highlightMs, seed.highlightWallMs, seed.lensMs]) expect(positive(v)).toBe(true);
    expect(seed.tracedRuns).toBeGreaterThan(0);
    expect(typeof seed.longestOurTaskMs).toBe('number');
    expect(typeof seed.longestPageTaskMs).toBe('number');
  });

  it('highlights the same names three ways', () => {
    const h = results.highlight[0]!;
    expect(h.names).toBeGreaterThan(0);
    // Chromium rounds performance.now() to 0.1 ms, so in this quick run the floor (a bare DOM walk) may read 0:
    // each time is then a finite non-negative number, and a ratio is checked wherever its denominator is not 0
    for (const v of [h.floorMs, h.oursMs, h.markjsMs]) expect(Number.isFinite(v) && v >= 0).toBe(true);
    expect(positive(h.oursMs + h.markjsMs)).toBe(true);
    if (h.oursMs > 0) expect(positive(h.markjsOverOurs)).toBe(true);
    if (h.floorMs > 0) expect(positive(h.oursOverFloor)).toBe(true);
    expect(h.oursHighlights).toBeGreaterThan(0);
    expect(h.markjsElements).toBeGreaterThan(0);
  });

  it('reads the heap, the bundle sizes and the CLI throughput', () => {
    expect(positive(results.heap?.withMb)).toBe(true);
    expect(positive(results.heap?.withoutMb)).toBe(true);
    expect(Number.isFinite(results.heap?.lensMb)).toBe(true);
    expect(results.bundles.some((b) => b.file.endsWith('content/sentinel.js') && b.bytes > 0)).toBe(true);
    expect(positive(results.cli.processPagesPerSec)).toBe(true);
    expect(positive(results.cli.inProcessPagesPerSec)).toBe(true);
  });

  it('writes a report with every target', () => {
    const md = markdown(results, 'notes');
    expect(md).toContain('| target | wanted | measured | met |');
    expect(md).toContain(results.machine.cpu);
    expect(targets(results).length).toBeGreaterThanOrEqual(8);
  });
});
