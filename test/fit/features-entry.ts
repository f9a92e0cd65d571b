/** Bundled by fit-story.mjs: analyse one page in-process and return its story features. */
import { analyzeHtml } from '../../src/cli/analyze-html';
import { pageFeatures, type PageFeatures } from '../../src/cli/page-features';
import { dataset } from '../../src/data/index';

export function featuresOf(html: string, url: string | null): PageFeatures & { matched: boolean } {
  const a = analyzeHtml(html, url, dataset);
  return { ...pageFeatures(a, dataset), matched: a.story.matched };
}
export const storyId = dataset.story.id;
