/**
 * Attribution of one quotation: the cue, the speaker and the reporting chain (via).
 *
 * The sentence around the quote is cut into the words before the opening mark and the words
 * after the closing one (each stopping at a neighbouring quotation of the same sentence). Every
 * cue in them becomes a clause with an agent (speaker.ts). The primary clause is the cue right
 * after the quote (""…," Putin said"), else the nearest cue before it ("Yoon termed it "…"",
 * preferring a speech verb to "according to"), else a later cue in the sentence. Report clauses
 * ("Reuters reported", "according to Yonhap", "quoted by TASS") that are not the primary one
 * become the via chain, in reading order.
 */
import type { EntityType, PartyRef, Span } from '../types';
import { wordCount } from './chars';
import { candidatesIn } from './candidates';
import type { QuoteContext } from './context';
import type { CueMatch } from './cue-finder';
import {
  adjacentAfter,
  adjacentBefore,
  clauseSubject,
  coordinated,
  onlyPersonOfParagraph,
  personSubject,
  perspectiveHolder,
  previousTopic,
  pronounInCue,
  reportedSubject,
  resolvePronoun,
} from './speaker';

export interface Attribution {
  speaker: PartyRef | null;
  via: PartyRef[];
  cue: string | null;
  /** A cue stands right next to the quote: short quoted words are a quotation, not scare quotes. */
  cueNear: boolean;
}

export interface Windows {
  /** Words before the opening mark, from the sentence start (or the previous quote). */
  before: Span;
  /** Words after the closing mark, to the sentence end (or the next quote). */
  after: Span;
  /** A short next sentence that may carry the attribution (""Why not?" Putin asked."). */
  next: Span | null;
  /** The quote being attributed. */
  quote: { open: number; closeEnd: number };
  /** The previous quote of the same sentence, when `before` starts at it. */
  previous: Attribution | null;
}

interface Clause {
  cue: CueMatch;
  /** undefined: the clause names nobody; null: it names someone we cannot resolve. */
  agent: PartyRef | null | undefined;
  /** For "quoted X as saying" / "citing X": the one who relayed (the clause's subject). */
  relay?: PartyRef | null | undefined;
  where: 'before' | 'after';
  near: boolean;
  /** After ", and …": a verb of another clause; only its report cues still count (as via). */
  coordinated?: boolean;
  /** "an interpreter said": the verb's subject is someone the text does not name. */
  unnamed?: boolean;
}

/** '"…," an interpreter said' / '"…," said one official': the quote's own verb has an unnamed subject. */
function unnamedSubject(ctx: QuoteContext, span: Span, cue: CueMatch): boolean {
  const re = ctx.lang.unnamedAgent;
  if (!re || cue.role !== 'speech') return false;
  const before = ctx.text.slice(span.start, cue.start);
  if (re.test(before) && /\p{L}/u.test(before)) return true;
  const after = ctx.text.slice(cue.end, span.end).split(/[,.;:!?]/u)[0] ?? '';
  // '"…," said one official', '«…», — сказала речниця': only commas, spaces and a dash before the verb
  return /^\s*$/u.test(before.replace(/[,\s—–-]/gu, '')) && /\p{L}/u.test(after) && re.test(after);
}

/** A definite description after an inverted verb: "le leader de …", "the veteran", "der Minister". */
const DESCRIPTION = /^\s+(?:le|la|l['’]|the|der|die|el)\s*\p{Ll}[\p{Ll}-]{3,}/u;
const AS_SAYING = /\s(?:as\s+(?:saying|telling|stating|having\s+said|describing|calling))\b/u;
const NEAR_WORDS = 6;

function agentBeforeCue(ctx: QuoteContext, from: number, cue: CueMatch, end: number, quoteOpen: number): PartyRef | null | undefined {
  let agent = adjacentBefore(ctx, from, cue.start);
  if (agent === undefined && cue.side === 'either') agent = adjacentAfter(ctx, cue, end);
  if (agent === undefined) agent = pronounInCue(ctx, cue);
  if (agent === undefined && ctx.lang.verbFinal) {
    agent = clauseSubject(ctx, from, cue.start) ?? clauseSubject(ctx, sentenceFloor(ctx, quoteOpen), quoteOpen) ?? previousTopic(ctx, quoteOpen);
  }
  return agent;
}

/** For verb-final languages the subject sits before the quote, anywhere in its sentence. */
function sentenceFloor(ctx: QuoteContext, pos: number): number {
  let s = pos;
  while (s > 0 && !'.!?\n。！？'.includes(ctx.text[s - 1] as string)) s--;
  return s;
}

function quotedAs(ctx: QuoteContext, cue: CueMatch, from: number, to: number, where: 'before' | 'after'): Clause | null {
  const rest = ctx.text.slice(cue.end, to);
  const m = AS_SAYING.exec(rest);
  if (!m || m.index > 100) return null;
  const inner = ctx.text.slice(cue.end, cue.end + m.index).trim();
  // "TASS quoted him as saying"
  const agent = /^(?:him|her)$/iu.test(inner) ? resolvePronoun(ctx, cue.start) : adjacentAfter(ctx, cue, cue.end + m.index + 1);
  const relay = adjacentBefore(ctx, from, cue.start) ?? clauseSubject(ctx, from, cue.start);
  return { cue, agent, relay, where, near: true };
}

function clausesAfter(ctx: QuoteContext, w: Windows, span: Span, nextSentence: boolean): Clause[] {
  const out: Clause[] = [];
  let other = false;
  const found = ctx.cues.find(ctx.text, span.start, span.end);
  const reportFollows = found.some((c) => c.role === 'report');
  for (const cue of found) {
    // ", and said …": another verb of the same subject, not this quote's. A closing "according to"
    // sources the whole sentence, whatever clauses stand between ("… "…" that will be …, according to KCNA").
    other ||= cue.role !== 'according' && coordinated(ctx, span.start, cue);
    const gapWords = wordCount(ctx.text.slice(span.start, cue.start));
    if (nextSentence && gapWords > 3) break;
    if (other && cue.role === 'speech') continue;
    if (cue.role === 'quotedAs') {
      const clause = quotedAs(ctx, cue, span.start, span.end, 'after');
      if (clause) {
        out.push(clause);
        continue;
      }
    }
    // "朝鮮中央通信は、キム総書記が「…」と述べ、…と伝えた": with a report verb later on, the speech verb's
    // subject is the person marked with が/이/가 after the reporting topic
    if (ctx.lang.verbFinal && (cue.role === 'report' || (cue.role === 'speech' && reportFollows))) {
      const reported = reportedSubject(ctx, sentenceFloor(ctx, w.quote.open), w.quote.open);
      if (reported) {
        out.push({ cue: { ...cue, role: 'speech' }, agent: reported.speaker, relay: reported.relay, where: 'after', near: true });
        continue;
      }
    }
    let agent: PartyRef | null | undefined;
    const inCue = pronounInCue(ctx, cue);
    if (inCue !== undefined && cue.side === 'after') {
      // "«…», — приводит её слова ЦТАК": the pronoun speaks, the one named after the cue relays
      out.push({ cue, agent: inCue, relay: adjacentAfter(ctx, cue, span.end), where: 'after', near: !other && gapWords <= NEAR_WORDS });
      continue;
    }
    if (cue.side === 'after') agent = adjacentAfter(ctx, cue, span.end);
    else {
      agent = agentBeforeCue(ctx, span.start, cue, span.end, w.quote.open);
      // "«…», afirmó.": nobody between the quote and the verb, nobody after it: the dropped subject
      if (agent === undefined && ctx.lang.proDrop && !/\p{L}/u.test(ctx.text.slice(span.start, cue.start))) agent = resolvePronoun(ctx, cue.start);
    }
    // "«…», a lancé le leader de La France insoumise": a description after the verb refers back to
    // the one person the paragraph names (and to nobody when it names several)
    const unnamed = agent === undefined && !other && unnamedSubject(ctx, span, cue);
    if (!unnamed && (agent === undefined || agent === null) && !other && DESCRIPTION.test(ctx.text.slice(cue.end, cue.end + 24))) {
      agent = onlyPersonOfParagraph(ctx, cue.start) ?? agent;
    }
    out.push({ cue, agent: unnamed ? null : agent, where: 'after', near: !other && gapWords <= NEAR_WORDS, coordinated: other, unnamed });
  }
  return out;
}

function clausesBefore(ctx: QuoteContext, w: Windows): Clause[] {
  const { before, quote } = w;
  const out: Clause[] = [];
  for (const cue of ctx.cues.find(ctx.text, before.start, before.end)) {
    const near = wordCount(ctx.text.slice(cue.end, quote.open)) <= NEAR_WORDS;
    if (cue.role === 'quotedAs') {
      const clause = quotedAs(ctx, cue, before.start, quote.open, 'before');
      if (clause) {
        out.push({ ...clause, near });
        continue;
      }
    }
    let agent: PartyRef | null | undefined;
    if (cue.side === 'after') agent = adjacentAfter(ctx, cue, before.end);
    else {
      // "the Kremlin confirmed that Kim was coming, saying he would …": the participle's subject is the main clause's
      const participle = ctx.lang.participle?.test(cue.text) === true && /,\s*$/u.test(ctx.text.slice(before.start, cue.start));
      agent = (participle ? undefined : adjacentBefore(ctx, before.start, cue.start)) ?? clauseSubject(ctx, before.start, cue.start);
      if (agent === undefined && cue.side === 'either') agent = adjacentAfter(ctx, cue, before.end);
      if (agent === undefined) agent = pronounInCue(ctx, cue);
      if (agent === undefined && w.previous && w.previous.speaker) agent = w.previous.speaker; // split quote
      if (agent === undefined && ctx.lang.proDrop) agent = resolvePronoun(ctx, cue.start);
    }
    out.push({ cue, agent, where: 'before', near });
  }
  return out;
}

const isVia = (c: Clause): boolean => c.cue.role === 'report' || c.cue.role === 'according' || c.cue.role === 'carrier';

function pickPrimary(after: Clause[], before: Clause[]): Clause | null {
  const speakerless = (c: Clause): boolean => c.cue.role === 'carrier' || c.coordinated === true;
  const afterNear = after.filter((c) => c.near && !speakerless(c));
  const beforeNear = [...before].reverse().filter((c) => !speakerless(c));
  const beforeSpeech = beforeNear.find((c) => c.cue.role === 'speech' || c.cue.role === 'quotedAs');
  const speech = (c: Clause): boolean => c.cue.role === 'speech' || c.cue.role === 'quotedAs';
  const according = (c: Clause): boolean => c.cue.role === 'according' || c.cue.role === 'citing';
  const ordered = [
    // a speech verb beats "according to", which beats "reported":
    // "KCNA said Kim called it "…", according to Yonhap"; "По словам Пескова, … «…», передает ТАСС"
    afterNear.find((c) => c.agent && speech(c)),
    // '"…," an interpreter said': the quote's own verb names nobody; the sentence's subject did not say it
    afterNear.find((c) => c.unnamed),
    beforeSpeech?.agent && beforeSpeech.near ? beforeSpeech : undefined,
    afterNear.find((c) => c.agent && according(c)),
    beforeSpeech?.agent ? beforeSpeech : undefined,
    beforeNear.find((c) => c.agent && according(c)),
    afterNear.find((c) => c.agent),
    beforeNear.find((c) => c.agent),
    after.find((c) => c.agent && !speakerless(c)),
    afterNear[0],
    beforeSpeech,
    beforeNear[0],
  ];
  return ordered.find((c) => c !== undefined) ?? null;
}

/**
 * "Source: John Kirby, at a briefing; Ukrinform ¶ Quote from Kirby: "…"": a labelled quotation block.
 * The one named after the label's "from" speaks; else the first person (or organisation) of the
 * nearest source line before it.
 */
function quoteBlockSpeaker(ctx: QuoteContext, w: Windows): PartyRef | null {
  const label = ctx.lang.quoteLabel;
  if (!label) return null;
  const lead = ctx.text.slice(Math.max(0, w.before.start - 80), w.before.end);
  const m = label.exec(lead);
  if (!m) return null;
  const at = w.before.end - (lead.length - m.index);
  const named = candidatesIn(ctx, at, w.before.end).find((c) => c.kind !== 'pronoun' && c.ref !== null);
  if (named?.ref) return named.ref;
  const source = ctx.lang.sourceLine;
  if (!source) return null;
  // the newline that opens the label's own line
  let end = ctx.text.lastIndexOf('\n', w.before.end - 1);
  for (let k = 0; k < 8 && end > 0; k++) {
    const start = ctx.text.lastIndexOf('\n', end - 1) + 1;
    if (source.test(ctx.text.slice(start, end))) {
      const cands = candidatesIn(ctx, start, end).filter((c) => c.kind !== 'pronoun' && c.ref !== null);
      const person = (c: (typeof cands)[number]): boolean => c.type === 'person' || (c.kind === 'name' && c.type === null && (c.ref?.name.includes(' ') ?? false));
      const pick = cands.find(person) ?? cands.find((c) => c.type === 'organisation') ?? cands[0];
      return pick?.ref ?? null;
    }
    end = start - 1;
  }
  return null;
}

const isOutlet = (ctx: QuoteContext, ref: PartyRef): boolean => ref.id !== null && ctx.entities.get(ref.id)?.type === 'organisation';

const same = (a: PartyRef, b: PartyRef): boolean => (a.id !== null ? a.id === b.id : a.name === b.name);

export function attribute(ctx: QuoteContext, w: Windows): Attribution {
  let after = clausesAfter(ctx, w, w.after, false);
  if (after.length === 0 && w.next) after = clausesAfter(ctx, w, w.next, true).map((c) => ({ ...c, near: true }));
  const before = clausesBefore(ctx, w);
  let primary = pickPrimary(after, before);
  const lead = ctx.text.slice(w.before.start, w.before.end);
  if (!primary?.agent) {
    const block = quoteBlockSpeaker(ctx, w);
    if (block) primary = { cue: { start: w.before.end, end: w.before.end, text: '', role: 'speech', side: 'before' }, agent: block, where: 'before', near: true };
  }
  if (!primary?.agent && (/[:：]\s*$/u.test(lead) || (ctx.lang.announcesQuote?.test(lead) ?? false))) {
    // "Putin was blunt: "…"": the clause before the colon names the speaker
    // "Pour le politologue X, la France entre …: « … »": the view is X's, not the clause subject's
    const subject = perspectiveHolder(ctx, w.before.start, w.before.end) ?? clauseSubject(ctx, w.before.start, w.before.end);
    if (subject) primary = { cue: { start: w.before.end, end: w.before.end, text: '', role: 'speech', side: 'before' }, agent: subject, where: 'before', near: true };
  }
  if (!primary) {
    // "called the talks "frank" and "productive"": the sentence's speaker said both
    if (w.previous?.speaker) {
      // "Según KCNA, ambos líderes acordaron «…» y Kim invitó a Putin «…»": a person's clause after an agency's quote
      const person = isOutlet(ctx, w.previous.speaker) ? personSubject(ctx, w.before.start, w.quote.open) : null;
      if (person) return { ...w.previous, speaker: person, via: [w.previous.speaker, ...w.previous.via] };
      return { ...w.previous, via: [...w.previous.via] };
    }
    return { speaker: null, via: [], cue: null, cueNear: false };
  }
  let speaker = primary.agent ?? null;
  const via: PartyRef[] = [];
  if (primary.relay) via.push(primary.relay);
  // "朝鮮中央通信によると、金氏は「…」を表明した", "Según KCNA, … y Kim invitó a Putin «…»": the agency
  // relays, the person whose clause holds the quote speaks
  if (primary.cue.role === 'according' && primary.where === 'before' && speaker && isOutlet(ctx, speaker)) {
    const person = personSubject(ctx, primary.cue.end, w.quote.open);
    if (person) {
      via.push(speaker);
      speaker = person;
    }
  }
  const clauses = [...before, ...after].sort((a, b) => a.cue.start - b.cue.start);
  // "Reuters reported, citing KCNA": the cited one is the speaker, the reporter is via
  const citing = clauses.find((c) => c.cue.role === 'citing' && c.agent);
  if (citing && (primary.cue.role === 'report' || primary.cue.role === 'according') && citing.agent) {
    if (speaker) via.push(speaker);
    speaker = citing.agent;
  }
  for (const c of clauses) {
    if (c === primary || c === citing || !c.agent) continue;
    // "KCNA said Kim called the talks "…"": an outlet's speech verb further out relays the quote
    const relays = c.cue.role === 'speech' && c.where === 'before' && c.cue.start < primary.cue.start && isOutlet(ctx, c.agent);
    if (isVia(c) || relays) via.push(c.agent);
  }
  const cleanVia = via.filter((v, k) => (!speaker || !same(v, speaker)) && via.findIndex((o) => same(o, v)) === k);
  // a named speaker makes even two quoted words a quotation ("told reporters … firm "international guarantees"")
  // Far from the quote, only a speech verb before it whose speaker is named makes two quoted words a quotation
  // ("told reporters … firm "international guarantees""); "according to" does not ("据…报道 … “安加拉”火箭").
  const named = speaker !== null && primary.where === 'before' && primary.cue.role === 'speech';
  return { speaker, via: cleanVia, cue: primary.cue.text || null, cueNear: primary.near || named };
}

/** A speaker's entity type, for pronoun resolution later on. */
export function speakerType(ctx: QuoteContext, ref: PartyRef): EntityType | null {
  if (ref.id !== null) return ctx.entities.get(ref.id)?.type ?? null;
  // a name the recogniser typed ("林剑", person) keeps its type; an untyped run is a person when it has two words
  const typed = ctx.unknownTypes.get(ref.name);
  if (typed) return typed;
  return ref.name.includes(' ') ? 'person' : null;
}
