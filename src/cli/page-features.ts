/** The story model's named features of an analysed page: what `npm run fit` learns weights for. */
import { findEntities } from '../core/analyze-text';
import { storyFeatures } from '../core/story';
import type { Analysis } from '../core/types';
import type { Dataset } from '../data/schema';

export interface PageFeatures {
  values: Record<string, number>;
  ruledOut: boolean;
  namesProtagonist: boolean;
}

export function pageFeatures(a: Analysis, dataset: Dataset): PageFeatures {
  const mentions = findEntities(a.text, dataset, a.lang).linked;
  const f = storyFeatures({ text: a.text, title: a.title, published: a.published, mentions, dataset });
  return { values: Object.fromEntries(f.features.map((x) => [x.name, x.value])), ruledOut: f.ruledOut, namesProtagonist: f.namesProtagonist };
}
