// CONTRACT STUB — replaced by the text analysis implementation (issue 4).
import type { Dataset } from '../data/schema';
import type { Analysis, Block, PageMeta } from './types';

export interface TextInput {
  text: string;
  blocks: Block[];
  meta: PageMeta;
  dataset: Dataset;
}

/** Pure: no DOM, no browser APIs. Entities, story decision and quotes for one article text. */
export function analyzeText(input: TextInput): Analysis {
  return {
    ...input.meta,
    story: { id: input.dataset.story.id, title: input.dataset.story.title, matched: false, score: 0, signals: [], related: null },
    entities: [],
    quotes: [],
    text: input.text,
  };
}
