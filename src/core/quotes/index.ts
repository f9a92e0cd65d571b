/**
 * Attributed quotes: every quotation in the article text, who said it, and through whom it was
 * reported. Pure: text, blocks and mentions in, Quote[] out.
 *
 * Steps: regions (regions.ts) → quotation spans from marks (spans.ts) and from <q>/<blockquote>
 * (blocks.ts) → nested quotes folded into their outer quote → per quote, the words before and
 * after it in its sentence (sentences.ts) → cue, speaker and via (attribute.ts) → kind and the
 * scare-quote filter (kind.ts).
 *
 * Decisions: a split quote (""We are ready," Putin said, "to help."") gives two quotes with the
 * same speaker, as each marked span is a quotation; a quote inside a quote is part of the outer
 * one and not listed on its own; a multi-paragraph quote is one quote whose text runs from the
 * first opening mark to the last closing one, paragraph breaks and reopening marks included.
 */
import type { Dataset } from '../../data/schema';
import type { Block, LinkedMention, Quote, Span } from '../types';
import { attribute, speakerType, type Attribution, type Windows } from './attribute';
import { blockquoteCandidates, qCandidates } from './blocks';
import type { QuoteCandidate } from './candidate';
import { mentionCandidates } from './candidates';
import { buildContext, type QuoteContext } from './context';
import { isScareQuote, quoteKind } from './kind';
import { isHeading, paragraphRegions, type Region } from './regions';
import { sentenceAt, sentenceStarts } from './sentences';
import { nameAt } from './speaker';
import { titleNear } from './speaker-title';
import { findMarkedSpans } from './spans';
import { splitInterruptions } from './interruptions';
import { wordCount } from './chars';

export interface QuoteInput {
  text: string;
  blocks: Block[];
  /** Every entity mention in the text (linked ones carry an id), sorted by start. */
  mentions: LinkedMention[];
  lang: string | null;
  dataset: Dataset;
}

/** Outer quotes only: a quote inside another is part of it. */
function dropNested(cands: QuoteCandidate[]): QuoteCandidate[] {
  const sorted = [...cands].sort((a, b) => a.open - b.open || b.closeEnd - a.closeEnd);
  const out: QuoteCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.open >= last.open && c.closeEnd <= last.closeEnd) continue;
    out.push(c);
  }
  return out;
}

function regionIndexAt(regions: readonly Region[], pos: number): number {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((regions[mid] as Region).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

class SentenceIndex {
  private readonly cache = new Map<number, number[]>();

  constructor(
    private readonly text: string,
    private readonly regions: readonly Region[],
    private readonly masks: readonly Span[],
  ) {}

  starts(r: number): number[] {
    let s = this.cache.get(r);
    if (!s) {
      const region = this.regions[r] as Region;
      // masks are sorted by start: the region's ones are a short run found by binary search
      let lo = 0;
      let hi = this.masks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.masks[mid] as Span).start < region.start - 20000) lo = mid + 1;
        else hi = mid;
      }
      const masks: Span[] = [];
      for (let k = lo; k < this.masks.length && (this.masks[k] as Span).start < region.end; k++) {
        const m = this.masks[k] as Span;
        if (m.end > region.start) masks.push(m);
      }
      s = sentenceStarts(this.text, region, masks);
      this.cache.set(r, s);
    }
    return s;
  }

  at(r: number, pos: number): Span {
    return sentenceAt(this.starts(r), (this.regions[r] as Region).end, pos);
  }
}

/**
 * A paragraph that is nothing but a quote, right after a paragraph that ends in an attributed quote
 * (or in its short attribution: '"…," Kim said.'), goes on with the same speaker: the convention of
 * news copy for a speech quoted over several paragraphs.
 */
function continuesPreviousParagraph(text: string, regions: readonly Region[], r: number, prevClose: number, quoteEnd: number): boolean {
  const region = regions[r];
  const prevRegion = regions[r - 1];
  if (!region || !prevRegion || isHeading(prevRegion.tag) || isHeading(region.tag)) return false;
  if (prevClose <= prevRegion.start || prevClose > prevRegion.end) return false;
  if (!/^[\s\p{P}]*$/u.test(text.slice(quoteEnd, region.end))) return false;
  return wordCount(text.slice(prevClose, prevRegion.end)) <= 8;
}

/** A heading names its speaker without a verb: "Kim backs Russia's 'sacred fight'". */
function headingSpeaker(ctx: QuoteContext, region: Region, c: QuoteCandidate): Attribution | null {
  const speaking = (m: { type: string | null }): boolean => m.type === 'person' || m.type === 'organisation';
  const before = mentionCandidates(ctx, region.start, c.open).filter(speaking);
  const first = before[before.length - 1] ?? mentionCandidates(ctx, c.closeEnd, region.end).filter(speaking)[0];
  // one quoted word in a headline is a name or a scare quote ("Kim 'Amar' returns"), not his words
  const words = wordCount(ctx.text.slice(c.start, c.end));
  return first?.ref ? { speaker: first.ref, via: [], cue: null, cueNear: words >= 2 } : null;
}

/** A paragraph ending in a colon introduces the quote that follows it. */
function colonLead(ctx: QuoteContext, regions: readonly Region[], sentences: SentenceIndex, r: number): Span | null {
  const prev = regions[r - 1];
  if (!prev || isHeading(prev.tag)) return null;
  const sentence = { start: sentences.at(r - 1, prev.end - 1).start, end: prev.end };
  // "…다음과 같은 글을 올렸다.", "…wrote the following.": a lead that announces what follows, without a colon
  const announces = ctx.lang.announcesQuote?.test(ctx.text.slice(sentence.start, sentence.end)) ?? false;
  if (!/[:：]\s*$/u.test(ctx.text.slice(prev.start, prev.end)) && !announces) return null;
  return sentence;
}

export function findQuotes(input: QuoteInput): Quote[] {
  const { text } = input;
  if (!text) return [];
  const ctx = buildContext(text, input.mentions, input.lang, input.dataset);
  const regions = paragraphRegions(text, input.blocks);
  if (regions.length === 0) return [];
  const marked = findMarkedSpans(text, regions);
  const markCands: QuoteCandidate[] = marked.map((m) => ({ start: m.start, end: m.end, open: m.open, closeEnd: m.closeEnd, source: 'marks' }));
  const cands = splitInterruptions(
    ctx,
    dropNested([...markCands, ...qCandidates(text, input.blocks, marked), ...blockquoteCandidates(text, input.blocks)]),
  );
  const masks = cands.map((c) => ({ start: c.open, end: c.closeEnd }));
  const sentences = new SentenceIndex(text, regions, masks);

  const out: Quote[] = [];
  const headed: boolean[] = [];
  let prev: { cand: QuoteCandidate; attr: Attribution; direct: boolean } | null = null;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as QuoteCandidate;
    const next = cands[k + 1];
    const r0 = regionIndexAt(regions, c.open);
    const r1 = regionIndexAt(regions, Math.max(c.open, c.closeEnd - 1));
    const region = regions[r0] as Region;
    const lastRegion = regions[r1] as Region;
    const sentBefore = sentences.at(r0, c.open);
    const sentAfter = sentences.at(r1, Math.max(c.closeEnd - 1, c.open));
    const sharesSentence: boolean = prev !== null && prev.cand.closeEnd > sentBefore.start && prev.cand.closeEnd <= c.open;
    const before: Span = { start: sharesSentence && prev ? prev.cand.closeEnd : sentBefore.start, end: c.open };
    const afterEnd = next && next.open < sentAfter.end ? next.open : sentAfter.end;
    const after: Span = { start: c.closeEnd, end: Math.max(c.closeEnd, afterEnd) };
    let nextSentence: Span | null = null;
    if (text.slice(after.start, after.end).trim() === '' && sentAfter.end < lastRegion.end) {
      const s = sentences.at(r1, sentAfter.end);
      if (wordCount(text.slice(s.start, s.end)) <= 8) nextSentence = { start: s.start, end: next && next.open < s.end ? next.open : s.end };
    }
    const atStart = /^[\s\p{P}]*$/u.test(text.slice(before.start, before.end));
    const lead = c.source === 'blockquote' || (atStart && before.start === region.start) ? colonLead(ctx, regions, sentences, r0) : null;
    const windows: Windows = {
      before: lead ?? before,
      after: c.source === 'blockquote' ? { start: c.closeEnd, end: c.closeEnd } : after,
      next: c.source === 'blockquote' ? null : nextSentence,
      quote: { open: c.open, closeEnd: c.closeEnd },
      previous: sharesSentence && prev ? prev.attr : null,
    };
    let attr = attribute(ctx, windows);
    if (c.byline) {
      const who = nameAt(ctx, c.byline.start, c.byline.end);
      if (who) attr = { speaker: who, via: [], cue: null, cueNear: true };
    }
    // a heading names its speaker without a verb; a quote before it in the heading does not carry over
    if (attr.cue === null && isHeading(region.tag)) attr = headingSpeaker(ctx, region, c) ?? attr;
    // ""A," he said. "B."": a sentence that is only a quote continues the paragraph's last speaker
    const bare = atStart && /^[\s\p{P}]*$/u.test(text.slice(after.start, after.end)) && !nextSentence;
    if (!attr.speaker && attr.cue === null && bare && prev?.attr.speaker && (regionIndexAt(regions, prev.cand.open) === r0 || continuesPreviousParagraph(text, regions, r0, prev.cand.closeEnd, after.end))) {
      attr = { speaker: prev.attr.speaker, via: [...prev.attr.via], cue: null, cueNear: true };
    }
    // German indirect speech: 'Die Entscheidungen würden „…“ getroffen' carries on the paragraph's last speaker
    if (!attr.speaker && attr.cue === null && ctx.lang.subjunctive && prev?.attr.speaker && regionIndexAt(regions, prev.cand.open) === r0) {
      const sentence = text.slice(sentBefore.start, sentAfter.end);
      if (ctx.lang.subjunctive.test(sentence)) attr = { speaker: prev.attr.speaker, via: [...prev.attr.via], cue: null, cueNear: true };
    }
    const content = text.slice(c.start, c.end);
    const fromMarkup = c.source !== 'marks';
    if (!fromMarkup && isScareQuote(text, c.open, content, attr.cueNear)) continue;
    const continuesDirect: boolean = sharesSentence && prev !== null && prev.direct && /,\s*$/u.test(text.slice(prev.cand.start, prev.cand.end));
    const kind: Quote['kind'] = c.source === 'blockquote' ? 'block' : quoteKind(content, text.slice(before.start, before.end), continuesDirect);
    // "illegal and unjust," — a comma, semicolon or colon typeset inside the closing mark belongs
    // to the reporter's sentence, not to the quoted words (terminal . ? ! stay: they may be the speaker's).
    const trimmed = content.replace(/[\s,;:，、；：]+$/u, '');
    const end = trimmed.length > 0 ? c.start + trimmed.length : c.end;
    const title = attr.speaker && attr.speaker.id === null ? titleNear(text, attr.speaker.name, c.open) : undefined;
    const speaker = attr.speaker && title ? { ...attr.speaker, title } : attr.speaker;
    out.push({ text: text.slice(c.start, end), start: c.start, end, speaker, via: attr.via, cue: attr.cue, kind });
    headed.push(isHeading(region.tag));
    if (attr.speaker) {
      ctx.speakers.push({ pos: c.start, ref: attr.speaker, type: speakerType(ctx, attr.speaker) });
      // a speaker the recogniser missed ("Igor Lebedinsky said") is "Lebedinsky" later on, too
      const words = attr.speaker.id === null ? attr.speaker.name.split(/\s+/u) : [];
      const surname = words[words.length - 1];
      if (words.length > 1 && surname && !ctx.knownSurnames.has(surname)) ctx.knownSurnames.set(surname, attr.speaker.name);
    }
    prev = { cand: c, attr, direct: kind === 'direct' };
  }
  return creditHeadlineQuotes(out, headed);
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * "Kremlin: 'Not aimed at anyone'" over a paragraph where Peskov says the cooperation is "not aimed
 * at anyone": a headline repeats a quote from the text below, whose attribution is the precise one.
 */
function creditHeadlineQuotes(quotes: Quote[], headed: readonly boolean[]): Quote[] {
  return quotes.map((q, k) => {
    if (!headed[k]) return q;
    const words = comparable(q.text);
    if (words.length < 8) return q;
    const source = quotes.find((o, j) => j > k && !headed[j] && o.speaker !== null && o.start - q.end < 5000 && comparable(o.text).includes(words));
    return source ? { ...q, speaker: source.speaker, via: [...source.via] } : q;
  });
}
