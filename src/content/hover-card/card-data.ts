/**
 * What a card shows, built from the dataset and the analysis: plain data, so the DOM builder and
 * the tests need nothing else.
 */
import type { Entity, EntityType } from '../../data/schema';
import type { PartyRef, Quote } from '../../core/types';

export interface LaterChange {
  date: string;
  text: string;
}

export type CardData =
  | {
      kind: 'entity';
      name: string;
      type: EntityType;
      description: string;
      note: string;
      role: string;
      later: LaterChange[];
      wikipedia: string;
    }
  | { kind: 'unknown'; name: string; type: EntityType }
  | {
      kind: 'quote';
      text: string;
      speaker: { name: string; note: string | null } | null;
      via: string[];
    };

export function entityCard(e: Entity): CardData {
  return {
    kind: 'entity',
    name: e.name,
    type: e.type,
    description: e.description,
    note: e.note,
    role: e.role,
    later: (e.later ?? []).map((f) => ({ date: f.date, text: f.text })),
    wikipedia: e.wikipedia,
  };
}

export function unknownCard(name: string, type: EntityType): CardData {
  return { kind: 'unknown', name, type };
}

/** The dataset's name for a party when it has one, else the name as written on the page. */
function partyName(p: PartyRef, byId: ReadonlyMap<string, Entity>): string {
  return (p.id !== null ? byId.get(p.id)?.name : undefined) ?? p.name;
}

export function quoteCard(q: Quote, byId: ReadonlyMap<string, Entity>): CardData {
  const speakerEntity = q.speaker?.id ? byId.get(q.speaker.id) : undefined;
  return {
    kind: 'quote',
    text: q.text,
    // a speaker the dataset does not know is shown with the title the page gives them
    speaker: q.speaker ? { name: partyName(q.speaker, byId), note: speakerEntity?.note ?? (q.speaker.id === null ? q.speaker.title ?? null : null) } : null,
    via: q.via.map((v) => partyName(v, byId)),
  };
}
