/**
 * The lens's marks: every highlighted span (entity mentions by kind, names not in the dataset as
 * "other", quotes), with what its card shows. Built from an analysis and the index it speaks of.
 */
import type { Analysis, EntityHit, Quote } from '../core/types';
import type { Entity } from '../data/schema';
import type { HighlightKind, Settings } from '../shared/settings';
import { entityCard, quoteCard, unknownCard, type CardData } from './hover-card/card-data';
import type { IndexLike } from './highlighter/types';

export interface Mark {
  id: number;
  kind: HighlightKind;
  start: number;
  end: number;
  index: IndexLike;
  card: () => CardData;
  /** What the mark stands for: the popup asks to reveal an entity (by id or name) or a quote. */
  source: EntityHit | Quote;
}

/** Marks for one analysis, numbered from `firstId`, sorted in text order (quotes before the names inside them). */
export function marksFor(analysis: Pick<Analysis, 'entities' | 'quotes'>, index: IndexLike, byId: ReadonlyMap<string, Entity>, settings: Settings, firstId: number): Mark[] {
  const out: Omit<Mark, 'id'>[] = [];
  for (const hit of analysis.entities) {
    const entity = hit.id !== null ? byId.get(hit.id) : undefined;
    const kind: HighlightKind = entity ? entity.type : 'other';
    if (!settings.kinds[kind]) continue;
    const card = entity ? () => entityCard(entity) : () => unknownCard(hit.name, hit.type);
    for (const m of hit.mentions) if (m.end > m.start) out.push({ kind, start: m.start, end: m.end, index, card, source: hit });
  }
  if (settings.kinds.quote) {
    for (const q of analysis.quotes) if (q.end > q.start) out.push({ kind: 'quote', start: q.start, end: q.end, index, card: () => quoteCard(q, byId), source: q });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return withoutNestedNames(out).map((m, i) => ({ ...m, id: firstId + i }));
}

/**
 * A name inside a longer name ("United Nations" in "United Nations sanctions") is reported by the
 * analysis, but the reader sees and hovers the longer one: only quotes may contain other marks.
 */
function withoutNestedNames<T extends { kind: HighlightKind; start: number; end: number }>(sorted: T[]): T[] {
  let reach = -1;
  return sorted.filter((m) => {
    if (m.kind === 'quote') return true;
    if (m.end <= reach) return false;
    reach = m.end;
    return true;
  });
}
