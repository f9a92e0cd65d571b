import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/analyze-text';
import { marksFor } from '../../src/content/marks';
import { dataset, entitiesById } from '../../src/data/index';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Analysis } from '../../src/core/types';

function entitiesIn(text: string): Record<string, string[]> {
  const a = analyzeText({ text, blocks: [], meta: { url: null, title: '', site: null, lang: 'en', published: null }, dataset });
  return Object.fromEntries(a.entities.filter((e) => e.id).map((e) => [e.id as string, e.mentions.map((m) => text.slice(m.start, m.end))]));
}

describe('names inside names', () => {
  it('a named thing that contains an organisation names both', () => {
    const found = entitiesIn('The deal would violate United Nations sanctions against Pyongyang.');
    expect(found['un-sanctions']).toEqual(['United Nations sanctions']);
    expect(found['united-nations']).toEqual(['United Nations']);
  });

  it('a site that contains a city names both', () => {
    const found = entitiesIn('Kim toured the Komsomolsk-on-Amur Aircraft Plant on Friday.');
    expect(found['knaaz']).toBeDefined();
    expect(found['komsomolsk-on-amur']).toEqual(['Komsomolsk-on-Amur']);
  });

  it('an organisation is not opened up: the UN Security Council is not the UN', () => {
    const found = entitiesIn('The UN Security Council met on Monday.');
    expect(found['un-security-council']).toEqual(['UN Security Council']);
    expect(found['united-nations']).toBeUndefined();
  });

  it('ambiguous inner names are not guessed', () => {
    const found = entitiesIn('North Korea fired two missiles.');
    expect(Object.keys(found)).toEqual(['north-korea']);
  });
});

describe('marks', () => {
  it('highlight the longer name only, while quotes may contain names', () => {
    const text = 'He said "we reject United Nations sanctions" firmly.';
    const a = analyzeText({ text, blocks: [], meta: { url: null, title: '', site: null, lang: 'en', published: null }, dataset }) as Analysis;
    const index = { toRange: () => { throw new Error('not used'); }, segments: [] };
    const byId = entitiesById;
    const marks = marksFor(a, index, byId, DEFAULT_SETTINGS, 0).map((m) => [m.kind, text.slice(m.start, m.end)]);
    expect(marks).toContainEqual(['thing', 'United Nations sanctions']);
    expect(marks).not.toContainEqual(['organisation', 'United Nations']);
    expect(marks.filter(([k]) => k === 'quote')).toHaveLength(1);
  });
});

describe('opaque names', () => {
  it('a region named after its capital does not name the city', () => {
    const found = entitiesIn('Kim flew over the Khabarovsk region on Friday.');
    expect(found['khabarovsk-krai']).toBeDefined();
    expect(found['khabarovsk']).toBeUndefined();
  });
});

describe('organisations', () => {
  it('an organisation names the country it belongs to', () => {
    const found = entitiesIn('The US State Department said on Monday that talks would continue.');
    expect(found['us-state-department']).toBeDefined();
    expect(found['united-states']).toEqual(['US']);
  });
  it('but an outlet named after a place does not name the place', () => {
    const found = entitiesIn('The Moscow Times and The Washington Post both reported it.');
    expect(found['moscow']).toBeUndefined();
    expect(found['washington']).toBeUndefined();
  });
});
