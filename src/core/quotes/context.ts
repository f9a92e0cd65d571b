/** What every step of the quote finder shares for one text: built once per findQuotes call. */
import type { Dataset, Entity } from '../../data/schema';
import type { EntityType, LinkedMention, PartyRef } from '../types';
import { compileCues, type CueFinder } from './cue-finder';
import { cuesFor, type LangCues } from './cues';
import { roleIndexFor, type RoleIndex } from './roles';
import { entityIndex } from '../linker';
import { leadingRun } from '../sorted';

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
  /** Names outside the dataset that the recogniser typed, by name. */
  unknownTypes: ReadonlyMap<string, EntityType>;
  /** Speakers found so far, in text order, for pronoun resolution. */
  speakers: SpeakerRecord[];
  /** Each word of a linked person's name ("Kim", "Jong", "Peskov") to that person's mentions, in order. */
  personsByWord: ReadonlyMap<string, LinkedMention[]>;
  /** Short forms and aliases ("Putin", "KCNA") to the entities that use them. */
  shortForms: ReadonlyMap<string, Entity[]>;
  /** Resolved pronouns, by position and number of speakers known at the time. */
  pronounCache: Map<string, PartyRef | null>;
  /** The language's pronouns as one pattern. */
  pronounRe: RegExp | null;
}

const finders = new WeakMap<LangCues, CueFinder>();

const wordsOfName = (s: string): string[] => s.split(/[\s-]+/u).filter((w) => w !== '');

const shortFormIndexes = new WeakMap<Dataset, ReadonlyMap<string, Entity[]>>();

/** Every short form and alias of the dataset → the entities it names; built once per dataset, not per page. */
function shortFormsOf(dataset: Dataset): ReadonlyMap<string, Entity[]> {
  const cached = shortFormIndexes.get(dataset);
  if (cached) return cached;
  const shortForms = new Map<string, Entity[]>();
  for (const e of dataset.entities) {
    // aliases too: a name the linker left unlinked ("KCNA" in a Spanish text) still names the entity
    for (const list of [...Object.values(e.short ?? {}), ...Object.values(e.aliases ?? {})]) {
      for (const form of list ?? []) {
        const holders = shortForms.get(form) ?? [];
        if (!holders.includes(e)) holders.push(e);
        shortForms.set(form, holders);
      }
    }
  }
  shortFormIndexes.set(dataset, shortForms);
  return shortForms;
}

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
  const unknownTypes = new Map<string, EntityType>();
  for (const m of mentions) if (m.id === null && !unknownTypes.has(m.name)) unknownTypes.set(m.name, m.type);
  const entities = entityIndex(dataset);
  const personsByWord = new Map<string, LinkedMention[]>();
  for (const m of mentions) {
    if (m.id === null || m.type !== 'person') continue;
    const words = new Set([...wordsOfName(entities.get(m.id)?.name ?? ''), ...wordsOfName(text.slice(m.start, m.end))]);
    for (const w of words) {
      const list = personsByWord.get(w) ?? [];
      list.push(m);
      personsByWord.set(w, list);
    }
  }
  const shortForms = shortFormsOf(dataset);
  const body = langCues.pronouns.join('|');
  const pronounRe = body === '' ? null : new RegExp(langCues.wordBoundaries ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : `(?:${body})`, 'gu');
  return {
    pronounCache: new Map(),
    personsByWord,
    shortForms,
    pronounRe,
    text,
    mentions,
    entities,
    lang: langCues,
    cues,
    roles: roleIndexFor(dataset, (lang ?? 'en').slice(0, 2).toLowerCase(), langCues.wordBoundaries),
    knownSurnames,
    unknownTypes,
    speakers: [],
  };
}

/** The speaker of this type recorded last before `pos` (speakers are recorded as quotes are resolved, in text order). */
export function lastSpeakerBefore(ctx: QuoteContext, pos: number, type: EntityType): SpeakerRecord | null {
  for (let k = ctx.speakers.length - 1; k >= 0; k--) {
    const s = ctx.speakers[k]!;
    if (s.pos < pos && s.type === type) return s;
  }
  return null;
}

export function refOfMention(ctx: QuoteContext, m: LinkedMention): PartyRef {
  if (m.id !== null) return { id: m.id, name: ctx.entities.get(m.id)?.name ?? m.name };
  const name = m.name || ctx.text.slice(m.start, m.end);
  return corefer(ctx, name, m.start) ?? { id: null, name };
}

/**
 * A lone surname ("Mr Putin", "Jeon said") names the dataset person mentioned last whose name
 * holds that word; failing that, the one entity whose short forms are exactly that word.
 */
export function corefer(ctx: QuoteContext, name: string, pos: number): PartyRef | null {
  const bare = name.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/u, '').trim();
  if (bare === '') return null;
  if (/\s/u.test(bare)) {
    const holders = ctx.shortForms.get(bare) ?? [];
    return holders.length === 1 && holders[0] ? { id: holders[0].id, name: holders[0].name } : null;
  }
  const list = ctx.personsByWord.get(bare);
  if (list) {
    const m = list[leadingRun(list, (x) => x.start < pos) - 1];
    if (m && m.id !== null && m.start >= pos - 20000) return { id: m.id, name: ctx.entities.get(m.id)?.name ?? m.name };
  }
  const holders = ctx.shortForms.get(bare) ?? [];
  const only = holders[0];
  return holders.length === 1 && only ? { id: only.id, name: only.name } : null;
}
