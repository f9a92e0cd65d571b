/**
 * Decides whether a page is about our story or one of its look-alikes, from evidence a reader
 * could check: which signals fire (entities, phrases in any language), when the page was
 * published against each story's dates, which years and months it names, and what its title says.
 * Every story (ours and each related one) is scored the same way; ours matches only when its
 * evidence passes a threshold, rests on more than one signal, and clearly beats the best look-alike.
 */
import type { Dataset, Lang, StorySignal } from '../data/schema';
import type { LinkedMention, SignalHit, StoryResult } from './types';
import { compilePatterns, matchText, matcherFor, type CompiledMatcher, type PatternSpec } from './matcher';
import { entityIndex, linkMatches } from './linker';
import { normalize } from './normalize';
import { MONTH_NUMBER_RE, MONTH_RE } from './months';

export interface StoryInput {
  text: string;
  title: string;
  /** YYYY-MM-DD (or YYYY-MM / YYYY) when the page states it. */
  published: string | null;
  mentions: LinkedMention[];
  dataset: Dataset;
}

/** Our score must reach this… */
export const MATCH_THRESHOLD = 8;
/** …and beat the best look-alike by this much. */
export const MATCH_MARGIN = 2;
/** A look-alike is named only when it has at least this much evidence. */
export const RELATED_MIN = 3;
/** Signals found in the title count this much more. */
const TITLE_BONUS = 1;
/** Share of a story's evidence discounted when all of it sits in one sentence. */
const PASSING_FACTOR = 0.5;

interface StoryLike {
  id: string;
  title: string;
  start: string;
  end: string;
  signals: StorySignal[];
}

interface Evidence {
  score: number;
  ruledOut: boolean;
  hits: SignalHit[];
  /** Content signals (entities and terms) that fired, and how many are not shared with any other story. */
  contentCount: number;
  specificCount: number;
  dateInWindow: boolean;
}

// ---- term signals: one trie over every term of every story ----

const termMatchers = new WeakMap<Dataset, CompiledMatcher>();

function storiesOf(dataset: Dataset): StoryLike[] {
  return [dataset.story, ...dataset.related];
}

function termMatcher(dataset: Dataset): CompiledMatcher {
  let m = termMatchers.get(dataset);
  if (!m) {
    const specs: PatternSpec[] = [];
    storiesOf(dataset).forEach((s, si) =>
      s.signals.forEach((sig, gi) => {
        if (sig.kind !== 'term') return;
        for (const [lang, forms] of Object.entries(sig.terms) as [Lang, string[]][]) {
          for (const form of forms) specs.push({ form, entry: { id: `${si}:${gi}`, short: false, form, lang }, ambiguous: false });
        }
      }),
    );
    m = compilePatterns(specs);
    termMatchers.set(dataset, m);
  }
  return m;
}

/** Where each term signal ("story:signal") occurs in a text. */
function termPositions(dataset: Dataset, text: string): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (const m of matchText(termMatcher(dataset), text, normalize(text))) {
    for (const e of m.entries) {
      const list = at.get(e.id) ?? [];
      list.push(m.start);
      at.set(e.id, list);
    }
  }
  return at;
}

/** Sentence number of each offset, from sentence-ending punctuation and line breaks. */
function sentenceIndexer(text: string): (pos: number) => number {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?。！？\n]+(?=\s|$|[^\d])/gu)) ends.push(m.index ?? 0);
  return (pos) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Signals that also belong to another story are weaker evidence for either. */
function sharedSignals(stories: StoryLike[]): Set<string> {
  const owners = new Map<string, Set<number>>();
  const note = (key: string, si: number) => {
    const set = owners.get(key) ?? new Set<number>();
    set.add(si);
    owners.set(key, set);
  };
  stories.forEach((s, si) =>
    s.signals.forEach((sig) => {
      if (sig.kind === 'entity') note(`e:${sig.id}`, si);
      else for (const forms of Object.values(sig.terms)) for (const f of forms ?? []) note(`t:${normalize(f)}`, si);
    }),
  );
  const shared = new Set<string>();
  stories.forEach((s, si) =>
    s.signals.forEach((sig, gi) => {
      const keys = sig.kind === 'entity' ? [`e:${sig.id}`] : Object.values(sig.terms).flat().map((f) => `t:${normalize(f ?? '')}`);
      if (keys.some((k) => (owners.get(k)?.size ?? 0) > 1)) shared.add(`${si}:${gi}`);
    }),
  );
  return shared;
}

// ---- dates ----

/**
 * Days since 1970-01-01 of a yyyy-mm-dd date, by arithmetic (Hinnant's days_from_civil): equal to
 * Date.UTC(...) / 86,400,000, without the milliseconds the page's first Date call costs.
 */
function dayNumber(iso: string): number {
  const [year, m, d] = iso.split('-').map(Number);
  const month = m ?? 1;
  const y = (year ?? 1970) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + (d ?? 1) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fmt(iso: string): string {
  return iso;
}

interface PublishedEvidence {
  weight: number;
  text: string;
  ruledOut: boolean;
  inWindow: boolean;
}

/**
 * Publication date against one story's window: before it began rules the story out; during it
 * or just after is strong evidence; weeks after is some; long after counts against it, since
 * news pages are mostly about recent events and mention old ones only as background.
 */
function dateEvidence(published: string | null, s: StoryLike, ours: boolean): PublishedEvidence | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const p = dayNumber(published);
  const start = dayNumber(s.start);
  const end = dayNumber(s.end);
  const what = ours ? 'the visit' : s.title;
  if (p < start - 30) return { weight: 0, text: `published ${published}, before ${what} began`, ruledOut: true, inWindow: false };
  if (p < start - 3) return { weight: 1.5, text: `published ${published}, in the weeks before ${what}`, ruledOut: false, inWindow: false };
  if (p <= end + 10) return { weight: 4, text: `published ${published}, during ${what} or just after`, ruledOut: false, inWindow: true };
  if (p <= end + 60) return { weight: 2, text: `published ${published}, in the weeks after ${what}`, ruledOut: false, inWindow: false };
  if (p <= end + 180) return { weight: -1, text: `published ${published}, months after ${what}`, ruledOut: false, inWindow: false };
  const months = Math.round((p - end) / 30.4);
  const gap = months < 24 ? `${months} months` : `${Math.floor(months / 12)} years`;
  return { weight: -4, text: `published ${published}, ${gap} after ${what}`, ruledOut: false, inWindow: false };
}


interface DateMentions {
  years: Set<number>;
  /** Offsets of each year's mentions. */
  yearPositions: Map<number, number[]>;
  /** year*100 + month for a month named next to a year ("September 2023", "2023년 9월", "2023年9月"). */
  yearMonths: Set<number>;
}

/** Years and year-month pairs named in a text, in any of our languages. */
export function mentionedDates(text: string): DateMentions {
  const years = new Set<number>();
  const yearPositions = new Map<number, number[]>();
  const yearMonths = new Set<number>();
  const yearAt: { y: number; at: number }[] = [];
  for (const m of text.matchAll(/(?<![\d.,/:-])(19[5-9]\d|20[0-4]\d)(?![\d:]|\s?(?:km|kg|m\b|%))/gu)) {
    const y = Number(m[1]);
    years.add(y);
    yearAt.push({ y, at: m.index ?? 0 });
    const list = yearPositions.get(y);
    if (list) list.push(m.index ?? 0);
    else yearPositions.set(y, [m.index ?? 0]);
  }
  // Only months next to a year matter, so only the text around each year is searched.
  const monthByPos = new Map<number, number>();
  for (const y of yearAt) {
    const from = Math.max(0, y.at - 20);
    const window = text.slice(from, y.at + 26);
    for (const m of window.matchAll(MONTH_RE)) {
      const mo = m.findIndex((g, k) => k > 0 && g !== undefined);
      if (mo > 0) monthByPos.set(from + (m.index ?? 0), mo);
    }
    for (const m of window.matchAll(MONTH_NUMBER_RE)) monthByPos.set(from + (m.index ?? 0), Number(m[1]));
  }
  const monthAt = [...monthByPos].map(([at, mo]) => ({ mo, at }));
  for (const mo of monthAt) {
    let near: { y: number; at: number } | null = null;
    for (const y of yearAt) if (Math.abs(y.at - mo.at) <= 16 && (!near || Math.abs(y.at - mo.at) < Math.abs(near.at - mo.at))) near = y;
    if (near) yearMonths.add(near.y * 100 + mo.mo);
  }
  return { years, yearPositions, yearMonths };
}

function monthsOf(s: StoryLike): number[] {
  const out: number[] = [];
  let y = Number(s.start.slice(0, 4));
  let m = Number(s.start.slice(5, 7));
  const endKey = Number(s.end.slice(0, 4)) * 100 + Number(s.end.slice(5, 7));
  while (y * 100 + m <= endKey && out.length < 24) {
    out.push(y * 100 + m);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * English month names, as toLocaleString('en', { month: 'long', year: 'numeric' }) writes them:
 * a table rather than Intl, whose formatter costs milliseconds to create on a page's first call.
 */
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function textDateEvidence(dates: DateMentions, titleDates: DateMentions, s: StoryLike, label: string): (SignalHit & { at: number[] }) | null {
  const months = monthsOf(s);
  const hitMonth = months.find((k) => dates.yearMonths.has(k) || titleDates.yearMonths.has(k));
  if (hitMonth !== undefined) {
    const inTitle = titleDates.yearMonths.has(hitMonth);
    const name = `${ENGLISH_MONTHS[(hitMonth % 100) - 1]} ${Math.floor(hitMonth / 100)}`;
    const at = dates.yearPositions.get(Math.floor(hitMonth / 100)) ?? [];
    return { kind: 'date', text: `mentions ${name}, when ${label} took place`, weight: inTitle ? 3 : 2, at };
  }
  const years = new Set(months.map((k) => Math.floor(k / 100)));
  const hitYear = [...years].find((y) => dates.years.has(y) || titleDates.years.has(y));
  if (hitYear !== undefined) {
    const at = dates.yearPositions.get(hitYear) ?? [];
    return { kind: 'date', text: `mentions the year ${hitYear}, when ${label} took place`, weight: titleDates.years.has(hitYear) ? 1.5 : 1, at };
  }
  return null;
}

// ---- scoring ----

interface Context {
  entityAt: Map<string, number[]>;
  titleIds: Set<string>;
  termAt: Map<string, number[]>;
  titleTerms: Set<string>;
  shared: Set<string>;
  published: string | null;
  dates: DateMentions;
  titleDates: DateMentions;
  sentenceOf: (pos: number) => number;
  sentenceCount: number;
}

function evaluate(s: StoryLike, si: number, ours: boolean, ctx: Context): Evidence {
  const ev: Evidence = { score: 0, ruledOut: false, hits: [], contentCount: 0, specificCount: 0, dateInWindow: false };
  let content = 0;
  const sentences = new Set<number>();
  let inAnyTitle = false;
  s.signals.forEach((sig, gi) => {
    const key = `${si}:${gi}`;
    const at = (sig.kind === 'entity' ? ctx.entityAt.get(sig.id) : ctx.termAt.get(key)) ?? [];
    const inTitle = sig.kind === 'entity' ? ctx.titleIds.has(sig.id) : ctx.titleTerms.has(key);
    if (at.length === 0 && !inTitle) return;
    const weight = sig.weight * (inTitle ? 1 + TITLE_BONUS : 1);
    content += weight;
    inAnyTitle ||= inTitle;
    for (const p of at) sentences.add(ctx.sentenceOf(p));
    ev.hits.push({ kind: inTitle ? 'title' : sig.kind, text: inTitle ? `${sig.text} (in the title)` : sig.text, weight: round(weight) });
    if (sig.weight > 0) {
      ev.contentCount++;
      if (!ctx.shared.has(key)) ev.specificCount++;
    }
  });
  const label = ours ? 'the visit' : s.title;
  const named = textDateEvidence(ctx.dates, ctx.titleDates, s, label);
  if (named) {
    content += named.weight;
    for (const p of named.at) sentences.add(ctx.sentenceOf(p));
    ev.hits.push({ kind: named.kind, text: named.text, weight: named.weight });
  }
  // Evidence packed into one sentence is a background aside ("his father made the trip in 2011").
  if (!inAnyTitle && sentences.size === 1 && content > 0 && ctx.sentenceCount >= 4) {
    const cut = content * PASSING_FACTOR;
    content -= cut;
    ev.hits.push({ kind: 'passing', text: `all of it in a single sentence, so only a passing mention of ${label}`, weight: -round(cut) });
  }
  ev.score = content;
  const pub = dateEvidence(ctx.published, s, ours);
  if (pub) {
    ev.ruledOut = pub.ruledOut;
    ev.dateInWindow = pub.inWindow;
    ev.score += pub.weight;
    ev.hits.push({ kind: 'date', text: pub.text, weight: pub.ruledOut ? -Infinity : pub.weight });
  }
  return ev;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function nameOf(dataset: Dataset, id: string): string {
  return entityIndex(dataset).get(id)?.name ?? id;
}

export function scoreStory(input: StoryInput): StoryResult {
  const { dataset } = input;
  const stories = storiesOf(dataset);
  const titleMentions = linkMatches(matchText(matcherFor(dataset), input.title), dataset, input.title);
  const entityAt = new Map<string, number[]>();
  for (const m of input.mentions) {
    if (!m.id) continue;
    const list = entityAt.get(m.id);
    if (list) list.push(m.start);
    else entityAt.set(m.id, [m.start]);
  }
  const ctx: Context = {
    entityAt,
    titleIds: new Set(titleMentions.map((m) => m.id).filter((id): id is string => id !== null)),
    termAt: termPositions(dataset, input.text),
    titleTerms: new Set(termPositions(dataset, input.title).keys()),
    sentenceOf: sentenceIndexer(input.text),
    sentenceCount: sentenceIndexer(input.text)(input.text.length) + 1,
    shared: sharedSignals(stories),
    published: input.published,
    dates: mentionedDates(input.text),
    titleDates: mentionedDates(input.title),
  };
  const evidence = stories.map((s, si) => evaluate(s, si, si === 0, ctx));
  const ours = evidence[0] as Evidence;
  // A date inside a look-alike's window explains the page better than "weeks after" ours.
  if (!ours.dateInWindow && evidence.some((e, i) => i > 0 && e.dateInWindow)) {
    const h = ours.hits.find((x) => x.kind === 'date' && x.text.startsWith('published') && x.weight > 0);
    if (h) {
      ours.score -= h.weight;
      h.text += `, but inside the dates of a look-alike story`;
      h.weight = 0;
    }
  }
  let bestIdx = -1;
  for (let i = 1; i < evidence.length; i++) {
    const e = evidence[i] as Evidence;
    if (e.ruledOut) continue;
    if (bestIdx < 0 || e.score > (evidence[bestIdx] as Evidence).score) bestIdx = i;
  }
  const best = bestIdx > 0 ? (evidence[bestIdx] as Evidence) : null;
  const bestStory = bestIdx > 0 ? (stories[bestIdx] as StoryLike) : null;
  const ourScore = ours.ruledOut ? 0 : ours.score;
  const rivalScore = best?.score ?? 0;

  const enoughOwn = ours.contentCount >= 2 && (ours.specificCount >= 1 || ours.dateInWindow);
  const protagonists = dataset.story.requires ?? [];
  const namesProtagonist = protagonists.length === 0 || protagonists.some((id) => entityAt.has(id) || ctx.titleIds.has(id));
  const matched = namesProtagonist && !ours.ruledOut && enoughOwn && ourScore >= MATCH_THRESHOLD && ourScore - rivalScore >= MATCH_MARGIN;
  const related =
    best && bestStory && best.score >= RELATED_MIN && (best.score > ourScore || (!matched && best.score >= ourScore && best.specificCount > 0))
      ? { id: bestStory.id, title: bestStory.title, score: round(best.score) }
      : null;

  const signals: SignalHit[] = ours.hits.map((h) => ({ ...h, weight: Number.isFinite(h.weight) ? h.weight : -99 }));
  if (!namesProtagonist) {
    const names = protagonists.map((id) => nameOf(dataset, id)).join(', ');
    signals.push({ kind: 'subject', text: `names none of the story's protagonists (${names})`, weight: -round(ourScore) });
  }
  if (best && bestStory && best.score > 0) {
    for (const h of best.hits) {
      if (h.kind === 'date' && !Number.isFinite(h.weight)) continue;
      // Date and passing-mention reasons already name the look-alike.
      const text = h.text.includes(bestStory.title) ? h.text : `${h.text}, which points to ${bestStory.title}`;
      signals.push({ kind: 'related', text, weight: -round(h.weight) });
    }
  }
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { id: dataset.story.id, title: dataset.story.title, matched, score: round(ourScore), signals, related };
}
