/** Hand-made inputs for the quote finder tests: a small dataset and a mention builder. */
import type { Dataset, Entity, EntityType } from '../../src/data/schema';
import type { Block, LinkedMention } from '../../src/core/types';
import { findQuotes, type QuoteInput } from '../../src/core/quotes';

interface MiniEntity {
  id: string;
  type: EntityType;
  name: string;
  roles?: Partial<Record<string, string[]>>;
}

const ENTITIES: MiniEntity[] = [
  { id: 'kim-jong-un', type: 'person', name: 'Kim Jong Un', roles: { en: ['north korean leader', 'the north korean leader'] } },
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', roles: { en: ['russian president', 'the russian president', 'the kremlin leader'] } },
  { id: 'sergei-shoigu', type: 'person', name: 'Sergei Shoigu', roles: { en: ['defence minister', 'the defence minister', 'russian defence minister'] } },
  { id: 'kang-sun-nam', type: 'person', name: 'Kang Sun Nam', roles: { en: ['defence minister', 'the defence minister'] } },
  { id: 'dmitry-peskov', type: 'person', name: 'Dmitry Peskov', roles: { en: ['kremlin spokesman', 'the kremlin spokesman'], ru: ['пресс-секретарь президента'] } },
  { id: 'yoon-suk-yeol', type: 'person', name: 'Yoon Suk Yeol', roles: { en: ['south korean president', 'the south korean president'] } },
  { id: 'oleg-kozhemyako', type: 'person', name: 'Oleg Kozhemyako', roles: { en: ['the governor', 'primorye governor'] } },
  { id: 'kcna', type: 'organisation', name: 'Korean Central News Agency', roles: { en: ['the agency', 'the north korean state news agency'] } },
  { id: 'yonhap', type: 'organisation', name: 'Yonhap News Agency', roles: { en: ['the agency'] } },
  { id: 'reuters', type: 'organisation', name: 'Reuters' },
  { id: 'associated-press', type: 'organisation', name: 'Associated Press' },
  { id: 'ria-novosti', type: 'organisation', name: 'RIA Novosti' },
  { id: 'tass', type: 'organisation', name: 'TASS' },
  { id: 'kremlin', type: 'organisation', name: 'Kremlin' },
  { id: 'russia', type: 'place', name: 'Russia' },
  { id: 'north-korea', type: 'place', name: 'North Korea' },
  { id: 'moscow', type: 'place', name: 'Moscow' },
  { id: 'pyongyang', type: 'place', name: 'Pyongyang' },
  { id: 'artyom', type: 'place', name: 'Artyom' },
];

export const DATASET = {
  entities: ENTITIES as unknown as Entity[],
  related: [],
  ambiguous: [],
  story: { id: 'kim-russia-2023-09', title: 'Kim Jong Un in Russia' },
} as unknown as Dataset;

/** [surface form, id (null: a name outside the dataset), type]. */
export type Surface = [string, string | null, EntityType];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of each surface form, longest forms first, without overlaps, sorted. */
export function mentionsOf(text: string, surfaces: Surface[]): LinkedMention[] {
  const out: LinkedMention[] = [];
  const sorted = [...surfaces].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, id, type] of sorted) {
    // Hangul and CJK names take particles and neighbours without a space: no word boundaries there
    const bounded = /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(surface);
    const re = new RegExp(bounded ? `(?<![\\p{L}\\p{N}])${escape(surface)}(?![\\p{L}\\p{N}])` : escape(surface), 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + surface.length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      const name = id ? (ENTITIES.find((e) => e.id === id)?.name ?? surface) : surface;
      out.push({ id, name, type, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One "p" block per line. */
export function paragraphs(text: string, tag = 'p'): Block[] {
  const out: Block[] = [];
  let s = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start: s, end: s + line.length, tag });
    s += line.length + 1;
  }
  return out;
}

export function run(text: string, surfaces: Surface[] = [], lang = 'en', blocks?: Block[]): ReturnType<typeof findQuotes> {
  const input: QuoteInput = { text, blocks: blocks ?? paragraphs(text), mentions: mentionsOf(text, surfaces), lang, dataset: DATASET };
  return findQuotes(input);
}

/** The quote texts with their speaker ids (or names) and via, for compact assertions. */
export function summary(text: string, surfaces: Surface[] = [], lang = 'en', blocks?: Block[]): string[] {
  return run(text, surfaces, lang, blocks).map((q) => {
    const who = q.speaker ? (q.speaker.id ?? q.speaker.name) : '-';
    const via = q.via.map((v) => v.id ?? v.name).join(',');
    return via ? `${q.text} | ${who} | via ${via}` : `${q.text} | ${who}`;
  });
}

export const SEED_SURFACES: Surface[] = [
  ['Kim Jong Un', 'kim-jong-un', 'person'],
  ['Kim', 'kim-jong-un', 'person'],
  ['Vladimir Putin', 'vladimir-putin', 'person'],
  ['Reuters', 'reuters', 'organisation'],
  ['RIA', 'ria-novosti', 'organisation'],
  ['KCNA', 'kcna', 'organisation'],
  ['Associated Press', 'associated-press', 'organisation'],
  ['Yoon Suk Yeol', 'yoon-suk-yeol', 'person'],
  ['Yoon', 'yoon-suk-yeol', 'person'],
  ['Sergei Shoigu', 'sergei-shoigu', 'person'],
  ['Shoigu', 'sergei-shoigu', 'person'],
  ['Russia', 'russia', 'place'],
  ['North Korea', 'north-korea', 'place'],
  ['Moscow', 'moscow', 'place'],
  ['Pyongyang', 'pyongyang', 'place'],
  ['Artyom', 'artyom', 'place'],
  ['DPRK', 'north-korea', 'place'],
  ["Democratic People's Republic of Korea", 'north-korea', 'place'],
  ['United States', null, 'place'],
  ['Ukraine', null, 'place'],
];
