/**
 * The quality targets, measured over every fixture (test/fixtures/<name>/{page.html, gold.json})
 * with the same code `npm run eval` runs.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { evaluateFixtures } from '../../src/cli/eval';
import { loadFixtures } from '../../src/cli/fixtures';
import { dataset } from '../../src/data/index';

const DIR = join(import.meta.dirname, '../fixtures');
const fixtures = loadFixtures(DIR);
const { pages, totals } = evaluateFixtures(DIR);
const failing = (pred: (p: (typeof pages)[number]) => boolean) => pages.filter(pred).map((p) => p.name);

describe('the fixture set', () => {
  const story = fixtures.filter((f) => f.gold.label === dataset.story.id);
  const lookalike = fixtures.filter((f) => f.gold.label !== null && f.gold.label !== dataset.story.id);
  const unrelated = fixtures.filter((f) => f.gold.label === null);

  it('has at least 45 pages: 20 carrying the story (8 in other languages), 15 look-alikes, 10 unrelated', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    expect(story.length).toBeGreaterThanOrEqual(20);
    expect(story.filter((f) => f.gold.lang !== 'en').length).toBeGreaterThanOrEqual(8);
    expect(lookalike.length).toBeGreaterThanOrEqual(15);
    expect(unrelated.length).toBeGreaterThanOrEqual(10);
  });

  it('labels look-alikes only with related stories the dataset knows', () => {
    const known = new Set(dataset.related.map((r) => r.id));
    expect(lookalike.filter((f) => !known.has(f.gold.label!)).map((f) => f.name)).toEqual([]);
  });

  it('names only entities the dataset holds in its gold files', () => {
    const ids = new Set(dataset.entities.map((e) => e.id));
    expect(fixtures.flatMap((f) => f.gold.entities.filter((id) => !ids.has(id)).map((id) => `${f.name}: ${id}`))).toEqual([]);
  });
});

describe('story detection', () => {
  it('has precision 1.0: no look-alike or unrelated page matches', () => {
    expect(failing((p) => p.story.predicted && !p.story.gold)).toEqual([]);
    expect(totals.story.precision).toBe(1);
  });
  it('has recall of at least 0.95', () => {
    expect(totals.story.recall, `missed: ${failing((p) => p.story.gold && !p.story.predicted).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});

describe('entity linking (per entity per page)', () => {
  it('has precision of at least 0.95', () => {
    const extra = pages.flatMap((p) => p.entities.extra.map((id) => `${p.name}: ${id}`));
    expect(totals.entities.precision, `extra: ${extra.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
  it('has recall of at least 0.95', () => {
    const missed = pages.flatMap((p) => p.entities.missed.map((id) => `${p.name}: ${id}`));
    expect(totals.entities.recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});

describe('quotes', () => {
  it('finds quotation spans with F1 of at least 0.97', () => {
    const detail = pages.flatMap((p) => [...p.quotes.missed.map((q) => `${p.name} missed "${q}"`), ...p.quotes.extra.map((q) => `${p.name} extra "${q}"`)]);
    expect(totals.quotes.f1, detail.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
  it('names the right speaker (or none) for at least 92% of gold quotes', () => {
    const detail = pages.flatMap((p) => p.quotes.wrongSpeakers.map((w) => `${p.name}: ${w}`));
    expect(totals.speakers.accuracy, detail.join('\n')).toBeGreaterThanOrEqual(0.92);
  });
});
