/**
 * Role phrases ("the defence minister", "the agency", "kremlin spokesman") from the dataset, and
 * their resolution to an entity: the most recent preceding mention of an entity holding the role,
 * else the only holder when the role is unique.
 */
import type { Dataset, Entity } from '../../data/schema';
import type { LinkedMention, Span } from '../types';

export interface RoleHit extends Span {
  phrase: string;
}

export interface RoleIndex {
  find(text: string, from: number, to: number): RoleHit[];
  holders(phrase: string): readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const body = phrases.map(escape).join('|');
  const re = phrases.length === 0 ? null : new RegExp(wordBoundaries ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : body, 'giu');
  return {
    find(text, from, to) {
      const out: RoleHit[] = [];
      if (!re || to <= from) return out;
      const window = text.slice(from, to);
      re.lastIndex = 0;
      for (let m = re.exec(window); m !== null; m = re.exec(window)) {
        out.push({ start: from + m.index, end: from + m.index + m[0].length, phrase: m[0].toLowerCase() });
      }
      return out;
    },
    holders: (phrase) => byPhrase.get(phrase.toLowerCase()) ?? [],
  };
}

/** Index of the first mention that ends after pos (mentions sorted by start, non-overlapping). */
export function firstMentionAfter(mentions: readonly LinkedMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as LinkedMention).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function resolveRole(
  holders: readonly string[],
  mentions: readonly LinkedMention[],
  entities: ReadonlyMap<string, Entity>,
  pos: number,
): Entity | null {
  if (holders.length === 0) return null;
  for (let k = firstMentionAfter(mentions, pos) - 1; k >= 0; k--) {
    const id = (mentions[k] as LinkedMention).id;
    if (id !== null && holders.includes(id)) return entities.get(id) ?? null;
  }
  return holders.length === 1 ? (entities.get(holders[0] as string) ?? null) : null;
}
