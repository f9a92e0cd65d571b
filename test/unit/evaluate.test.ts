import { describe, expect, it } from 'vitest';
import { partyMatches, quoteKey, scorePage, totals } from '../../src/cli/evaluate';
import type { Analysis } from '../../src/core/types';

const nameOf = (id: string) => ({ kcna: 'Korean Central News Agency', 'yoon-suk-yeol': 'Yoon Suk Yeol' })[id];

function analysis(partial: Partial<Analysis>): Analysis {
  return {
    url: null, title: '', site: null, lang: 'en', published: null, text: '',
    story: { id: 's', title: 'S', matched: false, score: 0, signals: [], related: null, phase: null },
    entities: [], quotes: [], ...partial,
  };
}

describe('quoteKey', () => {
  it('ignores surrounding punctuation, case and whitespace runs', () => {
    expect(quoteKey(' illegal and unjust,')).toBe('illegal and unjust');
    expect(quoteKey('Unite  more\u00a0tightly.')).toBe('unite more tightly');
    expect(quoteKey('a')).not.toBe(quoteKey('b'));
    expect(quoteKey('We will stand together.\n“And we will win,')).toBe(quoteKey('We will stand together. And we will win'));
  });
});

describe('partyMatches', () => {
  it('matches ids exactly and unknown speakers by name', () => {
    expect(partyMatches('kcna', { id: 'kcna', name: 'KCNA' }, nameOf)).toBe(true);
    expect(partyMatches('kcna', { id: 'tass', name: 'TASS' }, nameOf)).toBe(false);
    expect(partyMatches({ name: 'Victor Cha' }, { id: null, name: 'Cha' }, nameOf)).toBe(true);
    expect(partyMatches({ name: 'Victor Cha' }, { id: null, name: 'Leif-Eric Easley' }, nameOf)).toBe(false);
    expect(partyMatches('kcna', null, nameOf)).toBe(false);
  });
});

describe('scorePage and totals', () => {
  it('counts entities per page and quotes one-to-one, with null speakers right only when gold is null', () => {
    const a = analysis({
      story: { id: 's', title: 'S', matched: true, score: 9, signals: [], related: null, phase: null },
      entities: [
        { id: 'kcna', name: 'KCNA', type: 'organisation', mentions: [] },
        { id: 'tass', name: 'TASS', type: 'organisation', mentions: [] },
        { id: null, name: 'Jane Doe', type: 'person', mentions: [] },
      ],
      quotes: [
        { text: 'illegal and unjust', start: 0, end: 1, speaker: { id: 'yoon-suk-yeol', name: 'Yoon Suk Yeol' }, via: [], cue: 'termed', kind: 'partial' },
        { text: 'no one', start: 0, end: 1, speaker: { id: 'kcna', name: 'KCNA' }, via: [], cue: null, kind: 'direct' },
      ],
    });
    const page = scorePage('p', 's', a, {
      label: 's', url: null, lang: 'en', published: null, entities: ['kcna', 'yoon-suk-yeol'],
      quotes: [
        { text: 'illegal and unjust,', speaker: 'yoon-suk-yeol', via: [] },
        { text: 'no one.', speaker: null, via: [] },
      ],
    }, nameOf);
    expect(page.entities).toEqual({ tp: 1, missed: ['yoon-suk-yeol'], extra: ['tass'] });
    expect(page.quotes.tp).toBe(2);
    expect(page.quotes.speakerRight).toBe(1);
    const t = totals([page]);
    expect(t.story).toMatchObject({ precision: 1, recall: 1 });
    expect(t.entities.precision).toBe(0.5);
    expect(t.quotes.f1).toBe(1);
    expect(t.speakers.accuracy).toBe(0.5);
  });
});
