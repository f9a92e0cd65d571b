/**
 * Role phrases ("the defence minister", "the agency", "kremlin spokesman") from the dataset, and
 * their resolution to an entity: the most recent preceding mention of an entity holding the role,
 * else the only holder when the role is unique.
 */
import type { Dataset, Entity } from '../../data/schema';
import type { LinkedMention, Span } from '../types';
import { leadingRun } from '../sorted';

export interface RoleHit extends Span {
  phrase: string;
}

export interface RoleIndex {
  find(text: string, from: number, to: number): RoleHit[];
  holders(phrase: string): readonly string[];
  /** Head nouns of the role phrases ("minister", "министр", "agency"), for "the minister said". */
  findHeads(text: string, from: number, to: number): RoleHit[];
  headHolders(word: string): readonly string[];
}

/** Modifiers, not heads: a lone "Russian" or "state" does not name a role holder. */
const NOT_HEAD = /^(?:former|acting|current|senior|junior|ruling|supreme|party|secretary-general|north|south|korean|russian|russia's|korea's|north's|state|foreign|national|defence|defense|federal|official|chief|deputy|first|general|people's|kremlin|president's|putin's|the|of|and|for|news|media|affairs|security|российский|российского|северокорейский|государственный|государственных|главный|первый|заместитель|кндр|рф|россии|кремля|президента)$/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nationality adjectives in the story's languages ("russe", "nordkoreanischen", "южнокорейский"). */
const DEMONYM = /^(?:nord-?|north|south|sud-|süd|северо|южно)?(?:russ|rus[oa]|coré|kore|corea|améric|americ|amerik|chin|japon|japan|japón|ukrain|sovi|sowj|росси|корей|америк|китай|япон|украин|советск)/u;

const roleIndexes = new WeakMap<Dataset, Map<string, RoleIndex>>();

/**
 * The role index of a dataset for one language, built once: its two large alternations cost more
 * to compile (and to bring to V8's compiled tier) than a page's scan, when built per page.
 */
export function roleIndexFor(dataset: Dataset, lang: string, wordBoundaries: boolean): RoleIndex {
  let byLang = roleIndexes.get(dataset);
  if (!byLang) {
    byLang = new Map();
    roleIndexes.set(dataset, byLang);
  }
  const key = `${lang}:${wordBoundaries}`;
  let index = byLang.get(key);
  if (!index) {
    index = buildRoleIndex(dataset, lang, wordBoundaries);
    byLang.set(key, index);
  }
  return index;
}

export function buildRoleIndex(dataset: Dataset, lang: string, wordBoundaries: boolean): RoleIndex {
  const byPhrase = new Map<string, string[]>();
  for (const e of dataset.entities) {
    const roles = (e.roles as Record<string, string[] | undefined> | undefined)?.[lang] ?? [];
    for (const r of roles) {
      const phrase = r.trim().toLowerCase();
      if (phrase === '') continue;
      const ids = byPhrase.get(phrase) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      byPhrase.set(phrase, ids);
    }
  }
  const byHead = new Map<string, string[]>();
  if (wordBoundaries) {
    for (const [phrase, ids] of byPhrase) {
      for (const word of phrase.split(/[\s-]+/u)) {
        if (word.length < 5 || NOT_HEAD.test(word) || DEMONYM.test(word)) continue;
        const list = byHead.get(word) ?? [];
        for (const id of ids) if (!list.includes(id)) list.push(id);
        byHead.set(word, list);
      }
    }
  }
  const headRe = byHead.size === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byHead.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const body = phrases.map(escape).join('|');
  const re = phrases.length === 0 ? null : new RegExp(wordBoundaries ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : body, 'giu');
  const findRole = windowFinder(re, (m) => m.toLowerCase());
  const findHead = windowFinder(headRe, (m) => m);
  return {
    find: findRole,
    holders: (phrase) => byPhrase.get(phrase.toLowerCase()) ?? [],
    findHeads: findHead,
    headHolders: (word) => byHead.get(word) ?? [],
  };
}

/**
 * Hits of `re` inside [from, to). The quote finder asks for many small windows of the same text;
 * a big alternation with look-behind costs the same per window as per text, so the whole text is
 * scanned once (the last text is kept) and each window is a binary search into those hits.
 */
function windowFinder(re: RegExp | null, phraseOf: (match: string) => string): (text: string, from: number, to: number) => RoleHit[] {
  let scanned: string | null = null;
  let hits: RoleHit[] = [];
  return (text, from, to) => {
    if (!re || to <= from) return [];
    if (scanned !== text) {
      hits = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, phrase: phraseOf(m[0]) });
    }
    // Kept even when only equal to the last text (same characters, another string, the next page
    // or run): the quote finder asks thousands of times per page, and the test above is then a
    // pointer comparison instead of a comparison of the whole text each time.
    scanned = text;
    const out: RoleHit[] = [];
    for (let i = leadingRun(hits, (h) => h.start < from); i < hits.length && (hits[i] as RoleHit).end <= to; i++) out.push({ ...(hits[i] as RoleHit) });
    return out;
  };
}

/** Index of the first mention that ends after pos (mentions sorted by start, non-overlapping). */
export function firstMentionAfter(mentions: readonly LinkedMention[], pos: number): number {
  return leadingRun(mentions, (m) => m.end <= pos);
}

export function resolveRole(
  holders: readonly string[],
  mentions: readonly LinkedMention[],
  entities: ReadonlyMap<string, Entity>,
  pos: number,
  /** A bare head noun ("the minister") only refers back, and not far. */
  headOnly = false,
): Entity | null {
  if (holders.length === 0) return null;
  for (let k = firstMentionAfter(mentions, pos) - 1; k >= 0; k--) {
    const m = mentions[k] as LinkedMention;
    if (m.start < pos - (headOnly ? 1500 : 20000)) break;
    if (m.id !== null && holders.includes(m.id)) return entities.get(m.id) ?? null;
  }
  // With no earlier mention, only an organisation's role ("the agency") is safe to resolve alone:
  // who held an office ("the spokesman") on the day is a guess.
  const only = holders.length === 1 && !headOnly ? entities.get(holders[0] as string) : undefined;
  return only && only.type !== 'person' ? only : null;
}
