import { describe, expect, it } from 'vitest';
import { dataset, entityById } from '../../src/data/index';
import { aliasKey, checkDataset } from '../../src/data/check';
import type { Dataset, Entity } from '../../src/data/schema';

/** Every proper name in /work/shared/seed/seed-article.txt, as written there. */
const SEED_NAMES = [
  'Kim Jong Un', 'Kim', 'Vladimir Putin', 'Putin', 'Reuters', 'Artyom', 'RIA', 'Khasan', 'KCNA', 'DPRK',
  "Democratic People's Republic of Korea", 'Ukraine', 'United States', 'South Korea', 'North Korea',
  'United Nations', 'Pyongyang', 'Associated Press', 'Yoon Suk Yeol', 'Yoon', 'Moscow', 'New York',
  'United Nations General Assembly', 'Soviet Union', 'Sergei Shoigu', 'Shoigu', 'Russia', 'Russian Far East',
];

const copy = (): Dataset => structuredClone(dataset);
const entity = (d: Dataset, id: string): Entity => {
  const e = d.entities.find((x) => x.id === id);
  if (!e) throw new Error(`test needs entity ${id}`);
  return e;
};
const problemsMatching = (d: unknown, re: RegExp): string[] => checkDataset(d).filter((p) => re.test(p));

describe('the bundled dataset', () => {
  it('passes every check, seed-article names included', () => {
    expect(checkDataset(dataset, { requiredNames: SEED_NAMES })).toEqual([]);
  });

  it('has an entity for every place and thing the story timeline and route name', () => {
    for (const t of dataset.story.timeline) expect(entityById(t.place)?.type).toBe('place');
    for (const id of dataset.story.route) expect(entityById(id)?.type).toBe('place');
  });

  it('gives the story and each look-alike several signals', () => {
    expect(dataset.story.signals.length).toBeGreaterThanOrEqual(15);
    expect(dataset.related.map((r) => r.id).sort()).toEqual([
      'kim-beijing-2018', 'kim-jong-il-russia-2011', 'lavrov-pyongyang-2023-10', 'nk-troops-russia-2024',
      'putin-pyongyang-2024-06', 'shoigu-pyongyang-2023-07', 'summit-2019-04',
    ]);
    for (const r of dataset.related) expect(r.signals.length).toBeGreaterThanOrEqual(4);
  });
});

describe('aliasKey', () => {
  it('treats case, hyphens, spaces and Unicode composition alike', () => {
    expect(aliasKey('Komsomolsk-on-Amur')).toBe(aliasKey('komsomolsk on  amur'));
    expect(aliasKey('Se\u0301oul')).toBe(aliasKey('Séoul'));
    expect(aliasKey('Artyom')).not.toBe(aliasKey('Artem'));
  });
});

// Each rule is proven able to fail: a copy of the real dataset is broken in one way and the checker must say so.
describe('checkDataset catches a broken copy', () => {
  it('a schema violation', () => {
    const d = copy();
    (entity(d, 'khasan') as { type: string }).type = 'village';
    expect(problemsMatching(d, /schema: entity khasan: type/)).not.toEqual([]);
  });

  it('a duplicate id', () => {
    const d = copy();
    d.entities.push(structuredClone(entity(d, 'khasan')));
    expect(problemsMatching(d, /duplicate entity id "khasan"/)).not.toEqual([]);
  });

  it('an alias on two entities, even when spelt with other case and hyphens', () => {
    const d = copy();
    (entity(d, 'tumangang').aliases.en ??= []).push('KOMSOMOLSK ON AMUR');
    expect(problemsMatching(d, /^alias "komsomolsk[ -]on[ -]amur" names (?=.*\bkomsomolsk-on-amur\b)(?=.*\btumangang\b)/i)).not.toEqual([]);
  });

  it('a shared short form', () => {
    const d = copy();
    entity(d, 'japan').short = { en: ['US'] };
    expect(problemsMatching(d, /alias "US" names/)).not.toEqual([]);
  });

  it('but not an alias declared ambiguous for all its entities', () => {
    const d = copy();
    (entity(d, 'tumangang').aliases.en ??= []).push('Komsomolsk-on-Amur');
    d.ambiguous.push({ alias: 'komsomolsk on amur', lang: 'en', candidates: ['komsomolsk-on-amur', 'tumangang'], note: 'test only' });
    expect(problemsMatching(d, /^alias "komsomolsk[ -]on[ -]amur"/i)).toEqual([]);
    d.ambiguous[d.ambiguous.length - 1]!.candidates = ['komsomolsk-on-amur', 'khasan'];
    expect(problemsMatching(d, /not declared in ambiguous\.json for tumangang/)).not.toEqual([]);
  });

  it('unknown entity ids in the timeline, route, signals and ambiguous list', () => {
    const d = copy();
    d.story.timeline[0]!.entities.push('no-such-person');
    d.story.timeline[1]!.place = 'no-such-place';
    d.story.route.push('atlantis');
    d.story.signals.push({ kind: 'entity', id: 'ghost-signal', weight: 1, text: 'mentions a ghost' });
    d.related[0]!.signals.push({ kind: 'entity', id: 'ghost-related', weight: 1, text: 'mentions a ghost' });
    d.ambiguous.push({ alias: 'Nowhere', lang: 'en', candidates: ['khasan', 'ghost-candidate'], note: 'test only' });
    const unknown = problemsMatching(d, /unknown entity/).join('\n');
    for (const id of ['no-such-person', 'no-such-place', 'atlantis', 'ghost-signal', 'ghost-related', 'ghost-candidate']) {
      expect(unknown).toContain(`"${id}"`);
    }
  });

  it('a preferred candidate that is not one of the candidates', () => {
    const d = copy();
    d.ambiguous.push({ alias: 'Somewhere', lang: 'en', candidates: ['khasan', 'artyom'], preferred: 'moscow', note: 'test only' });
    expect(problemsMatching(d, /preferred moscow is not one of its candidates/)).not.toEqual([]);
  });

  it('an entity without a note', () => {
    const d = copy();
    delete (entity(d, 'kinzhal') as Partial<Entity>).note;
    expect(problemsMatching(d, /entity kinzhal has no note/)).not.toEqual([]);
    entity(d, 'tu-160').note = '   ';
    expect(problemsMatching(d, /entity tu-160 has no note/)).not.toEqual([]);
  });

  it('a note longer than 600 characters', () => {
    const d = copy();
    entity(d, 'vladivostok').note = 'x'.repeat(601);
    expect(problemsMatching(d, /vladivostok: note is 601 characters/)).not.toEqual([]);
  });

  it('an entity without a source', () => {
    const d = copy();
    entity(d, 'su-35').sources = [];
    expect(problemsMatching(d, /entity su-35 has no source/)).not.toEqual([]);
  });

  it('a place without coordinates', () => {
    const d = copy();
    delete entity(d, 'artyom').coords;
    expect(problemsMatching(d, /place artyom has no coords/)).not.toEqual([]);
  });

  it('a person or place without a Korean or Russian name', () => {
    const d = copy();
    delete entity(d, 'kim-jong-un').aliases.ko;
    delete entity(d, 'moscow').aliases.ru;
    expect(problemsMatching(d, /person kim-jong-un has no ko name/)).not.toEqual([]);
    expect(problemsMatching(d, /place moscow has no ru name/)).not.toEqual([]);
  });

  it('too few entities overall and of each type', () => {
    const d = copy();
    d.entities = d.entities.filter((e) => e.type === 'place').slice(0, 24);
    const counts = problemsMatching(d, /^only \d+ entities/).join('\n');
    for (const re of [/only 24 entities \(need 100\)/, /type person/, /type organisation/, /type place \(need 25\)/, /type thing/]) {
      expect(counts).toMatch(re);
    }
  });

  it('a required name that no entity carries', () => {
    const d = copy();
    const problems = checkDataset(d, { requiredNames: ['Artyom', 'Atlantis Herald'] });
    expect(problems).toContain('name "Atlantis Herald" is not an alias, short form or ambiguous alias of any entity');
    expect(problems.some((p) => p.includes('"Artyom"'))).toBe(false);
  });

  it('a short form only in its exact case', () => {
    const d = copy();
    expect(checkDataset(d, { requiredNames: ['us'] })).toContain('name "us" is not an alias, short form or ambiguous alias of any entity');
  });

  it('an ambiguous alias counts as a known name, in its exact case', () => {
    const d = copy();
    d.ambiguous.push({ alias: 'Zork', lang: 'en', candidates: ['khasan', 'tumangang'], note: 'test only' });
    expect(checkDataset(d, { requiredNames: ['Zork'] }).filter((p) => p.startsWith('name'))).toEqual([]);
    expect(checkDataset(d, { requiredNames: ['zork'] })).toContain('name "zork" is not an alias, short form or ambiguous alias of any entity');
  });
});

// The timeline and the entities' facts must not give one event two dates or places.
describe('the timeline agrees with the entities', () => {
  const factOf = (d: Dataset, id: string, date: string): NonNullable<Entity['facts']>[number] => {
    const f = entity(d, id).facts.find((x) => x.date === date);
    if (!f) throw new Error(`test needs a ${date} fact of ${id}`);
    return f;
  };
  const TIMELINE = /timeline/;

  it('on the real dataset, with story-day facts linked to their events', () => {
    expect(problemsMatching(dataset, TIMELINE)).toEqual([]);
    const linked = dataset.entities.flatMap((e) => e.facts).filter((f) => f.event !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(80);
  });

  it('fails on a linked fact dated otherwise than its event', () => {
    const d = copy();
    const f = factOf(d, 'dmitry-peskov', '2023-09-12');
    f.event = 'visit-announced'; // the timeline dates the announcement 2023-09-11
    expect(problemsMatching(d, /dmitry-peskov: fact dated 2023-09-12 reports visit-announced, which the timeline dates 2023-09-11/)).not.toEqual([]);
    f.date = '2023-09-11';
    expect(problemsMatching(d, /dmitry-peskov/)).toEqual([]);
    f.date = '2023-09'; // compared at the fact's precision
    expect(problemsMatching(d, /dmitry-peskov/)).toEqual([]);
    f.date = '2023-10';
    expect(problemsMatching(d, /dmitry-peskov: fact dated 2023-10 reports visit-announced/)).not.toEqual([]);
  });

  it('fails on a timeline entry moved away from the facts that report it', () => {
    const d = copy();
    d.story.timeline.find((t) => t.event === 'arrival-at-khasan')!.date = '2023-09-11';
    expect(problemsMatching(d, /kim-jong-un: fact dated 2023-09-12 reports arrival-at-khasan, which the timeline dates 2023-09-11/)).not.toEqual([]);
  });

  it('fails on an unknown event, another place, a place without an event, an event listed twice', () => {
    const d = copy();
    factOf(d, 'sergei-shoigu', '2023-09-16').event = 'no-such-event';
    factOf(d, 'kim-jong-un', '2023-09-13').place = 'khasan';
    const f = factOf(d, 'kim-yo-jong', '2023-09-12');
    f.place = 'pyongyang';
    d.story.timeline.push({ ...structuredClone(d.story.timeline[0]!), date: '2023-09-20' });
    expect(problemsMatching(d, /sergei-shoigu: fact 2023-09-16 names unknown timeline event "no-such-event"/)).not.toEqual([]);
    expect(problemsMatching(d, /kim-jong-un: fact 2023-09-13 places summit-at-vostochny at khasan, the timeline at vostochny-cosmodrome/)).not.toEqual([]);
    expect(problemsMatching(d, /kim-yo-jong: fact 2023-09-12 gives a place but no timeline event/)).not.toEqual([]);
    expect(problemsMatching(d, /timeline event "departure-from-pyongyang" is listed twice/)).not.toEqual([]);
    f.place = 'atlantis';
    expect(problemsMatching(d, /kim-yo-jong fact 2023-09-12 place names unknown entity "atlantis"/)).not.toEqual([]);
  });

  it('without a link, fails on a story-day fact naming the place of an event of its entity at another date', () => {
    const d = copy();
    const f = factOf(d, 'kim-jong-un', '2023-09-12'); // "Arrived by train at Khasan ..."
    delete f.event;
    delete f.place;
    expect(problemsMatching(d, /kim-jong-un/)).toEqual([]);
    f.date = '2023-09-13';
    expect(problemsMatching(d, /kim-jong-un: fact dated 2023-09-13 describes arrival-at-khasan \(2023-09-12\)/)).not.toEqual([]);
    // A fact about a later report passes when its text names the event's day.
    f.text = 'Reported that Kim had arrived by train at Khasan on 12 September.';
    expect(problemsMatching(d, /kim-jong-un/)).toEqual([]);
    // The place alone does not tie a fact to an event: Peskov is listed with no event at Pyongyang.
    factOf(d, 'dmitry-peskov', '2023-09-14').text = 'Said Lavrov would travel to Pyongyang in October.';
    expect(problemsMatching(d, /dmitry-peskov/)).toEqual([]);
  });
});
