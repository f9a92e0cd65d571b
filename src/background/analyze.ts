/**
 * The text analysis, run here for the lens: the page's main thread then pays only for finding
 * the article and for the sliced highlighting, never for a long analysis task. The same pure
 * analyzeText the CLI and the tests run. The text is not sent back: the lens has it.
 */
import { analyzeText } from '../core/analyze-text';
import type { Analysis, Block, PageMeta } from '../core/types';
import { dataset } from '../data/index';

export function analyzeForLens(msg: { text: string; blocks: Block[]; meta: PageMeta }): Omit<Analysis, 'text'> {
  const { text: _text, ...rest } = analyzeText({ text: msg.text, blocks: msg.blocks, meta: msg.meta, dataset });
  return rest;
}
