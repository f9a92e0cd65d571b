/**
 * The analysis core's result types: exactly the JSON that `storylens analyze --json` prints
 * (minus `file`), and what the content script, background and popup exchange.
 * All offsets are UTF-16 code-unit offsets into `Analysis.text`.
 */
import type { EntityType } from '../data/schema';
export type { EntityType };

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  text: string;
}

/** An entity found on the page. `id` is null for names that are not in the dataset. */
export interface EntityHit {
  id: string | null;
  name: string;
  type: EntityType;
  mentions: Mention[];
}

export interface SignalHit {
  /** entity | term | date | title | related */
  kind: string;
  /** Plain words, shown to the reader: "mentions the Vostochny Cosmodrome". */
  text: string;
  weight: number;
}

export interface StoryResult {
  id: string;
  title: string;
  matched: boolean;
  score: number;
  signals: SignalHit[];
  /** The related (look-alike) story that fits best, when its evidence beats ours. */
  related: { id: string; title: string; score: number } | null;
  /** The part of the story's arc the page is about, when it matched (see story.phases). */
  phase: { id: string; label: string } | null;
}

export interface PartyRef {
  id: string | null;
  name: string;
  /** For a speaker not in the dataset: the title the page gives ("State Department spokesman"). */
  title?: string;
}

export interface Quote extends Span {
  text: string;
  speaker: PartyRef | null;
  via: PartyRef[];
  cue: string | null;
  kind: 'direct' | 'partial' | 'block';
}

export interface PageMeta {
  url: string | null;
  title: string;
  site: string | null;
  lang: string | null;
  /** YYYY-MM-DD when known. */
  published: string | null;
}

export interface Analysis extends PageMeta {
  story: StoryResult;
  entities: EntityHit[];
  quotes: Quote[];
  text: string;
}

/** A block-level element (p, li, h1–h6, blockquote, …) or an inline <q>, as a span of the text. */
export interface Block extends Span {
  tag: string;
}

/** One linked or unlinked name occurrence, as the quote finder and story scorer consume them. */
export interface LinkedMention extends Span {
  id: string | null;
  name: string;
  type: EntityType;
}
