/**
 * Decides whether a page is about our story or one of its look-alikes, from evidence a reader
 * could check: which signals fire (entities, phrases in any language), when the page was
 * published against each story's dates, which years and months it names, and what its title says.
 * Every story (ours and each related one) is scored the same way; ours matches only when its
 * evidence passes a threshold, rests on more than one signal, and clearly beats the best look-alike.
 */
import type { Dataset, Lang, Phase, StoryModel, StorySignal } from '../data/schema';
import type { LinkedMention, SignalHit, StoryResult } from './types';
import { compilePatterns, matchText, matcherFor, type CompiledMatcher, type PatternSpec } from './matcher';
import { entityIndex, linkMatches } from './linker';
import { normalize } from './normalize';
import { ENGLISH_MONTHS, MONTH_NUMBER_RE, MONTH_RE, monthMatches } from './months';
import { blankRecalledYears, YEAR } from './recalled-dates';

export interface StoryInput {
  text: string;
  title: string;
  /** YYYY-MM-DD (or YYYY-MM / YYYY) when the page states it. */
  published: string | null;
  mentions: LinkedMention[];
  dataset: Dataset;
}

/** A look-alike is named only when it has at least this much (hand-weighted) evidence. */
export const RELATED_MIN = 3;
/** Look-alikes' signals found in the title count this much more. */
const TITLE_BONUS = 1;
/** Share of a look-alike's evidence discounted when all of it sits in one sentence. */
const PASSING_FACTOR = 0.5;
/** The lead: a page's first sentences (after the headline), where it says what it is about. */
const LEAD_SENTENCES = 3;
/** A look-alike's hand-weighted score is divided by this before its learned weight applies. */
const RIVAL_SCALE = 10;

interface StoryLike {
  id: string;
  title: string;
  start: string;
  end: string;
  signals: StorySignal[];
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

const sharedSignalSets = new WeakMap<Dataset, Set<string>>();

/** sharedSignals of a dataset's stories, worked out once per dataset (it folds every term of every story). */
function sharedSignalsOf(dataset: Dataset): Set<string> {
  let shared = sharedSignalSets.get(dataset);
  if (!shared) {
    shared = sharedSignals(storiesOf(dataset));
    sharedSignalSets.set(dataset, shared);
  }
  return shared;
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

/** Where the publication date falls against a story's dates; named features of the learned model. */
export type PublishedWhen = 'before' | 'weeks-before' | 'window' | 'weeks-after' | 'months-after' | 'years-after';

interface PublishedEvidence {
  when: PublishedWhen;
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
  if (!published) return null;
  // A month alone (the URL's /2023/09/) is the span of its days: the window when it overlaps the
  // window, ruled out only when all of it lies before; else judged by its middle day.
  const monthOnly = /^\d{4}-\d{2}$/.test(published);
  if (!monthOnly && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const first = dayNumber(monthOnly ? `${published}-01` : published);
  const last = monthOnly ? dayNumber(`${published}-28`) + 3 : first; // at or past the month's last day
  const p = monthOnly ? first + 14 : first;
  const start = dayNumber(s.start);
  const end = dayNumber(s.end);
  const what = ours ? 'the visit' : s.title;
  if (last < start - 30) return { when: 'before', weight: 0, text: `published ${published}, before ${what} began`, ruledOut: true, inWindow: false };
  if (first <= end + 10 && last >= start - 3) {
    const text = monthOnly ? `published in ${published}, the month of ${what}` : `published ${published}, during ${what} or just after`;
    return { when: 'window', weight: 4, text, ruledOut: false, inWindow: true };
  }
  if (p < start - 3) return { when: 'weeks-before', weight: 1.5, text: `published ${published}, in the weeks before ${what}`, ruledOut: false, inWindow: false };
  if (p <= end + 60) return { when: 'weeks-after', weight: 2, text: `published ${published}, in the weeks after ${what}`, ruledOut: false, inWindow: false };
  if (p <= end + 180) return { when: 'months-after', weight: -1, text: `published ${published}, months after ${what}`, ruledOut: false, inWindow: false };
  const months = Math.round((p - end) / 30.4);
  const gap = months < 24 ? `${months} months` : `${Math.floor(months / 12)} years`;
  return { when: 'years-after', weight: -4, text: `published ${published}, ${gap} after ${what}`, ruledOut: false, inWindow: false };
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
  // A year that opens a span ("2024-2025", "2024–25", "2024~2026년": a term, a season, a plan) names
  // no event of that year, nor does its end year (after the dash). "2024-09" stays a month.
  for (const m of text.matchAll(/(?<![\d.,/:~–-])(19[5-9]\d|20[0-4]\d)(?![\d:]|\s?(?:km|kg|m\b|%)|[-–~](?!(?:0[1-9]|1[0-2])(?!\d))\d)/gu)) {
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


/** A date named in the text, as evidence for a story; `key` is the yyyymm or the yyyy it names. */
type TextDate = SignalHit & { at: number[]; key: number };

function textDateEvidence(dates: DateMentions, titleDates: DateMentions, s: StoryLike, label: string): TextDate | null {
  const months = monthsOf(s);
  const hitMonth = months.find((k) => dates.yearMonths.has(k) || titleDates.yearMonths.has(k));
  if (hitMonth !== undefined) {
    const inTitle = titleDates.yearMonths.has(hitMonth);
    const name = `${ENGLISH_MONTHS[(hitMonth % 100) - 1]} ${Math.floor(hitMonth / 100)}`;
    const at = dates.yearPositions.get(Math.floor(hitMonth / 100)) ?? [];
    return { kind: 'date', text: `mentions ${name}, when ${label} took place`, weight: inTitle ? 3 : 2, at, key: hitMonth };
  }
  const years = new Set(months.map((k) => Math.floor(k / 100)));
  const hitYear = [...years].find((y) => dates.years.has(y) || titleDates.years.has(y));
  if (hitYear !== undefined) {
    const at = dates.yearPositions.get(hitYear) ?? [];
    return { kind: 'date', text: `mentions the year ${hitYear}, when ${label} took place`, weight: titleDates.years.has(hitYear) ? 1.5 : 1, at, key: hitYear };
  }
  return null;
}

const YEAR_NEAR_MONTH = new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`, 'g');

/**
 * Months named anywhere in a text, in any of our languages (1–12), except a month dated to another
 * year than `year` ("April 2019", "2019年4月"): that dates an earlier or later event the page
 * recalls, not the page's own time.
 */
function namedMonths(text: string, year: number): Set<number> {
  const out = new Set<number>();
  const add = (mo: number, at: number, end: number) => {
    const years = text.slice(Math.max(0, at - 10), end + 10).match(YEAR_NEAR_MONTH);
    if (!years || years.some((y) => Number(y) === year)) out.add(mo);
  };
  for (const m of monthMatches(text)) {
    const mo = m.findIndex((g, k) => k > 0 && g !== undefined);
    const at = m.index ?? 0;
    // Only a month with a day or year beside it: "may" and "march" are also verbs, "Mars" a planet.
    const around = text.slice(Math.max(0, at - 6), at) + text.slice(at + m[0].length, at + m[0].length + 6);
    if (mo > 0 && /\d/.test(around)) add(mo, at, at + m[0].length);
  }
  for (const m of text.matchAll(MONTH_NUMBER_RE)) add(Number(m[1]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  return out;
}

// ---- evidence for each story ----

interface Context {
  entityAt: Map<string, number[]>;
  titleIds: Set<string>;
  termAt: Map<string, number[]>;
  titleTerms: Set<string>;
  shared: Set<string>;
  published: string | null;
  dates: DateMentions;
  titleDates: DateMentions;
  /** Title and text with the years recalled as the past blanked (blankRecalledYears): where dates are read. */
  datedPage: string;
  /** The year our story began. */
  storyYear: number;
  sentenceOf: (pos: number) => number;
  sentenceCount: number;
}

/** One signal of a story that fired on the page. */
interface Fired {
  sig: StorySignal;
  inTitle: boolean;
  /** In the first sentences, where a news page says what it is about. */
  inLead: boolean;
  specific: boolean;
}

interface Gathered {
  fired: Fired[];
  textDate: TextDate | null;
  /** Everything that fired sits in one sentence of a page of several: a passing mention. */
  passing: boolean;
  pub: PublishedEvidence | null;
}

/** What of a story's evidence the page shows: fired signals, dates in the text, the publication date. */
function gather(s: StoryLike, si: number, ours: boolean, ctx: Context): Gathered {
  const fired: Fired[] = [];
  const sentences = new Set<number>();
  s.signals.forEach((sig, gi) => {
    const key = `${si}:${gi}`;
    const at = (sig.kind === 'entity' ? ctx.entityAt.get(sig.id) : ctx.termAt.get(key)) ?? [];
    const inTitle = sig.kind === 'entity' ? ctx.titleIds.has(sig.id) : ctx.titleTerms.has(key);
    if (at.length === 0 && !inTitle) return;
    for (const p of at) sentences.add(ctx.sentenceOf(p));
    const inLead = at.some((p) => ctx.sentenceOf(p) < LEAD_SENTENCES);
    fired.push({ sig, inTitle, inLead, specific: !ctx.shared.has(key) });
  });
  const textDate = textDateEvidence(ctx.dates, ctx.titleDates, s, ours ? 'the trip' : s.title);
  for (const p of textDate?.at ?? []) sentences.add(ctx.sentenceOf(p));
  const anything = fired.length > 0 || textDate !== null;
  const passing = anything && !fired.some((f) => f.inTitle) && sentences.size === 1 && ctx.sentenceCount >= 4;
  return { fired, textDate, passing, pub: dateEvidence(ctx.published, s, ours) };
}

interface Evidence {
  score: number;
  /** The part of the score from what only the look-alike has: its own signals, its dates. */
  specificScore: number;
  ruledOut: boolean;
  hits: SignalHit[];
  specificCount: number;
  dateInWindow: boolean;
}

/** A look-alike's evidence, by its hand-set weights (they only name the look-alike and weigh against ours). */
function rivalEvidence(s: StoryLike, g: Gathered, ours: Gathered): Evidence {
  const hits: SignalHit[] = [];
  let content = 0;
  let specific = 0;
  for (const f of g.fired) {
    const weight = f.sig.weight * (f.inTitle ? 1 + TITLE_BONUS : 1);
    content += weight;
    if (f.specific) specific += weight;
    hits.push({ kind: f.inTitle ? 'title' : f.sig.kind, text: f.inTitle ? `${f.sig.text} (in the title)` : f.sig.text, weight: round(weight) });
  }
  if (g.textDate) {
    content += g.textDate.weight;
    // The year 2023 dates Shoigu's July visit and our trip alike: only a date ours lacks is its own.
    if (g.textDate.key !== ours.textDate?.key) specific += g.textDate.weight;
    hits.push({ kind: 'date', text: g.textDate.text, weight: g.textDate.weight });
  }
  if (g.passing && content > 0) {
    const cut = content * PASSING_FACTOR;
    content -= cut;
    specific -= specific * PASSING_FACTOR;
    hits.push({ kind: 'passing', text: `all of it in a single sentence, so only a passing mention of ${s.title}`, weight: -round(cut) });
  }
  let score = content;
  if (g.pub) {
    score += g.pub.weight;
    specific += g.pub.weight;
    hits.push({ kind: 'date', text: g.pub.text, weight: g.pub.ruledOut ? -Infinity : g.pub.weight });
  }
  return {
    score,
    specificScore: specific,
    ruledOut: g.pub?.ruledOut ?? false,
    hits,
    specificCount: g.fired.filter((f) => f.sig.weight > 0 && f.specific).length,
    dateInWindow: g.pub?.inWindow ?? false,
  };
}

// ---- our story: a linear (logistic) model over named features ----

/** The model name of one of our signals: its entity id, or the term signal's key. */
export function signalFeature(sig: StorySignal): string {
  return sig.kind === 'entity' ? `signal:${sig.id}` : `signal:${sig.key ?? sig.text}`;
}

/**
 * The weights used when the dataset carries no fitted model (hand-set, as before the fit): the
 * signals' own weights, a threshold of 8 and a look-alike margin of about 2.
 */
const DEFAULT_MODEL: StoryModel = {
  bias: -8,
  weights: {
    title: 1, breadth: 0, passing: -2, 'text-month': 2, 'text-year': 1,
    'published:weeks-before': 1.5, 'published:window': 4, 'published:weeks-after': 2, 'published:months-after': -1, 'published:years-after': -4, 'published:none': 0,
    rival: -10, 'rival-window': -2,
  },
  fitted: 'hand-set defaults',
};

/** One named feature's value on a page, and the plain-words reason shown when it counts. */
export interface Feature {
  name: string;
  value: number;
  kind: string;
  text: string;
}

/** The look-alike with the most evidence on the page. */
interface Rival {
  story: StoryLike;
  evidence: Evidence;
}

export interface StoryFeatures {
  features: Feature[];
  /** Vetoes that no weight overrides: published before the story, or none of its protagonists named. */
  ruledOut: boolean;
  namesProtagonist: boolean;
  rival: Rival | null;
}

/**
 * Which years and months the page names besides the story's own: a page naming only earlier years
 * is most likely about an earlier story; one naming later years may recall ours as background.
 */
function yearFeatures(dates: { years: Set<number>; months: Set<number> }, story: StoryLike): Feature[] {
  const out: Feature[] = [];
  const year = Number(story.start.slice(0, 4));
  const month = Number(story.start.slice(5, 7));
  const years = [...dates.years];
  if (years.length && !dates.years.has(year)) {
    const earlier = years.filter((y) => y < year);
    if (earlier.length === years.length) out.push({ name: 'years-earlier-only', value: 1, kind: 'date', text: `names only years before ${year} (${earlier.sort().join(', ')})` });
  }
  const later = years.filter((y) => y > year);
  if (later.length) out.push({ name: 'years-later', value: 1, kind: 'date', text: `names later years (${later.sort().join(', ')}), so may recall the trip as background` });
  if (dates.months.has(month)) out.push({ name: 'month-named', value: 1, kind: 'date', text: `names the month of the trip (${ENGLISH_MONTHS[month - 1]})` });
  else if (dates.months.size) out.push({ name: 'month-other-only', value: 1, kind: 'date', text: `names other months (${[...dates.months].sort((a, b) => a - b).map((m) => ENGLISH_MONTHS[m - 1]).join(', ')}), not ${ENGLISH_MONTHS[month - 1]}` });
  return out;
}

/** What the look-alikes show on the page, as our model sees it. */
interface LookAlikes {
  /** The look-alike with the most evidence. */
  rival: Rival | null;
  /** Published inside a look-alike's dates and not ours. */
  window: boolean;
  /** Some look-alike has evidence of its own, beyond names it shares with our story. */
  specific: boolean;
}

function ourFeatures(story: StoryLike, g: Gathered, looks: LookAlikes, meeting: boolean, dates: { years: Set<number>; months: Set<number> }): Feature[] {
  const { rival } = looks;
  const out: Feature[] = [];
  const titled = g.fired.filter((f) => f.inTitle);
  for (const f of g.fired) {
    out.push({ name: signalFeature(f.sig), value: 1, kind: f.inTitle ? 'title' : f.sig.kind, text: f.inTitle ? `${f.sig.text} (in the title)` : f.sig.text });
  }
  if (titled.length) out.push({ name: 'title', value: Math.min(3, titled.length), kind: 'title', text: `the headline names ${titled.length === 1 ? 'one' : titled.length} of the story's signals` });
  if (g.fired.length) out.push({ name: 'breadth', value: Math.log2(1 + g.fired.length), kind: 'breadth', text: `${g.fired.length} different signals of the story` });
  // The headline and the first sentences say what the page is about: a stop or a moment of the trip
  // there (a signal tied to a phase) is stronger than the same name further down.
  const lead = g.fired.filter((f) => f.sig.phase && (f.inTitle || f.inLead));
  if (lead.length) out.push({ name: 'lead', value: Math.min(3, lead.length), kind: 'title', text: `the headline or the first sentences name ${lead.length === 1 ? 'a stop or moment' : `${lead.length} stops or moments`} of the trip` });
  if (g.passing) out.push({ name: 'passing', value: 1, kind: 'passing', text: `all of it in a single sentence, so only a passing mention of ${story.title}` });
  if (g.textDate) {
    const month = g.textDate.text.startsWith('mentions the year') ? 'text-year' : 'text-month';
    out.push({ name: month, value: g.textDate.weight >= 3 || g.textDate.weight === 1.5 ? 1.5 : 1, kind: 'date', text: g.textDate.text });
  }
  if (g.pub && !g.pub.ruledOut) out.push({ name: `published:${g.pub.when}`, value: 1, kind: 'date', text: g.pub.text });
  if (!g.pub) out.push({ name: 'published:none', value: 1, kind: 'date', text: 'the page gives no publication date' });
  if (rival && rival.evidence.score > 0) {
    // Named per look-alike: evidence for the 2019 summit weighs differently from evidence for 2024.
    out.push({ name: `rival:${rival.story.id}`, value: Math.min(2, rival.evidence.score / RIVAL_SCALE), kind: 'related', text: `evidence for ${rival.story.title}` });
  }
  // The headline is about the look-alike and says nothing of ours: our names further down are background.
  if (rival && !titled.length && rival.evidence.hits.some((h) => h.kind === 'title' && h.weight > 0)) {
    out.push({ name: 'rival-headline', value: 1, kind: 'related', text: `the headline names ${rival.story.title}, not this story` });
  }
  // No look-alike has evidence of its own. Names both stories share (Pyongyang, Russky Island) do not
  // count here: a departure page names Pyongyang, and that alone says nothing of Lavrov's visit.
  if (!looks.specific) out.push({ name: 'no-rival', value: 1, kind: 'related', text: 'nothing on the page points only to a look-alike story' });
  if (meeting) out.push({ name: 'meeting', value: 1, kind: 'entity', text: 'names both parties to the meeting' });
  out.push(...yearFeatures(dates, story));
  if (looks.window) out.push({ name: 'rival-window', value: 1, kind: 'related', text: 'published inside the dates of a look-alike story, not ours' });
  return out;
}

function contextFor(input: StoryInput): Context {
  const { dataset } = input;
  const titleMentions = linkMatches(matchText(matcherFor(dataset), input.title), dataset, input.title);
  const entityAt = new Map<string, number[]>();
  for (const m of input.mentions) {
    if (!m.id) continue;
    const list = entityAt.get(m.id);
    if (list) list.push(m.start);
    else entityAt.set(m.id, [m.start]);
  }
  const sentenceOf = sentenceIndexer(input.text);
  // A year recalled as the past ("the first since 2019") dates what the page measures from, not
  // the page: years before our story's are blanked before any date is read.
  const storyYear = Number(dataset.story.start.slice(0, 4));
  const datedTitle = blankRecalledYears(input.title, storyYear);
  const datedText = blankRecalledYears(input.text, storyYear);
  return {
    entityAt,
    titleIds: new Set(titleMentions.map((m) => m.id).filter((id): id is string => id !== null)),
    // Terms are read with the recalled years blanked too: "since 2019" is no evidence for 2019's story.
    termAt: termPositions(dataset, datedText),
    titleTerms: new Set(termPositions(dataset, datedTitle).keys()),
    sentenceOf,
    sentenceCount: sentenceOf(input.text.length) + 1,
    shared: sharedSignalsOf(dataset),
    published: input.published,
    dates: mentionedDates(datedText),
    titleDates: mentionedDates(datedTitle),
    datedPage: `${datedTitle}\n${datedText}`,
    storyYear,
  };
}

/** The named features of a page for our story, as the fitted model and the fitting script read them. */
export function storyFeatures(input: StoryInput): StoryFeatures {
  const { dataset } = input;
  const stories = storiesOf(dataset);
  const ctx = contextFor(input);
  const gathered = stories.map((s, si) => gather(s, si, si === 0, ctx));
  const ours = gathered[0] as Gathered;
  let rival: Rival | null = null;
  let rivalWindow = false;
  let specific = false;
  for (let i = 1; i < stories.length; i++) {
    const evidence = rivalEvidence(stories[i] as StoryLike, gathered[i] as Gathered, ours);
    if (evidence.ruledOut) continue;
    rivalWindow ||= evidence.dateInWindow;
    specific ||= evidence.specificScore > 0;
    if (!rival || evidence.score > rival.evidence.score) rival = { story: stories[i] as StoryLike, evidence };
  }
  rivalWindow &&= !(ours.pub?.inWindow ?? false);
  const protagonists = dataset.story.requires ?? [];
  const named = (id: string): boolean => ctx.entityAt.has(id) || ctx.titleIds.has(id);
  const meeting = dataset.story.meeting?.every(named) ?? false;
  return {
    features: ourFeatures(stories[0] as StoryLike, ours, { rival, window: rivalWindow, specific }, meeting, {
      years: new Set([...ctx.dates.years, ...ctx.titleDates.years]),
      months: namedMonths(ctx.datedPage, ctx.storyYear),
    }),
    ruledOut: ours.pub?.ruledOut ?? false,
    namesProtagonist: protagonists.length === 0 || protagonists.some(named),
    rival,
  };
}

/** A feature's learned weight: a signal's is on the signal itself, the others are in the model. */
function weightOf(f: Feature, model: StoryModel, signalWeights: Map<string, number>): number {
  const rivalDefault = f.name.startsWith('rival:') ? model.weights['rival'] : undefined;
  return signalWeights.get(f.name) ?? model.weights[f.name] ?? rivalDefault ?? 0;
}

const signalWeightCache = new WeakMap<object, Map<string, number>>();
function signalWeights(dataset: Dataset): Map<string, number> {
  let m = signalWeightCache.get(dataset.story);
  if (!m) {
    m = new Map(dataset.story.signals.map((sig) => [signalFeature(sig), sig.weight]));
    signalWeightCache.set(dataset.story, m);
  }
  return m;
}

/** The phase of the arc the page's evidence points to most, by the weights of the signals of each phase. */
function phaseOf(dataset: Dataset, features: Feature[], published: string | null): Phase | null {
  const phases = dataset.story.phases ?? [];
  if (!phases.length) return null;
  const weights = signalWeights(dataset);
  const byPhase = new Map<string, number>();
  const fired = new Set(features.map((f) => f.name));
  for (const sig of dataset.story.signals) {
    if (!sig.phase || !fired.has(signalFeature(sig))) continue;
    byPhase.set(sig.phase, (byPhase.get(sig.phase) ?? 0) + Math.max(0.1, weights.get(signalFeature(sig)) ?? 0));
  }
  let best: Phase | null = null;
  let bestWeight = 0;
  for (const p of phases) {
    const w = byPhase.get(p.id) ?? 0;
    if (w > bestWeight) {
      best = p;
      bestWeight = w;
    }
  }
  if (best) return best;
  // No phase's signal fired: the phase whose dates hold the publication date, the narrowest first.
  if (!published) return null;
  const inside = phases.filter((p) => p.start <= published && published <= p.end);
  inside.sort((a, b) => dayNumber(a.end) - dayNumber(a.start) - (dayNumber(b.end) - dayNumber(b.start)));
  return inside[0] ?? null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function nameOf(dataset: Dataset, id: string): string {
  return entityIndex(dataset).get(id)?.name ?? id;
}

export function scoreStory(input: StoryInput): StoryResult {
  const { dataset } = input;
  const model = dataset.story.model ?? DEFAULT_MODEL;
  const sw = signalWeights(dataset);
  const f = storyFeatures(input);
  const signals: SignalHit[] = [];
  let score = model.bias;
  for (const feat of f.features) {
    const w = weightOf(feat, model, sw) * feat.value;
    score += w;
    if (w === 0) continue;
    if (feat.name.startsWith('rival:') && f.rival) {
      // Spread the look-alike's weight over its own reasons, so the reader sees what points to it.
      const total = f.rival.evidence.hits.reduce((a, h) => a + (Number.isFinite(h.weight) && h.weight > 0 ? h.weight : 0), 0);
      for (const h of f.rival.evidence.hits) {
        if (!Number.isFinite(h.weight) || h.weight <= 0 || total <= 0) continue;
        const text = h.text.includes(f.rival.story.title) ? h.text : `${h.text}, which points to ${f.rival.story.title}`;
        signals.push({ kind: 'related', text, weight: round((w * h.weight) / total) });
      }
      continue;
    }
    signals.push({ kind: feat.kind, text: feat.text, weight: round(w) });
  }
  const protagonists = dataset.story.requires ?? [];
  if (!f.namesProtagonist) {
    const names = protagonists.map((id) => nameOf(dataset, id)).join(', ');
    signals.push({ kind: 'subject', text: `names none of the story's protagonists (${names})`, weight: -round(Math.max(0, score)) });
  }
  if (f.ruledOut) signals.push({ kind: 'date', text: `published ${input.published}, before the visit began`, weight: -99 });
  const matched = f.namesProtagonist && !f.ruledOut && score >= 0;
  const best = f.rival;
  const related =
    !matched && best && best.evidence.score >= RELATED_MIN && (best.evidence.specificCount > 0 || best.evidence.dateInWindow)
      ? { id: best.story.id, title: best.story.title, score: round(best.evidence.score) }
      : null;
  signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const phase = matched ? phaseOf(dataset, f.features, input.published) : null;
  return {
    id: dataset.story.id,
    title: dataset.story.title,
    matched,
    score: round(score),
    signals,
    related,
    phase: phase ? { id: phase.id, label: phase.label } : null,
  };
}
