/** What every step of the quote finder shares for one text: built once per findQuotes call. */
import type { Dataset, Entity } from '../../data/schema';
import type { EntityType, LinkedMention, PartyRef } from '../types';
import { compileCues, type CueFinder } from './cue-finder';
import { cuesFor, type LangCues } from './cues';
import { buildRoleIndex, type RoleIndex } from './roles';

export interface SpeakerRecord {
  pos: number;
  ref: PartyRef;
  type: EntityType | null;
}

export interface QuoteContext {
  text: string;
  mentions: readonly LinkedMention[];
  entities: ReadonlyMap<string, Entity>;
  lang: LangCues;
  cues: CueFinder;
  roles: RoleIndex;
  /** Last words of names outside the dataset seen so far ("Cha" for "Victor Cha"). */
  knownSurnames: Map<string, string>;
  /** Speakers found so far, in text order, for pronoun resolution. */
  speakers: SpeakerRecord[];
}

const finders = new WeakMap<LangCues, CueFinder>();

export function buildContext(text: string, mentions: readonly LinkedMention[], lang: string | null, dataset: Dataset): QuoteContext {
  const langCues = cuesFor(lang);
  let cues = finders.get(langCues);
  if (!cues) {
    cues = compileCues(langCues);
    finders.set(langCues, cues);
  }
  const knownSurnames = new Map<string, string>();
  for (const m of mentions) {
    if (m.id !== null || m.type !== 'person') continue;
    const words = m.name.trim().split(/\s+/);
    if (words.length > 1) knownSurnames.set(words[words.length - 1] as string, m.name);
  }
  return {
    text,
    mentions,
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    lang: langCues,
    cues,
    roles: buildRoleIndex(dataset, (lang ?? 'en').slice(0, 2).toLowerCase(), langCues.wordBoundaries),
    knownSurnames,
    speakers: [],
  };
}

export function refOfMention(ctx: QuoteContext, m: LinkedMention): PartyRef {
  if (m.id !== null) return { id: m.id, name: ctx.entities.get(m.id)?.name ?? m.name };
  const name = m.name || ctx.text.slice(m.start, m.end);
  return corefer(ctx, name, m.start) ?? { id: null, name };
}

const wordsOfName = (s: string): string[] => s.split(/[\s-]+/u).filter((w) => w !== '');

/**
 * A lone surname ("Mr Putin", "Jeon said") names the dataset person mentioned last whose name
 * holds that word; failing that, the one entity whose short forms are exactly that word.
 */
export function corefer(ctx: QuoteContext, name: string, pos: number): PartyRef | null {
  const bare = name.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, '').trim();
  if (bare === '' || /\s/u.test(bare)) return null;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k] as LinkedMention;
    if (m.start >= pos) continue;
    if (m.id === null || m.type !== 'person') continue;
    const entity = ctx.entities.get(m.id);
    const words = [...wordsOfName(entity?.name ?? ''), ...wordsOfName(ctx.text.slice(m.start, m.end))];
    if (words.includes(bare)) return { id: m.id, name: entity?.name ?? m.name };
  }
  const holders = [...ctx.entities.values()].filter((e) => Object.values(e.short ?? {}).some((list) => list?.includes(bare)));
  const only = holders[0];
  return holders.length === 1 && only ? { id: only.id, name: only.name } : null;
}
