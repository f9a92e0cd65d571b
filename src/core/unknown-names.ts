/**
 * Names the dataset does not hold (a reporter, a spokesman, an analyst, a think tank), found by a
 * small rule-based recogniser over Latin-script text: capitalised-word sequences that a cue marks
 * as a person ("Mr", "spokesman", "analyst at", "said X", "X, a professor"), an organisation
 * (a suffix such as "Institute", "University", "Agency", "News") or a place ("in Hanoi").
 * Precision over recall: a sequence without a cue is left alone, and nothing that overlaps a
 * dataset mention is returned.
 */
import type { EntityType } from '../data/schema';
import { NAME_APOSTROPHE } from './normalize';
import type { LinkedMention, Span } from './types';
import { findCjkNames } from './unknown-names-cjk';
import { findLatinNames } from './unknown-names-latin';

export interface UnknownName extends Span {
  name: string;
  type: EntityType;
}

const WORD = String.raw`(?:(?:[A-Z]\.){2,}|[A-Z][\p{Ll}]+(?:(?:-|${NAME_APOSTROPHE})[A-Za-z][\p{Ll}]*)*|[A-Z]\.|[A-Z]{2,6}(?![-\d]))`;
const CONNECT = String.raw`(?: (?:of|for|and|on|de|del|la|du|des|für|der|al|van|von|bin)(?: the)? (?=[A-Z]))`;
/** Capitalised words joined by spaces (and a few lower-case connectors inside organisation names). */
const SEQUENCE = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:(?: |${CONNECT})${WORD})*(?![\p{L}\p{N}])`, 'gu');

const HONORIFICS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sen|Senator|Rep|Gen|General|Adm|Admiral|Col|Colonel|Lt|Ambassador|Envoy|Chairman|Mayor|Governor|Judge)\.? )$/u;
const PERSON_BEFORE =
  /(?:\b(?:spokesman|spokeswoman|spokesperson|analyst|researcher|professor|lecturer|correspondent|reporter|editor|director|chief|head|expert|fellow|economist|historian|scholar|official|diplomat|lawmaker|commentator|photographer|writer|author|founder|president|chairman|minister|secretary|adviser|advisor|ambassador|envoy|producer|by|By|told|according to|said|says|asked|wrote|added|quoted|cited),? )$/u;
const PERSON_AFTER = /^(?:,? (?:said|says|told|added|wrote|noted|argued|explained|warned|who|a |an |the |of the |from the |at the |an? [a-z-]+ (?:at|of|with|for) )|, (?:a|an|the|who|head|chief|director|professor|spokesman|spokeswoman|analyst|researcher|senior|former)\b| \((?:[A-Z]|\d))/u;
const ORG_SUFFIX = new Set([
  'Institute', 'University', 'Agency', 'Ministry', 'Party', 'News', 'Center', 'Centre', 'Council', 'Committee',
  'Foundation', 'Corporation', 'Corp', 'Company', 'Times', 'Post', 'Journal', 'Herald', 'Service', 'Group',
  'Bank', 'Association', 'Organization', 'Organisation', 'Press', 'Network', 'Television', 'Radio', 'Daily',
  'Studies', 'Command', 'Forces', 'Office', 'Department', 'Academy', 'Fund', 'Inc', 'Ltd', 'Tribune', 'Gazette',
  'Broadcasting', 'Media', 'Review', 'Monitor', 'Program', 'Programme', 'Initiative', 'Commission', 'Bureau',
  'Institut', 'Universität', 'Université', 'Universidad', 'Instituto', 'Agence', 'Agentur',
]);
const ORG_HEAD = new Set(['University', 'Institute', 'Ministry', 'Agency', 'Center', 'Centre', 'Council', 'Bank', 'Office', 'Department', 'Academy', 'Committee', 'Commission', 'Bureau']);
const ORG_CUE_BEFORE = /(?:\b(?:told|reported|according to|broadcaster|newspaper|agency|outlet|channel|daily|network|news site|think tank|research group|firm|station|told the|said the|reported by),? )$/iu;
const PLACE_BEFORE = /(?:\b(?:in|from|near|to|outside|across|via) )$/u;
const PLACE_AFTER = /^(?:[,.;:!?)]|\s+[a-z]+\b)/u;

/** Words that are capitalised but are not names (or not names on their own). */
const STOP = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our My Your There Here ' +
    'In On At By For From To Of With And But Or Nor So Yet As If When While After Before Since During ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Mr Mrs Ms Dr Prof President Minister Leader Chairman General Foreign Defence Defense Prime Deputy Vice ' +
    'Secretary Spokesman Spokeswoman Officials Official State Supreme Commander Marshal Admiral Comrade Chief Cabinet ' +
    'Photo Video Read More Share Advertisement Reporting Editing Writing Updated Published Image Caption ' +
    'North South East West Northern Southern Eastern Western Far Central Korean Korea Russian Chinese ' +
    'Japanese American Western European Ukrainian Soviet Communist Asian Pacific Moscow Kremlin ' +
    'Also However Meanwhile Still Yet Now Then Some Many Most Both Each Every Other Another One Two Three ' +
    'AM PM GMT UTC KST EDT EST BST CET AP TV US UK EU UN'
  ).split(' '),
);
const DEMONYM = /(?:ian|ese|ish|ean|ans|ians)$/u;

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '‘' || text[i] === "'" || text[i] === '(')) i--;
  if (i < 0) return true;
  return /[.!?:\n\r\u2029—–]/u.test(text[i] ?? '');
}

function trimStops(words: string[]): [number, number] {
  let a = 0;
  let b = words.length;
  while (a < b && STOP.has((words[a] ?? '').replace(/\.$/, ''))) a++;
  while (b > a && STOP.has((words[b - 1] ?? '').replace(/\.$/, ''))) b--;
  return [a, b];
}

const ARTICLES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'With', 'And', 'But', 'As', 'When', 'After', 'Before', 'While']);

/** An organisation name keeps its adjectives ("Far Eastern Federal University"); only articles go. */
function orgSpan(words: string[]): [number, number] | null {
  let a = 0;
  while (a < words.length && ARTICLES.has(words[a] ?? '')) a++;
  const b = words.length;
  if (b - a < 2) return null;
  const inner = words.slice(a);
  if (ORG_SUFFIX.has(inner[inner.length - 1] ?? '') || inner.some((w) => ORG_HEAD.has(w))) return [a, b];
  return null;
}

/** Does `s` overlap any of `spans` (sorted by start, not overlapping each other)? Binary search. */
export function overlapsAny(s: Span, spans: readonly Span[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const first = spans[lo];
  return first !== undefined && first.start < s.end;
}

/** Classify one capitalised sequence by the cues around it; null when there is no cue. */
function classify(text: string, start: number, end: number, words: string[]): EntityType | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const allCaps = words.length === 1 && /^[A-Z]{2,6}$/.test(first);
  if ((ORG_SUFFIX.has(last) && words.length >= 2) || (ORG_HEAD.has(first) && words.length >= 3) || words.slice(1).some((w) => ORG_HEAD.has(w))) return 'organisation';
  if (allCaps) return ORG_CUE_BEFORE.test(before) || /^ (?:reported|said|says|quoted|cited|news|correspondent)\b/u.test(after) ? 'organisation' : null;
  const personShape = words.length >= 2 && words.length <= 4 && words.every((w) => /^[A-Z][\p{Ll}'’-]+$|^[A-Z]\.$/u.test(w)) && !ORG_SUFFIX.has(last);
  if (personShape && (HONORIFICS.test(before) || PERSON_BEFORE.test(before) || PERSON_AFTER.test(after))) return 'person';
  if (words.length === 1 && HONORIFICS.test(before)) return 'person';
  if (words.length <= 2 && PLACE_BEFORE.test(before) && PLACE_AFTER.test(after) && !DEMONYM.test(last) && !isSentenceStart(text, start - 1)) {
    return 'place';
  }
  return null;
}

/** German nouns after "in" are not places: "in Gefechte", "in Ausbildungslager". */
const DE_NOUN = /(?:e|en|er|ung|heit|keit|schaft|tion|ismus|tät|lager|ort)$/u;

/** Names not in the dataset, in text order, none overlapping a dataset mention (`mentions` sorted by start). */
export function findUnknownNames(text: string, mentions: Span[], lang: string | null): UnknownName[] {
  const code = (lang ?? 'en').slice(0, 2).toLowerCase();
  if (code === 'ko' || code === 'ja' || code === 'zh') return findCjkNames(text, code).filter((n) => !overlapsAny(n, mentions));
  if (!['en', 'de', 'fr', 'es'].includes(code)) return [];
  const cued = findLatinNames(text, code).filter((n) => !overlapsAny(n, mentions));
  const rest = findCapitalisedNames(text, mentions).map((n) => (code === 'en' ? n : withoutHonorific(n))).filter((n) => !overlapsAny(n, cued) && !(code === 'de' && n.type === 'place' && DE_NOUN.test(n.name)));
  return [...cued, ...rest].sort((a, b) => a.start - b.start);
}

/** "M. Poutine", "Sra. Díaz": the honorific is no part of the name (and may hide a dataset name). */
function withoutHonorific(n: UnknownName): UnknownName {
  const m = /^(?:M\.|Mme|Mlle|Sr\.|Sra\.|Dr\.?)\s+/u.exec(n.name);
  return m ? { ...n, name: n.name.slice(m[0].length), start: n.start + m[0].length } : n;
}

/** The capitalised-run recogniser with English cues (also right for many names in other Latin-script texts). */
function findCapitalisedNames(text: string, mentions: Span[]): UnknownName[] {
  const out: UnknownName[] = [];
  for (const m of text.matchAll(SEQUENCE)) {
    const raw = m[0];
    let start = m.index ?? 0;
    const words = raw.split(/ /);
    const orgAt = orgSpan(words);
    const [a, b] = orgAt ?? trimStops(words);
    if (a >= b) continue;
    const kept = words.slice(a, b);
    // drop connectors left dangling at the ends
    while (kept.length && /^[a-z]/.test(kept[kept.length - 1] ?? '')) kept.pop();
    if (!kept.length) continue;
    start += words.slice(0, a).reduce((n, w) => n + w.length + 1, 0);
    let name = kept.join(' ');
    const end = start + name.length;
    if (name.length < 2 || overlapsAny({ start, end }, mentions)) continue;
    const type = classify(text, start, end, kept);
    if (!type) continue;
    // a lone word at the start of a sentence is usually not a name
    if (kept.length === 1 && type !== 'organisation' && isSentenceStart(text, start)) continue;
    name = name.replace(/’/g, "'");
    out.push({ name: text.slice(start, end), type, start, end });
  }
  return out;
}

/** Unknown names as mentions the rest of the core consumes. */
export function unknownMentions(names: UnknownName[]): LinkedMention[] {
  return names.map((n) => ({ id: null, name: n.name, type: n.type, start: n.start, end: n.end }));
}
