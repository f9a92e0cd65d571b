/**
 * The agent of a cue: who "said", who is "according to", who "reported". Word order decides:
 * the candidate right before the cue (only adverbs or time words between: "Putin said",
 * "Yoon on Sunday termed"), else the one right after it (", said Victor Cha"), else the subject of
 * the clause (its first candidate that is not the object of a preposition: "Yoon met Kishida and
 * said"). Pronouns resolve to the most recent preceding person who spoke or was a subject.
 */
import type { LinkedMention, PartyRef, Span } from '../types';
import { isUpper, wordCount } from './chars';
import { candidatesIn, type Candidate } from './candidates';
import { lastSpeakerBefore, refOfMention, type QuoteContext } from './context';
import type { CueMatch } from './cue-finder';
import { firstMentionAfter } from './roles';

/** Words that may stand between a subject and its verb: "Putin also said", "Yoon on Sunday termed". */
const MAX_GAP_WORDS = 4;
const TITLE_WORDS = /^(?:the|a|an|its|his|her|their|der|die|das|dem|den|des|le|la|les|l['’]|el|los|las|state|state-run|official|news|agency|leader|president|minister|spokesman|spokeswoman|spokesperson|secretary|chief|head|ambassador|governor|envoy|counterpart|foreign|defence|defense|deputy|prime|general|adviser|aide|korean|russian|north|south|\p{Lu}[\p{L}.’'-]*)$/u;

/** Offices whose title takes a preposition: ambassador to, envoy to, minister for. */
const TITLE_OFFICE = /^(?:ambassador|envoy|minister|representative|commissioner|secretary|adviser|advisor|delegate|coordinator)$/iu;

function wordsOf(s: string): string[] {
  return s.split(/[\s,]+/u).filter((w) => w !== '');
}

/** The words before a candidate, skipping titles and determiners: is it the object of a preposition? */
export function isPrepositionalObject(ctx: QuoteContext, c: Span, floor = 0): boolean {
  if (ctx.lang.prepositions.size <= 1) return false;
  // the cue's own "to" ("according to KCNA") does not count: look no further back than `floor`
  const before = ctx.text.slice(Math.max(0, floor, c.start - 80), c.start);
  const words = before.split(/\s+/u).filter((w) => w !== '');
  // outside English, a noun may stand between the preposition and the name: "с корреспондентом ТАСС"
  const freeWords = ctx.lang.capitalisedNames && ctx.lang.prepositions.has('to') ? 0 : 1;
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const w = words[k] as string;
    if (/[.,;:!?"“”«»]$/u.test(w)) return false; // a clause boundary comes first
    const bare = w.toLowerCase();
    // "Secretary of State Antony Blinken": an "of" inside a title is not a preposition governing the name
    if (bare === 'of' && isUpper((words[k - 1] ?? '')[0])) continue;
    // "the US Ambassador to the United Nations Linda Thomas-Greenfield": a "to" or "for" after an office is part of the title
    // (so the name after it can speak), but the organisation right after it is the office's object, not a speaker
    if ((bare === 'to' || bare === 'for') && TITLE_OFFICE.test(words[k - 1] ?? '')) {
      if (words.slice(k + 1).every((x) => /^(?:the|a|an)$/iu.test(x))) return true;
      continue;
    }
    // "a spokesperson for the Ministry of Unification said": the organisation speaks through its spokesperson
    if ((bare === 'for' || bare === 'of') && /^(?:spokes(?:man|woman|person)|spokespeople|press-service|service|office)$/iu.test(words[k - 1] ?? '')) return false;
    if (ctx.lang.prepositions.has(bare)) return true;
    if (!TITLE_WORDS.test(w) && seen >= freeWords) return false;
  }
  return false;
}

/** "防衛省の担当者は", "통일부 당국자는": an organisation's unnamed official speaks for it. */
const OFFICIAL_OF = /^(?:担当者|報道官|報道担当|関係者|幹部|当局者|대변인|당국자|관계자)/u;

function isPossessive(ctx: QuoteContext, c: Span): boolean {
  return /^['’]s?(?![\p{L}])/u.test(ctx.text.slice(c.end, c.end + 3)) || (/^(?:의|の)/u.test(ctx.text.slice(c.end, c.end + 1)) && !OFFICIAL_OF.test(ctx.text.slice(c.end + 1, c.end + 8)));
}

function gapIsAdjacent(ctx: QuoteContext, gap: string): boolean {
  if (/[.;!?"“”«»„「」]/u.test(gap)) return false;
  // Chinese: "普京说" is adjacent, "普京迎接金正恩时说" makes 金正恩 an object, not the speaker
  if (ctx.lang.chineseClauses) return !/[\p{Script=Han}]/u.test(gap);
  const words = wordsOf(gap);
  if (words.length > MAX_GAP_WORDS && wordCount(gap) > MAX_GAP_WORDS) return false;
  return !words.some((w) => ctx.lang.conjunctions.has(w.toLowerCase()));
}

/** Korean and Japanese subjects carry a particle (cues.ts): 김정은 위원장은, 金総書記は. */
const NEVER = /(?!)/u;
const topicRe = (ctx: QuoteContext): RegExp => ctx.lang.topicParticle ?? NEVER;
const subjectRe = (ctx: QuoteContext): RegExp => ctx.lang.subjectParticle ?? NEVER;

export function resolvePronoun(ctx: QuoteContext, pos: number): PartyRef | null {
  const key = `${pos}:${ctx.speakers.length}`;
  const cached = ctx.pronounCache.get(key);
  if (cached !== undefined) return cached;
  const ref = findAntecedent(ctx, pos);
  ctx.pronounCache.set(key, ref);
  return ref;
}

/** The stretches of [from, to) outside quotation marks (each double mark, guillemet or corner toggles). */
function narrativeSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start: number | null = from;
  for (let i = from; i < to; i++) {
    if (!'"“”„«»「」『』'.includes(text[i] as string)) continue;
    if (start !== null) {
      if (i > start) out.push({ start, end: i });
      start = null;
    } else start = i + 1;
  }
  if (start !== null && to > start) out.push({ start, end: to });
  return out;
}

/**
 * "I called Ray Dominguez, who is 92. … "…," he told me.": when the paragraph's narrative (its
 * words outside quotations) names exactly one person before a pronoun, the pronoun means that person.
 */
export function onlyPersonOfParagraph(ctx: QuoteContext, pos: number): PartyRef | null {
  const para = ctx.text.lastIndexOf('\n', pos - 1) + 1;
  // only candidates known to be people: an untyped capitalised run ("Chosin Reservoir") may be a place
  const persons = narrativeSpans(ctx.text, para, pos).flatMap((sp) =>
    candidatesIn(ctx, sp.start, sp.end).filter((c) => c.kind !== 'pronoun' && c.ref !== null && c.type === 'person'),
  );
  const refs = persons.map((c) => c.ref as PartyRef);
  const first = refs[0];
  if (!first) return null;
  const key = (r: PartyRef): string => r.id ?? r.name;
  return refs.every((r) => key(r) === key(first)) ? first : null;
}

function findAntecedent(ctx: QuoteContext, pos: number): PartyRef | null {
  const only = onlyPersonOfParagraph(ctx, pos);
  if (only) return only;
  const lastSpeaker = lastSpeakerBefore(ctx, pos, 'person');
  let found: { pos: number; ref: PartyRef } | null = lastSpeaker;
  for (let k = firstMentionAfter(ctx.mentions, pos) - 1; k >= 0; k--) {
    const m = ctx.mentions[k] as LinkedMention;
    if (m.start < pos - 4000 || (lastSpeaker && lastSpeaker.pos > m.start)) break;
    if (m.type === 'person' && m.end <= pos && (startsSentence(ctx, m) || speaksNext(ctx, m))) {
      found = { pos: m.end, ref: refOfMention(ctx, m) };
      break;
    }
  }
  // names outside the dataset, after that antecedent ("Christine Lagarde machte deutlich … sagte sie")
  const from = Math.max(found ? found.pos : 0, pos - 800);
  const names = candidatesIn(ctx, from, pos).filter((c) => c.kind === 'name' && c.ref !== null && c.ref.name.includes(' ') && c.end <= pos);
  const name = [...names].reverse().find((c) => startsSentence(ctx, c) || speaksNext(ctx, c));
  return name?.ref ?? found?.ref ?? null;
}

/** "Шойгу подчеркнул", "Putin said": a name followed by its speech verb is a subject. */
function speaksNext(ctx: QuoteContext, m: Span): boolean {
  const cue = ctx.cues.find(ctx.text, m.end, Math.min(ctx.text.length, m.end + 30))[0];
  return cue !== undefined && cue.role === 'speech' && wordCount(ctx.text.slice(m.end, cue.start)) <= 1;
}

/** Lower-case words allowed before a sentence's subject: determiners and titles. */
const LEAD_WORDS = /^(?:the|a|an|but|and|so|yet|then|now|meanwhile|however|also|earlier|later|leader|president|minister|spokesman|spokeswoman|spokesperson|secretary|chief|head|ambassador|governor|envoy|foreign|defence|defense|deputy|prime|general|state|official|-|—|–)$/u;

/** A subject opens its sentence: only names, titles and dateline words stand before it. */
function startsSentence(ctx: QuoteContext, m: Span): boolean {
  let s = m.start;
  while (s > 0 && !'.!?\n。'.includes(ctx.text[s - 1] as string)) s--;
  const words = ctx.text.slice(s, m.start).split(/[\s,]+/u).filter((w) => w !== '');
  return words.every((w) => !/^\p{Ll}/u.test(w) || LEAD_WORDS.test(w));
}

function resolved(ctx: QuoteContext, c: Candidate): PartyRef | null {
  return c.kind === 'pronoun' ? resolvePronoun(ctx, c.start) : c.ref;
}

/** Words a country-as-speaker may have before its verb ("North Korea has since accused"). */
const PLACE_GAP = /^\s+(?:(?:has|have|had|also|since|again|already|repeatedly|previously|long|now|hat|habe|a|ha|уже|также)\s+)+$/u;

/** A candidate right before `at`, with only adverbs and time words between. */
export function adjacentBefore(ctx: QuoteContext, from: number, at: number): PartyRef | null | undefined {
  const cands = candidatesIn(ctx, from, at);
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k] as Candidate;
    if (!gapIsAdjacent(ctx, ctx.text.slice(c.end, at))) return undefined;
    // "North Korea has since accused": a country speaks when only auxiliaries and adverbs stand between
    if (c.type === 'place' && !/^\s*$/u.test(ctx.text.slice(c.end, at)) && !PLACE_GAP.test(ctx.text.slice(c.end, at))) continue;
    // "a statement on the Kremlin's website said": the organisation speaks through what it owns
    if (c.type === 'organisation' && ctx.lang.voiceOf?.test(ctx.text.slice(c.end, c.end + 40))) return resolved(ctx, c);
    if (isPossessive(ctx, c) || isPrepositionalObject(ctx, c)) continue;
    return resolved(ctx, c);
  }
  return undefined;
}

/** "タス通信によると", "연합뉴스에 따르면": the candidate is the source of an "according to", not a subject. */
function introducesSource(ctx: QuoteContext, c: Span): boolean {
  if (!ctx.lang.verbFinal) return false;
  const cue = ctx.cues.find(ctx.text, c.end, Math.min(ctx.text.length, c.end + 10))[0];
  return cue !== undefined && cue.role === 'according' && /^\s*$/u.test(ctx.text.slice(c.end, cue.start));
}

/**
 * "The Council has banned arms sales, and U.S. officials have warned …": after a comma and a
 * conjunction with words of its own before the verb, a new clause with its own subject begins.
 * ", and said" (no new subject) keeps the sentence's subject.
 */
function coordinateClauseStart(ctx: QuoteContext, from: number, at: number): number {
  const text = ctx.text.slice(from, at);
  const re = /[,;]\s+(\p{L}+)\s+/gu;
  let start = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!ctx.lang.conjunctions.has((m[1] as string).toLowerCase()) || ['that', 'which', 'who', 'que', 'dass', 'что'].includes((m[1] as string).toLowerCase())) continue;
    const rest = text.slice(m.index + m[0].length).split(/\s+/u).filter((w) => w !== '');
    if (rest.length >= 2) start = from + m.index + m[0].length;
  }
  return start;
}

/** The subject of the clause [from, at): its first candidate that is not a prepositional object. */
export function clauseSubject(ctx: QuoteContext, from: number, at: number): PartyRef | null | undefined {
  if (ctx.lang.chineseClauses) {
    // "据朝中社报道，金正恩表示": the subject opens the comma clause that holds the verb
    const comma = Math.max(ctx.text.lastIndexOf('，', at - 1), ctx.text.lastIndexOf('：', at - 1));
    if (comma >= from) from = comma + 1;
  } else if (!ctx.lang.verbFinal) from = coordinateClauseStart(ctx, from, at);
  const cands = candidatesIn(ctx, from, at).filter((c) => c.type !== 'place' && !isPossessive(ctx, c) && !introducesSource(ctx, c));
  if (ctx.lang.verbFinal) {
    // the topic (은/는, は) is the main clause's subject; 이/가 often marks a clause inside it
    const after = (c: Candidate): string => ctx.text.slice(c.end, Math.min(at + 1, c.end + 12));
    const topics = cands.filter((c) => topicRe(ctx).test(after(c)));
    const marked = cands.filter((c) => subjectRe(ctx).test(after(c)));
    const pick = topics[topics.length - 1] ?? marked[marked.length - 1] ?? cands[0];
    return pick ? resolved(ctx, pick) : undefined;
  }
  const pick = cands.find((c) => !isPrepositionalObject(ctx, c));
  return pick ? resolved(ctx, pick) : undefined;
}

/**
 * Verb-final reports: "조선중앙통신은 김 위원장이 "…"을 강화하자고 했다고 보도했다" — the person marked
 * with 이/가 after the reporting topic is the speaker, the topic relays. Undefined when there is none.
 */
export function reportedSubject(ctx: QuoteContext, from: number, at: number): { speaker: PartyRef; relay: PartyRef | null } | undefined {
  const cands = candidatesIn(ctx, from, at).filter((c) => c.type === 'person' && !isPossessive(ctx, c));
  const after = (c: Candidate): string => ctx.text.slice(c.end, Math.min(at + 1, c.end + 12));
  const all = candidatesIn(ctx, from, at);
  const topic = all.filter((c) => topicRe(ctx).test(after(c)))[0];
  const embedded = cands.filter((c) => (!topic || c.start > topic.end) && subjectRe(ctx).test(after(c)) && !topicRe(ctx).test(after(c)))[0];
  const speaker = embedded ? resolved(ctx, embedded) : null;
  if (!speaker) return undefined;
  return { speaker, relay: topic ? resolved(ctx, topic) : null };
}

const COMPLEMENTISER = /^\s+(?:that|dass|que|qu['’]|что)(?![\p{L}])/u;

/** The first candidate after the cue, before any clause break: ", said Victor Cha, an analyst". */
const FIRST_WORD = /^\s*(\p{L}+)/u;

export function adjacentAfter(ctx: QuoteContext, cue: CueMatch, to: number): PartyRef | null | undefined {
  const text = ctx.text;
  // "warned that Moscow would …": a complement clause follows, its subject is not the speaker
  if (cue.role === 'speech' && COMPLEMENTISER.test(text.slice(cue.end, cue.end + 8))) return undefined;
  const breakAt = (from: number): number => {
    let i = from;
    while (i < to && !/[,;:.!?()"“”«»„「」，。]/u.test(text[i] as string)) i++;
    return i;
  };
  let limit = breakAt(cue.end);
  // "a déclaré l'ambassadrice américaine aux Nations unies, Linda Thomas-Greenfield": one appositive
  // comma; not one that opens another clause ("— сказала речниця, а Пєсков додав", "said an aide, and Kim …")
  const opensClause = (): boolean => ctx.lang.conjunctions.has((FIRST_WORD.exec(text.slice(limit + 1, limit + 24))?.[1] ?? '').toLowerCase());
  if (text[limit] === ',' && !candidatesIn(ctx, cue.end, limit).some((c) => !isPrepositionalObject(ctx, c, cue.end)) && !opensClause()) limit = breakAt(limit + 1);
  // a candidate may itself contain a dot ("U.S.") or end at the break
  const cands = candidatesIn(ctx, cue.end, Math.min(to, limit + 1)).filter((c) => !isPrepositionalObject(ctx, c, cue.end));
  let place: Candidate | undefined;
  for (const c of cands) {
    const gap = text.slice(cue.end, c.start);
    const words = wordsOf(gap);
    if (words.length > 7 && wordCount(gap) > 7) break;
    if (isPossessive(ctx, c)) continue;
    // "according to the North Korean agency KCNA": a place used as an adjective is not the agent
    if (c.type === 'place') {
      place ??= c;
      continue;
    }
    return resolved(ctx, c);
  }
  return place ? resolved(ctx, place) : undefined;
}

/** A pronoun inside the cue itself: "a-t-il déclaré", "по его словам". */
export function pronounInCue(ctx: QuoteContext, cue: CueMatch): PartyRef | null | undefined {
  return ctx.lang.pronounInCue?.test(cue.text) ? resolvePronoun(ctx, cue.start) : undefined;
}

/** Is the cue introduced by a conjunction ("…," and said …): then it is another verb, not this quote's. */
export function coordinated(ctx: QuoteContext, from: number, cue: Span): boolean {
  return wordsOf(ctx.text.slice(from, cue.start)).some((w) => ctx.lang.conjunctions.has(w.toLowerCase()));
}

/** Capitalised run right before a position: "— Victor Cha" attribution lines. */
export function nameAt(ctx: QuoteContext, from: number, to: number): PartyRef | null {
  const cands = candidatesIn(ctx, from, to).filter((c) => c.kind !== 'pronoun');
  const c = cands[0];
  if (c) return resolved(ctx, c);
  const words = ctx.text.slice(from, to).trim().split(/\s+/u);
  const name: string[] = [];
  for (const w of words) {
    if (!isUpper(w[0])) break;
    name.push(w.replace(/[,(]+$/u, ''));
  }
  return name.length > 0 ? { id: null, name: name.join(' ') } : null;
}


/**
 * The person who is the subject of the clause that runs up to `at`, if any: in verb-final
 * languages the last person marked as topic or subject; elsewhere the subject of the last comma
 * or conjunction clause ("…, y Kim invitó a Putin").
 */
export function personSubject(ctx: QuoteContext, from: number, at: number): PartyRef | null {
  const isPerson = (c: Candidate): boolean => c.type === 'person' && c.kind !== 'pronoun' && !isPossessive(ctx, c);
  if (ctx.lang.verbFinal) {
    const after = (c: Candidate): string => ctx.text.slice(c.end, Math.min(at + 1, c.end + 12));
    const marked = candidatesIn(ctx, from, at).filter((c) => isPerson(c) && subjectRe(ctx).test(after(c)));
    const last = marked[marked.length - 1];
    return last ? resolved(ctx, last) : null;
  }
  let start = from;
  const clause = /[,;:，：]|\s(?:y|e|and|und|et|и)\s/gu;
  const text = ctx.text.slice(from, at);
  for (let m = clause.exec(text); m !== null; m = clause.exec(text)) start = from + m.index + m[0].length;
  const pick = candidatesIn(ctx, start, at).filter((c) => c.type !== 'place' && !isPossessive(ctx, c) && !isPrepositionalObject(ctx, c))[0];
  return pick && isPerson(pick) ? resolved(ctx, pick) : null;
}

/**
 * Japanese and Korean drop a subject that carries on: "ペスコフ報道官は…と説明。その上で「…」と強調した".
 * The topic (は/은/는) of the previous sentence in the same paragraph, when it is a person or an organisation.
 */
export function previousTopic(ctx: QuoteContext, pos: number): PartyRef | null | undefined {
  const floor = sentenceStartBefore(ctx.text, pos);
  if (floor === 0 || ctx.text[floor - 1] === '\n') return undefined;
  const prevStart = sentenceStartBefore(ctx.text, floor - 1);
  const after = (c: Candidate): string => ctx.text.slice(c.end, Math.min(floor, c.end + 12));
  const topics = candidatesIn(ctx, prevStart, floor)
    .filter((c) => (c.type === 'person' || c.type === 'organisation') && !isPossessive(ctx, c) && topicRe(ctx).test(after(c)));
  const first = topics[0];
  return first ? resolved(ctx, first) : undefined;
}

function sentenceStartBefore(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && !'.!?\n。！？'.includes(text[s - 1] as string)) s--;
  return s;
}

/** "Für Korea-Experte Jan Berger ist die Lage klar:": the person after a perspective preposition holds the view. */
export function perspectiveHolder(ctx: QuoteContext, from: number, at: number): PartyRef | null | undefined {
  const words = ctx.lang.perspective;
  if (!words) return undefined;
  for (const c of candidatesIn(ctx, from, at)) {
    if (c.kind === 'pronoun' || !(c.type === 'person' || (c.kind === 'name' && c.type === null))) continue;
    const lead = ctx.text.slice(Math.max(from, c.start - 40), c.start).split(/\s+/u).filter((w) => w !== '').slice(-3);
    if (lead.some((w) => words.has(w.toLowerCase()))) return resolved(ctx, c);
  }
  return undefined;
}
