/**
 * Turns matches into entity mentions. An unambiguous match names its entity; an ambiguous one
 * ("Kim", an alias listed in ambiguous.json or shared by entities) is settled from the full
 * mentions around it (see resolveAmbiguous), else left out.
 * Also resolves role phrases ("the defence minister") for the quote finder.
 */
import type { Dataset, Entity, Lang } from '../data/schema';
import type { EntityHit, LinkedMention } from './types';
import { compilePatterns, matchText, type CompiledMatcher, type Match, type PatternEntry, type PatternSpec } from './matcher';
import { normalize } from './normalize';
import { leadingRun } from './sorted';

const entityIndexes = new WeakMap<Dataset, Map<string, Entity>>();

export function entityIndex(dataset: Dataset): Map<string, Entity> {
  let idx = entityIndexes.get(dataset);
  if (!idx) {
    idx = new Map(dataset.entities.map((e) => [e.id, e]));
    entityIndexes.set(dataset, idx);
  }
  return idx;
}

/**
 * The distinct entities a match may name, kept per entries list: a match's list is most often its
 * pattern's own, shared by every occurrence, and it holds one entry per language spelling the name
 * so (sixteen for "Putin"): it is not reduced again at every occurrence and every question.
 * Callers only read the result.
 */
const candidateIds = new WeakMap<readonly PatternEntry[], string[]>();
function candidatesOf(m: Match): string[] {
  let ids = candidateIds.get(m.entries);
  if (!ids) {
    ids = [...new Set(m.entries.map((e) => e.id))];
    candidateIds.set(m.entries, ids);
  }
  return ids;
}

function isFull(m: Match, id: string): boolean {
  return !m.ambiguous && m.entries.some((e) => e.id === id && !e.short) && candidatesOf(m).length === 1;
}

interface FullMention {
  id: string;
  start: number;
  end: number;
}

/** Linked mentions in text order; ambiguous matches that context cannot settle are dropped. */
export function linkMatches(matches: Match[], dataset: Dataset, text: string): LinkedMention[] {
  const idx = entityIndex(dataset);
  const fullAt: FullMention[] = [];
  const fullCount = new Map<string, number>();
  for (const m of matches) {
    const ids = candidatesOf(m);
    if (ids.length === 1 && isFull(m, ids[0] as string)) {
      fullAt.push({ id: ids[0] as string, start: m.start, end: m.end });
      fullCount.set(ids[0] as string, (fullCount.get(ids[0] as string) ?? 0) + 1);
    }
  }
  // "Kim Tae-hyo": a surname starting the full name of someone the dataset does not know.
  const unknownNamesake = (m: Match): boolean => (m.ambiguous || candidatesOf(m).length > 1) && GIVEN_NAME_AFTER.test(text.slice(m.end, m.end + 24));
  const known = new Set(matches.filter((m) => !m.ambiguous).map((m) => m.start));
  const namesakes = new Map<string, boolean>();
  const namesakeNamed = (m: Match): boolean => {
    const surname = text.slice(m.start, m.end);
    let named = namesakes.get(surname);
    if (named === undefined) namesakes.set(surname, (named = namesakeInText(text, surname, known)));
    return named;
  };
  const out: LinkedMention[] = [];
  for (const m of matches) {
    const ids = candidatesOf(m);
    let id: string | null = null;
    if (ids.length === 1 && !m.ambiguous) id = ids[0] as string;
    else if (unknownNamesake(m)) id = null;
    else id = resolveAmbiguous(ids, m.start, fullAt, fullCount, text) ?? (namesakeNamed(m) ? null : preferredFor(m, ids, dataset, fullCount));
    const e = id ? idx.get(id) : undefined;
    if (!e) continue;
    out.push({ id: e.id, name: e.name, type: e.type, start: m.start, end: m.end });
  }
  return out;
}

/** A romanised Korean syllable ("Tae", "hyo", "Jong", "Un"), as Korean given names are written. */
const syllable = (capital: boolean): string => {
  const c = (x: string): string => (capital ? x : x.toLowerCase());
  return `(?:${c('[BDGHJKMNPRSTWY]')}h?|${c('Ch')}|${c('Kk')}|${c('Tt')}|${c('Pp')}|${c('Ss')}|${c('Jj')}|(?=${c('[AEIOUWY]')}))[aeiouwyAEIOUWY][aeiou]?(?:ng|n|k|l|m|p|t)?`;
};
/** Text after a surname that is a Korean given name: " Tae-hyo", " Yong Hyun". */
const GIVEN_NAME_AFTER = new RegExp(`^[ \\u00a0]${syllable(true)}(?:-${syllable(false)}|[ \\u00a0]${syllable(true)})(?![\\p{L}-])`, 'u');

/** Whether the text names someone the dataset does not know with this surname in full ("Kim Tae-hyo"). */
function namesakeInText(text: string, surname: string, knownStarts: ReadonlySet<number>): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if (knownStarts.has(at)) continue;
    if (GIVEN_NAME_AFTER.test(text.slice(at + surname.length, at + surname.length + 24))) return true;
  }
  return false;
}

interface Preference {
  id: string;
  /** Entities of which the text must name one for the preference to hold; none: always. */
  when: readonly string[];
}

/** ambiguous.json's `preferred` candidates, by alias as written (lower case). */
const preferredCache = new WeakMap<Dataset, Map<string, Preference>>();

/**
 * The data's stated default for an ambiguous alias, when the text names no candidate in full
 * (and, where the data asks for context, names one of its context entities).
 */
function preferredFor(m: Match, ids: string[], dataset: Dataset, fullCount: Map<string, number>): string | null {
  if (ids.some((id) => (fullCount.get(id) ?? 0) > 0)) return null;
  let byAlias = preferredCache.get(dataset);
  if (!byAlias) {
    byAlias = new Map(dataset.ambiguous.filter((a) => a.preferred).map((a) => [a.alias.toLowerCase(), { id: a.preferred as string, when: a.preferredWhen ?? [] }]));
    preferredCache.set(dataset, byAlias);
  }
  for (const e of m.entries) {
    const p = byAlias.get(e.form.toLowerCase());
    if (!p || !ids.includes(p.id)) continue;
    if (p.when.length === 0 || p.when.some((id) => (fullCount.get(id) ?? 0) > 0)) return p.id;
  }
  return null;
}

const SENTENCE_END = /[.!?。！？\n]/u;

/**
 * An ambiguous short form ("Kim") names the candidate fully named earlier in the same sentence;
 * otherwise the candidate the text names most often in full (the article's subject: writers
 * repeat the full name of a second Kim rather than shorten it), ties going to the one named
 * first; with no full mention of any candidate, nothing.
 */
function resolveAmbiguous(ids: string[], at: number, fullAt: FullMention[], fullCount: Map<string, number>, text: string): string | null {
  let nearest: FullMention | null = null;
  // fullAt is in text order: start from the last full mention before `at` rather than walk back
  // from the end of the text for every ambiguous match.
  for (let k = leadingRun(fullAt, (f) => f.start < at) - 1; k >= 0; k--) {
    const f = fullAt[k] as FullMention;
    if (ids.includes(f.id)) {
      nearest = f;
      break;
    }
  }
  if (nearest && !SENTENCE_END.test(text.slice(nearest.end, at))) return nearest.id;
  const named = ids.filter((id) => (fullCount.get(id) ?? 0) > 0);
  if (named.length === 0) return null;
  const top = Math.max(...named.map((id) => fullCount.get(id) ?? 0));
  const leaders = named.filter((id) => fullCount.get(id) === top);
  // a tie goes to the candidate named first: the headline and lead introduce the subject
  return fullAt.find((f) => leaders.includes(f.id))?.id ?? null;
}

/** Group mentions per entity, entities ordered by first mention. */
export function groupMentions(mentions: LinkedMention[], text: string): EntityHit[] {
  const byKey = new Map<string, EntityHit>();
  for (const m of mentions) {
    const key = m.id ?? `?${m.type}:${m.name}`;
    let hit = byKey.get(key);
    if (!hit) {
      hit = { id: m.id, name: m.name, type: m.type, mentions: [] };
      byKey.set(key, hit);
    }
    hit.mentions.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return [...byKey.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

// ---- role phrases ----

const roleMatchers = new WeakMap<Dataset, CompiledMatcher>();

function roleMatcher(dataset: Dataset): CompiledMatcher {
  let m = roleMatchers.get(dataset);
  if (!m) {
    const specs: PatternSpec[] = [];
    for (const e of dataset.entities) {
      for (const [lang, forms] of Object.entries(e.roles ?? {}) as [Lang, string[]][]) {
        for (const form of forms) specs.push({ form, entry: { id: e.id, short: false, form, lang }, ambiguous: false });
      }
    }
    m = compilePatterns(specs);
    roleMatchers.set(dataset, m);
  }
  return m;
}

export interface RoleMention {
  start: number;
  end: number;
  /** Entities that hold (or held) the role. */
  holders: string[];
}

/** Every role phrase in the text ("the defence minister", "국방장관", "министр обороны"). */
export function findRoles(text: string, dataset: Dataset, norm: string = normalize(text)): RoleMention[] {
  return matchText(roleMatcher(dataset), text, norm).map((m) => ({
    start: m.start,
    end: m.end,
    holders: [...new Set(m.entries.map((e) => e.id))],
  }));
}

/**
 * Who a role phrase at (or covering) offset `at` refers to: the holder mentioned most recently
 * before it; if none precedes, the only holder mentioned anywhere; else null.
 */
export function resolveRole(text: string, at: number, mentions: LinkedMention[], dataset: Dataset): LinkedMention | null {
  const roles = findRoles(text, dataset);
  const role = roles.find((r) => r.start <= at && at < Math.max(r.end, r.start + 1));
  if (!role) return null;
  const idx = entityIndex(dataset);
  let found: string | null = null;
  for (const m of mentions) {
    if (m.start >= role.start) break;
    if (m.id && role.holders.includes(m.id)) found = m.id;
  }
  if (!found) {
    const named = [...new Set(mentions.filter((m) => m.id && role.holders.includes(m.id)).map((m) => m.id as string))];
    if (named.length === 1) found = named[0] as string;
  }
  const e = found ? idx.get(found) : undefined;
  return e ? { id: e.id, name: e.name, type: e.type, start: role.start, end: role.end } : null;
}
