/**
 * Who could be the speaker in a stretch of text: entity mentions (linked or not), role phrases
 * resolved through the dataset, pronouns, and, in Latin script, runs of capitalised name words
 * that no mention covers ("said Victor Cha, an analyst").
 */
import type { EntityType, LinkedMention, PartyRef, Span } from '../types';
import { NAME_APOSTROPHE } from '../normalize';
import { isSpace, isUpper } from './chars';
import { corefer, lastSpeakerBefore, refOfMention, type QuoteContext } from './context';
import { firstMentionAfter, resolveRole } from './roles';

export type CandidateKind = 'mention' | 'role' | 'pronoun' | 'name';

export interface Candidate extends Span {
  kind: CandidateKind;
  /** Null for a pronoun until it is resolved. */
  ref: PartyRef | null;
  type: EntityType | null;
}

const SPEAKER_TYPES = new Set<EntityType>(['person', 'organisation', 'place']);

/** Capitalised words that are not names: function words, titles, demonyms, days and months. */
const NOT_NAME = new Set(
  ('The A An In On At But And Or However According After Before When While Meanwhile It He She They We I You This That These '
    + 'Those His Her Their Its Our Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Prime Minister Foreign Defence Defense Secretary Senator '
    + 'Sen. Rep. Gen. General Ambassador Spokesman Spokeswoman Spokesperson Professor Prof. Analyst Director Chief Deputy Governor '
    + 'Mayor Admiral Adm. Colonel Col. Lt. Captain Capt. Chairman Chairwoman Leader Premier Chancellor King Queen Pope Vice Senior '
    + 'Former Russian Russians North South East West Korean Koreans American Americans US U.S. UN U.N. Japanese Chinese Ukrainian '
    + 'European British French German State Supreme Commander Marshal Lieutenant Major Officials Analysts Experts Sources Some '
    + 'Many Other Others Both Still Yet Also Asked Speaking Writing Monday Tuesday Wednesday Thursday Friday Saturday Sunday '
    + 'January February March April May June July August September October November December Sept. Sept Oct. Nov. Dec. Jan. '
    + 'Feb. Aug. There Here What Why How Who Where If As By For From With Of To Under Over Despite Though Although Since Until '
    + 'Today Yesterday Tomorrow Earlier Later Last Next Then Now Thus So Such Al Le La Der Die Das El Los Las Il Elle Un Une '
    + 'Ein Eine Y Et Und')
    .split(' '),
);

const NAME_RUN = new RegExp(String.raw`\p{Lu}(?:[\p{L}.-]|${NAME_APOSTROPHE})*(?:\s+(?:(?:von|van|der|de|da|del|di|bin|al|le|la|dos|du)\s+)*\p{Lu}(?:[\p{L}-]|${NAME_APOSTROPHE})*)*`, 'gu');

export function mentionCandidates(ctx: QuoteContext, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = firstMentionAfter(ctx.mentions, from); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as LinkedMention;
    if (m.start >= to) break;
    if (m.start < from || m.end > to || !SPEAKER_TYPES.has(m.type)) continue;
    out.push({ start: m.start, end: m.end, kind: 'mention', ref: refOfMention(ctx, m), type: m.type });
  }
  return out;
}

function overlaps(a: Span, list: readonly Span[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** A title before a name ("Defence Minister Sergei Shoigu") is not a speaker of its own. */
function titleOf(ctx: QuoteContext, hit: Span, to: number, mentions: readonly Candidate[]): boolean {
  let j = hit.end;
  while (j < to && isSpace(ctx.text[j])) j++;
  return mentions.some((m) => m.start === j);
}

function roleCandidates(ctx: QuoteContext, from: number, to: number, mentions: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const hits = ctx.roles.find(ctx.text, from, to);
  for (const hit of hits) {
    // a person's own mention inside the phrase wins; an organisation's ("the Kremlin spokesman") does not
    if (mentions.some((m) => (m.type === 'person' && hit.start < m.end && m.start < hit.end) || (m.start <= hit.start && hit.end <= m.end))) continue;
    if (titleOf(ctx, hit, to, mentions)) continue;
    const entity = resolveRole(ctx.roles.holders(hit.phrase), ctx.mentions, ctx.entities, hit.start);
    if (!entity) continue;
    out.push({ start: hit.start, end: hit.end, kind: 'role', ref: { id: entity.id, name: entity.name }, type: entity.type });
  }
  // a bare head noun: "— заявил министр журналистам", "the minister said"
  for (const hit of ctx.roles.findHeads(ctx.text, from, to)) {
    if (overlaps(hit, mentions) || overlaps(hit, hits) || titleOf(ctx, hit, to, mentions)) continue;
    const entity = resolveRole(ctx.roles.headHolders(hit.phrase), ctx.mentions, ctx.entities, hit.start, true);
    if (!entity) continue;
    out.push({ start: hit.start, end: hit.end, kind: 'role', ref: { id: entity.id, name: entity.name }, type: entity.type });
  }
  return out.sort((a, b) => a.start - b.start);
}

function pronounCandidates(ctx: QuoteContext, from: number, to: number): Candidate[] {
  const re = ctx.pronounRe;
  if (!re) return [];
  re.lastIndex = 0;
  // a look-ahead ("他(?=同时强调)") may need the verb just past the window
  const window = ctx.text.slice(from, Math.min(ctx.text.length, to + 8));
  const out: Candidate[] = [];
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    if (from + m.index + m[0].length > to) break;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'pronoun', ref: null, type: 'person' });
  }
  return out;
}

/** Sentence-initial words are capitalised anyway: a lone capitalised word there is not a name. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && isSpace(text[i - 1]) && text[i - 1] !== '\n') i--;
  const c = text[i - 1];
  return i === 0 || c === '\n' || c === '.' || c === '!' || c === '?';
}

/**
 * "Ray Alvarez, 81, a veteran … Alvarez said": a lone surname that stood earlier after a given name
 * (a capitalised word that is not a title or function word) is that person.
 */
function fullNameBefore(text: string, surname: string, pos: number): string | undefined {
  if (surname.length < 3) return undefined;
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}(?:[\\p{Ll}-]|${NAME_APOSTROPHE})+) ${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  const window = text.slice(Math.max(0, pos - 5000), pos);
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const given = m[1] as string;
    if (!NOT_NAME.has(given)) return `${given} ${surname}`;
  }
  return undefined;
}

function nameCandidates(ctx: QuoteContext, from: number, to: number, taken: readonly Span[]): Candidate[] {
  // German capitalises every noun: there, only two capitalised words in a row count, as a name
  const out: Candidate[] = [];
  const window = ctx.text.slice(from, to);
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(window); m !== null; m = NAME_RUN.exec(window)) {
    let start = from + m.index;
    const words = m[0].split(/\s+/);
    // "NATO Secretary General Mark Rutte": drop the words a mention or title already accounts for
    const taken1 = (w: string): boolean => overlaps({ start, end: start + w.length }, taken);
    while (words.length > 0 && (NOT_NAME.has(words[0] as string) || taken1(words[0] as string))) {
      start += (words.shift() as string).length;
      while (start < to && isSpace(ctx.text[start])) start++;
    }
    while (words.length > 0 && NOT_NAME.has(words[words.length - 1] as string)) words.pop();
    if (!ctx.lang.capitalisedNames) {
      if (words.length < 2) continue;
      while (words.length > 2) start += (words.shift() as string).length + 1;
    }
    if (words.length === 0 || !isUpper((words[0] as string)[0])) continue;
    const name = words.join(' ').replace(/[.’']+$/u, '');
    if (/['’]s$/u.test(name)) continue; // "Cha's": a possessive, not a subject
    const span = { start, end: start + name.length };
    if (overlaps(span, taken)) continue;
    if (words.length === 1) {
      const known = corefer(ctx, name, start);
      const full = ctx.knownSurnames.get(name) ?? (ctx.lang.capitalisedNames ? fullNameBefore(ctx.text, name, start) : undefined);
      if (known || full) {
        out.push({ ...span, kind: 'name', ref: known ?? { id: null, name: full as string }, type: 'person' });
        continue;
      }
      if (atSentenceStart(ctx.text, start) || name.length < 3) continue;
    }
    const alias = corefer(ctx, name, start);
    out.push({ ...span, kind: 'name', ref: alias ?? { id: null, name }, type: alias ? (ctx.entities.get(alias.id ?? '')?.type ?? null) : null });
  }
  return out;
}

/** Names in scripts without capitals, found by the title beside them. */
function titledNameCandidates(ctx: QuoteContext, from: number, to: number, taken: readonly Span[]): Candidate[] {
  const re = ctx.lang.titledName;
  if (!re) return [];
  const found = new Map<number, Candidate>();
  // the title and the verb after the name decide: look a little past the window
  const window = ctx.text.slice(from, Math.min(ctx.text.length, to + 12));
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    re.lastIndex = m.index + 1; // overlapping matches: the name nearest its title wins
    const name = m[1] as string;
    const start = from + m.index + m[0].indexOf(name);
    const span = { start, end: start + name.length };
    if (ctx.lang.notNames?.test(name) || span.end > to || overlaps(span, taken)) continue;
    found.set(from + m.index + m[0].length, { ...span, kind: 'name', ref: corefer(ctx, name, start) ?? { id: null, name }, type: 'person' });
  }
  return [...found.values()];
}

/**
 * An organisation referred back to by a phrase ("同庁", "its statement", "the report added"): one
 * candidate per match of `re` in [from, to), for the organisation `referent` finds before it.
 */
function backReferences(ctx: QuoteContext, re: RegExp | undefined, from: number, to: number, referent: (start: number, m: RegExpExecArray) => PartyRef | null): Candidate[] {
  if (!re) return [];
  const out: Candidate[] = [];
  re.lastIndex = 0;
  const window = ctx.text.slice(from, to);
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const start = from + m.index;
    const ref = referent(start, m);
    if (ref) out.push({ start, end: start + m[0].length, kind: 'mention', ref, type: 'organisation' });
  }
  return out;
}

/** "同庁の担当者": the organisation named last whose name ends in the same head word (group 1..n, may be empty). */
function sameOrgReferent(ctx: QuoteContext, start: number, m: RegExpExecArray): PartyRef | null {
  const head = m.slice(1).find((g) => g !== undefined) ?? '';
  for (let k = firstMentionAfter(ctx.mentions, start) - 1; k >= 0; k--) {
    const o = ctx.mentions[k] as LinkedMention;
    if (o.start < start - 4000) break;
    if (o.type === 'organisation' && o.end <= start && ctx.text.slice(o.start, o.end).endsWith(head)) return refOfMention(ctx, o);
  }
  return null;
}

/** "the report added": the organisation that spoke last before the phrase (context.speakers, in text order). */
function sameSourceReferent(ctx: QuoteContext, start: number): PartyRef | null {
  const last = lastSpeakerBefore(ctx, start, 'organisation');
  return last && last.pos > start - 4000 ? last.ref : null;
}

/** All candidates in [from, to), sorted by start. */
export function candidatesIn(ctx: QuoteContext, from: number, to: number): Candidate[] {
  if (to <= from) return [];
  const found = [
    ...mentionCandidates(ctx, from, to),
    ...backReferences(ctx, ctx.lang.sameOrg, from, to, (start, m) => sameOrgReferent(ctx, start, m)),
    ...backReferences(ctx, ctx.lang.sameSource, from, to, (start) => sameSourceReferent(ctx, start)),
  ];
  // "US" inside "US State Department": the country is part of the organisation's name, not a candidate of its own
  const all = found
    .filter((c) => !found.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start))
    .sort((a, b) => a.start - b.start);
  const roles = roleCandidates(ctx, from, to, all);
  const mentions = all.filter((m) => !overlaps(m, roles));
  const pronouns = pronounCandidates(ctx, from, to).filter((p) => !overlaps(p, mentions));
  const taken = [...mentions, ...roles, ...pronouns];
  const names = [...nameCandidates(ctx, from, to, taken), ...titledNameCandidates(ctx, from, to, taken)];
  const all2 = [...mentions, ...roles, ...pronouns, ...names].sort((a, b) => a.start - b.start);
  return all2.filter((c, k) => !modifiesNext(ctx, c, all2[k + 1]) && !titleBefore(ctx, c, all2[k + 1]) && !employerBetween(ctx, c, all2[k - 1]));
}

/**
 * Korean "홍민 통일연구원 선임연구위원은": an organisation between a person and the title that
 * carries the particle is the person's employer. A bare noun (no particle) followed by another
 * word modifies it, so the organisation is not the subject.
 */
function employerBetween(ctx: QuoteContext, c: Candidate, prev: Candidate | undefined): boolean {
  if (!ctx.lang.verbFinal || c.type !== 'organisation' || !prev || prev.type !== 'person' || prev.kind === 'pronoun') return false;
  if (!/^\s+$/u.test(ctx.text.slice(prev.end, c.start))) return false;
  return /^\s[가-힣]{1,8}(?:은|는|이|가)(?=[\s"“,])/u.test(ctx.text.slice(c.end, c.end + 12));
}

/** "la agencia oficial norcoreana KCNA": a role phrase right before a name is that name's title. */
function titleBefore(ctx: QuoteContext, c: Candidate, next: Candidate | undefined): boolean {
  if (c.kind !== 'role' || !next || next.kind === 'pronoun' || !ctx.lang.wordBoundaries) return false;
  const gap = ctx.text.slice(c.end, next.start);
  return /^[\s\p{L}'’-]*$/u.test(gap) && gap.split(/\s+/u).filter((w) => w !== '').length <= 3;
}

/**
 * "Kremlin spokesman Dmitry Peskov", "NATO Secretary General Mark Rutte": an organisation or place
 * followed, through title words only, by a person names that person's employer, not a speaker.
 */
function modifiesNext(ctx: QuoteContext, c: Candidate, next: Candidate | undefined): boolean {
  // Korean and Japanese: "조선중앙통신은 김정은…" is a topic and a subject, not an employer and a name
  // an untyped run of two capitalised words after an organisation and a title is a person's name too
  const personLike = next !== undefined && (next.type === 'person' || (next.kind === 'name' && next.type === null && next.ref !== null && next.ref.name.includes(' ')));
  if (!next || c.type === 'person' || !personLike || next.kind === 'pronoun' || ctx.lang.verbFinal) return false;
  const gap = ctx.text.slice(c.end, next.start);
  if (!/^[\s\p{L}'’.-]*$/u.test(gap)) return false;
  const words = gap.split(/\s+/u).filter((w) => w !== '');
  return words.length <= 4 && !ctx.cues.find(ctx.text, c.end, next.start).length;
}
