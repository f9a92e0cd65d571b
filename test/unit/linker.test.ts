import { describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../../src/data/schema';
import { compileMatcher, matchText } from '../../src/core/matcher';
import { groupMentions, linkMatches, resolveRole, findRoles } from '../../src/core/linker';
import { findEntities } from '../../src/core/analyze-text';
import { dataset as realDataset } from '../../src/data/index';
import { testEntity } from '../support/entities';

const entity = (id: string, aliases: Entity['aliases'], short?: Entity['short'], roles?: Entity['roles']): Entity =>
  testEntity({ id, type: 'person', name: `Name of ${id}`, aliases, short, roles });

const dataset: Dataset = {
  story: {} as Dataset['story'],
  related: [],
  entities: [
    entity('kim-jong-un', { en: ['Kim Jong Un'] }, { en: ['Kim'] }),
    entity('kim-yo-jong', { en: ['Kim Yo Jong'] }, { en: ['Kim'] }),
    entity('kim-jong-il', { en: ['Kim Jong Il'] }),
    entity('sergei-shoigu', { en: ['Sergei Shoigu'], ru: ['Сергей Шойгу'] }, { en: ['Shoigu'] }, { en: ['defence minister'], ru: ['министр обороны'] }),
    entity('kang-sun-nam', { en: ['Kang Sun Nam'] }, { en: ['Kang'] }, { en: ['defence minister'] }),
  ],
  ambiguous: [{ alias: 'Kim', lang: 'en', candidates: ['kim-jong-un', 'kim-yo-jong', 'kim-jong-il'], note: 'family name' }],
};
const matcher = compileMatcher(dataset);
const link = (text: string) => linkMatches(matchText(matcher, text), dataset, text);
const ids = (text: string) => link(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('linkMatches', () => {
  it('resolves an ambiguous short form to a full mention earlier in the same sentence', () => {
    expect(ids('Kim Jong Un arrived. Kim Yo Jong followed and Kim smiled.')).toEqual([
      ['Kim Jong Un', 'kim-jong-un'],
      ['Kim Yo Jong', 'kim-yo-jong'],
      ['Kim', 'kim-yo-jong'],
    ]);
    expect(ids('Kim Jong Un arrived. Kim Yo Jong followed. Kim smiled.').at(-1)).toEqual(['Kim', 'kim-jong-un']);
  });

  it('otherwise prefers the candidate named in full most often (the subject of the article)', () => {
    const text = 'Kim Jong Un left by train. Kim Jong Un is wary of flying. His father Kim Jong Il also went by rail in 2011. The train lets Kim bring his staff.';
    expect(ids(text).at(-1)).toEqual(['Kim', 'kim-jong-un']);
    expect(ids('Kim Jong Un met Kim Yo Jong, and Kim said no.').at(-1)).toEqual(['Kim', 'kim-yo-jong']);
  });

  it('uses the fully named candidate when none precedes, and leaves it unlinked when none is named', () => {
    expect(ids('Kim waved. Later Kim Jong Un spoke.')).toEqual([
      ['Kim', 'kim-jong-un'],
      ['Kim Jong Un', 'kim-jong-un'],
    ]);
    expect(ids('Kim waved.')).toEqual([]);
    // a tie goes to the candidate named first
    expect(ids('Kim waved. Kim Yo Jong and Kim Jong Un spoke.')[0]).toEqual(['Kim', 'kim-yo-jong']);
  });

  it('groups mentions per entity in order of first mention with canonical names', () => {
    const text = 'Shoigu met Kang Sun Nam. Sergei Shoigu smiled.';
    const hits = groupMentions(link(text), text);
    expect(hits.map((h) => [h.id, h.name, h.mentions.map((m) => m.text)])).toEqual([
      ['sergei-shoigu', 'Name of sergei-shoigu', ['Shoigu', 'Sergei Shoigu']],
      ['kang-sun-nam', 'Name of kang-sun-nam', ['Kang Sun Nam']],
    ]);
  });
});

describe('roles', () => {
  it('are not mentions, but resolve to the most recent preceding holder', () => {
    const text = 'Kang Sun Nam met Sergei Shoigu. The defence minister said the talks went well.';
    const mentions = link(text);
    expect(mentions.map((m) => m.id)).toEqual(['kang-sun-nam', 'sergei-shoigu']);
    const at = text.indexOf('defence minister');
    expect(findRoles(text, dataset).map((r) => text.slice(r.start, r.end))).toEqual(['defence minister']);
    expect(resolveRole(text, at, mentions, dataset)?.id).toBe('sergei-shoigu');
    expect(resolveRole(text, 0, mentions, dataset)).toBeNull();
  });

  it('work in Russian with case endings', () => {
    const text = 'Сергей Шойгу прибыл. Министра обороны встретили.';
    const mentions = link(text);
    const at = text.indexOf('Министра');
    expect(resolveRole(text, at, mentions, dataset)?.id).toBe('sergei-shoigu');
  });
});

describe('preferred candidates of ambiguous aliases (real dataset)', () => {
  const ids = (text: string) =>
    findEntities(text, realDataset, 'en').linked.map((m) => m.id);
  it('a bare alias with a preferred candidate links to it when no candidate is named in full', async () => {
    const withPreferred = realDataset.ambiguous.find((a) => a.preferred && !a.preferredWhen);
    if (!withPreferred) throw new Error('ambiguous.json declares no preferred candidate');
    expect(ids(`Officials said the ${withPreferred.alias} would meet.`)).toContain(withPreferred.preferred);
  });
  it('but follows the text when it names another candidate in full', () => {
    expect(ids("Shoigu now heads Russia's Security Council. The Security Council met on Friday.")).not.toContain('un-security-council');
  });
  it('and never guesses for an alias without one', () => {
    expect(ids('Kim arrived on Tuesday.')).toEqual([]);
  });
  it('a bare "Kim" on a page about North Korea is the leader, when no Kim is named in full', () => {
    expect(ids('Kim toured the aircraft plant in Komsomolsk-on-Amur on Friday, North Korea\'s KCNA said.')).toContain('kim-jong-un');
    expect(ids('Ким осмотрел авиазавод в Комсомольске-на-Амуре, сообщили в Пхеньяне.')).toContain('kim-jong-un');
    expect(ids('Kim besichtigte am Freitag ein Flugzeugwerk, berichtete Nordkoreas Staatsagentur KCNA.')).toContain('kim-jong-un');
    expect(ids('Kim visitou uma fábrica de aviões em Komsomolsk, segundo a agência KCNA.')).toContain('kim-jong-un');
  });
  it('but not next to another Kim: his sister named in full, or a Korean given name after the surname', () => {
    const sister = ids('Kim Yo Jong spoke in Pyongyang. Kim later said the visit was a success.');
    expect(sister.at(-1)).toBe('kim-yo-jong');
    const other = ids('North Korea sent a delegation. Seoul national security adviser Kim Tae-hyo said Kim would not stay long.');
    expect(other).not.toContain('kim-jong-un');
  });
  it('and not without the context the data asks for', () => {
    expect(ids('Kim toured the factory on Friday and praised its workers.')).toEqual([]);
  });
});
