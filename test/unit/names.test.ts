import { describe, expect, it } from 'vitest';
import { dataset, languageNames } from '../../src/data/index';
import { mergeNames, namesProblems } from '../../src/data/names';
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
});
