// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/index';
import { deriveSentinelTerms } from '../../src/content/sentinel-terms';
import { readSignals, test as sentinelTest } from '../../src/content/sentinel-signals';

const terms = deriveSentinelTerms(dataset);
const FIXTURES = join(import.meta.dirname, '../fixtures');

function verdict(name: string): boolean {
  const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return sentinelTest(readSignals(doc), terms, { subject: null, context: null });
}

describe('the sentinel', () => {
  it('carries a compact term list with both groups', () => {
    expect(terms.subject.length).toBeGreaterThan(5);
    expect(terms.context.length).toBeGreaterThan(20);
    expect(JSON.stringify(terms).length).toBeLessThan(6000);
  });

  it('asks for the lens on every story page, in every language', () => {
    const stories = readdirSync(FIXTURES).filter((f) => JSON.parse(readFileSync(join(FIXTURES, f, 'gold.json'), 'utf8')).label === 'kim-russia-2023-09');
    expect(stories.length).toBeGreaterThan(3);
    for (const f of stories) expect(verdict(f), f).toBe(true);
  });

  it('stays quiet on pages that name only one side', () => {
    for (const f of ['en-unrelated-vladivostok-ferry', 'de-unrelated-ezb-zinsen', 'es-unrelated-futbol-derbi', 'ja-unrelated-typhoon-kyushu']) expect(verdict(f), f).toBe(false);
  });

  it('matches Russian names in any case ending, and Latin short names only as words', () => {
    const state = () => ({ subject: null, context: null });
    expect(sentinelTest('Визит Ким Чен Ына на космодром Восточный', terms, state())).toBe(true);
    expect(sentinelTest('Skimming the news about Putin', terms, state())).toBe(false);
  });

  // Its speed is the benchmark's to measure (npm run bench); here, that it reads a bounded amount.
  it('reads only the first few thousand characters of a long page', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, 'en-story-seed-artyom', 'page.html'), 'utf8'), 'text/html');
    for (let i = 0; i < 3000; i++) doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'Filler paragraph about the weather and markets. '.repeat(5) }));
    const signals = readSignals(doc);
    expect(signals.length).toBeLessThan(10_000);
    expect(sentinelTest(signals, terms, { subject: null, context: null })).toBe(true);
  });
});

describe('the subject first', () => {
  it('context named before the subject appears (live pages) still makes a hit', async () => {
    const { test: testText } = await import('../../src/content/sentinel-signals');
    const terms = { subject: ['kim jong un'], context: ['vostochny'] };
    const state = { subject: null, context: null } as import('../../src/content/sentinel-signals').SentinelState;
    expect(testText('Putin will host a guest at Vostochny.', terms, state)).toBe(false);
    expect(state.context).toBeNull(); // not even looked for without the subject
    expect(testText('Kim Jong Un has arrived.', terms, state)).toBe(true);
    expect(state).toMatchObject({ subject: 'kim jong un', context: 'vostochny' });
  });
});
