import { describe, expect, it } from 'vitest';
import { dataset, languageNames } from '../../src/data/index';
import { mergeNames, namesProblems, nuktaSpellings } from '../../src/data/names';
import { findEntities } from '../../src/core/analyze-text';
import type { Entity, Story } from '../../src/data/schema';

const kim = dataset.entities.find((e) => e.id === 'kim-jong-un') as Entity;

describe('names in the other languages (src/data/names/<lang>.json)', () => {
  it('refer only to entities and signals the dataset has', () => {
    expect(namesProblems(dataset.entities, dataset.story, languageNames)).toEqual([]);
  });

  it('are merged into the aliases, roles and term signals, keeping what was there', () => {
    const story: Story = { ...dataset.story, signals: [{ kind: 'term', key: 'k', terms: { en: ['x'] }, weight: 1, text: 'a test signal' }] };
    const out = mergeNames([kim], story, { pt: { entities: { 'kim-jong-un': { aliases: ['Kim Jong-un', 'Kim Jong Un'], roles: ['líder norte-coreano'] } }, signals: { k: ['y'] } } });
    expect(out.entities[0]!.aliases.pt).toEqual(['Kim Jong-un', 'Kim Jong Un']);
    expect(out.entities[0]!.aliases.en).toEqual(kim.aliases.en);
    expect(out.entities[0]!.roles?.pt).toEqual(['líder norte-coreano']);
    expect(out.story.signals[0]).toMatchObject({ terms: { en: ['x'], pt: ['y'] } });
    expect(kim.aliases.pt ?? []).not.toContain('líder norte-coreano');
  });

  it('report unknown ids, unknown keys and empty names', () => {
    const problems = namesProblems([kim], dataset.story, { pl: { entities: { nobody: { aliases: ['X'] }, 'kim-jong-un': { aliases: [' '] } }, signals: { 'no-such-key': ['y'] } } });
    expect(problems).toEqual([
      'names/pl.json: unknown entity "nobody"',
      'names/pl.json: unknown signal key "no-such-key"',
      'names/pl.json: kim-jong-un: empty name',
    ]);
  });

  it('carry both spellings of a nukta letter, so a page written either way is matched', () => {
    // য় as one code point (U+09DF) and as য + nukta (U+09AF U+09BC); ज़ likewise in Devanagari.
    expect(nuktaSpellings('\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be')).toEqual(['\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be', '\u09b0\u09be\u09b6\u09bf\u09df\u09be']);
    expect(nuktaSpellings('\u095b\u0947\u0932\u0947\u0902\u0938\u094d\u0915\u0940')).toHaveLength(2);
    expect(nuktaSpellings('Kim Jong Un')).toEqual(['Kim Jong Un']);
    for (const russia of ['\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be\u09af\u09bc', '\u09b0\u09be\u09b6\u09bf\u09df\u09be\u09df']) {
      const ids = findEntities(`\u09aa\u09c1\u09a4\u09bf\u09a8 ${russia} \u09ab\u09bf\u09b0\u09c7\u099b\u09c7\u09a8\u0964`, dataset, 'bn').linked.map((m) => m.id);
      expect(ids).toContain('russia');
    }
  });
});

