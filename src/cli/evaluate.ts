/**
 * Scores analyses against gold answers: story detection, entity linking (per entity per page)
 * and quotes (span F1, speaker accuracy). Pure: the CLI's `eval` command and the tests share it.
 */
import type { Analysis, PartyRef } from '../core/types';
import type { Gold, GoldParty } from './fixtures';

export interface PageScore {
  name: string;
  story: { gold: boolean; predicted: boolean; related: string | null; goldLabel: string | null };
  entities: { missed: string[]; extra: string[]; tp: number };
  quotes: { missed: string[]; extra: string[]; tp: number; speakerRight: number; speakerTotal: number; wrongSpeakers: string[] };
}

export interface Totals {
  pages: number;
  story: { precision: number; recall: number; tp: number; fp: number; fn: number };
  entities: { precision: number; recall: number; tp: number; fp: number; fn: number };
  quotes: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  speakers: { accuracy: number; right: number; total: number };
}

/**
 * Quote texts compare after trimming punctuation and folding whitespace. A quote that runs over
 * several paragraphs reopens with a mark at each one; gold joins the paragraphs with a space.
 */
export function quoteKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s*\n\s*["“”«»„「『‘’']?\s*/gu, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .toLowerCase();
}

const nameKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A predicted party matches gold by id, or (gold without id) when the names agree. */
export function partyMatches(gold: GoldParty, got: PartyRef | null, nameOf: (id: string) => string | undefined): boolean {
  if (!got) return false;
  if (typeof gold === 'string') return got.id === gold;
  const g = nameKey(gold.name);
  const n = nameKey(got.name);
  const canonical = got.id ? nameKey(nameOf(got.id) ?? '') : '';
  return n === g || (n.length > 2 && (g.includes(n) || n.includes(g))) || canonical === g;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scorePage(name: string, storyId: string, analysis: Analysis, gold: Gold, nameOf: (id: string) => string | undefined): PageScore {
  const predictedIds = new Set(analysis.entities.flatMap((e) => (e.id ? [e.id] : [])));
  const goldIds = new Set(gold.entities);
  const entities = {
    tp: [...predictedIds].filter((id) => goldIds.has(id)).length,
    missed: [...goldIds].filter((id) => !predictedIds.has(id)),
    extra: [...predictedIds].filter((id) => !goldIds.has(id)),
  };

  // Quotes: one-to-one matching on the folded text.
  const unmatched = analysis.quotes.map((q) => ({ q, key: quoteKey(q.text) }));
  const quotes = { tp: 0, missed: [] as string[], extra: [] as string[], speakerRight: 0, speakerTotal: 0, wrongSpeakers: [] as string[] };
  for (const g of gold.quotes) {
    const key = quoteKey(g.text);
    const i = unmatched.findIndex((u) => u.key === key);
    const got = i >= 0 ? unmatched.splice(i, 1)[0]!.q : null;
    if (got) quotes.tp++;
    else quotes.missed.push(g.text);
    quotes.speakerTotal++;
    const right = g.speaker === null ? got !== null && got.speaker === null : partyMatches(g.speaker, got?.speaker ?? null, nameOf);
    if (right) quotes.speakerRight++;
    else if (got) quotes.wrongSpeakers.push(`"${g.text.slice(0, 40)}…": gold ${JSON.stringify(g.speaker)}, got ${JSON.stringify(got.speaker)}`);
  }
  quotes.extra = unmatched.map((u) => u.q.text);

  return {
    name,
    story: { gold: gold.label === storyId, predicted: analysis.story.matched, related: analysis.story.related?.id ?? null, goldLabel: gold.label },
    entities,
    quotes,
  };
}

export function totals(pages: PageScore[]): Totals {
  const s = { tp: 0, fp: 0, fn: 0 };
  const e = { tp: 0, fp: 0, fn: 0 };
  const q = { tp: 0, fp: 0, fn: 0 };
  const sp = { right: 0, total: 0 };
  for (const p of pages) {
    if (p.story.predicted && p.story.gold) s.tp++;
    else if (p.story.predicted) s.fp++;
    else if (p.story.gold) s.fn++;
    e.tp += p.entities.tp;
    e.fp += p.entities.extra.length;
    e.fn += p.entities.missed.length;
    q.tp += p.quotes.tp;
    q.fp += p.quotes.extra.length;
    q.fn += p.quotes.missed.length;
    sp.right += p.quotes.speakerRight;
    sp.total += p.quotes.speakerTotal;
  }
  const qp = ratio(q.tp, q.tp + q.fp);
  const qr = ratio(q.tp, q.tp + q.fn);
  return {
    pages: pages.length,
    story: { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) },
    entities: { ...e, precision: ratio(e.tp, e.tp + e.fp), recall: ratio(e.tp, e.tp + e.fn) },
    quotes: { ...q, precision: qp, recall: qr, f1: qp + qr === 0 ? 0 : (2 * qp * qr) / (qp + qr) },
    speakers: { ...sp, accuracy: ratio(sp.right, sp.total) },
  };
}
