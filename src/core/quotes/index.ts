// CONTRACT STUB — replaced by the quotes implementation (issue 5).
import type { Dataset } from '../../data/schema';
import type { Block, LinkedMention, Quote } from '../types';

export interface QuoteInput {
  text: string;
  blocks: Block[];
  /** Every entity mention in the text (linked ones carry an id), sorted by start. */
  mentions: LinkedMention[];
  lang: string | null;
  dataset: Dataset;
}

export function findQuotes(_input: QuoteInput): Quote[] {
  return [];
}
