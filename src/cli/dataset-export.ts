/** The dataset as `storylens dataset --json` prints it: story, related stories and entities. */
import type { Dataset, Entity, Lang } from '../data/schema';

/** Aliases by language, short forms included, so outside tools see every name StoryLens matches. */
function allAliases(e: Entity): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const source of [e.aliases, e.short ?? {}]) {
    for (const [lang, names] of Object.entries(source) as [Lang, string[]][]) {
      out[lang] = [...new Set([...(out[lang] ?? []), ...names])];
    }
  }
  return out;
}

export function datasetExport(d: Dataset): { story: Dataset['story']; related: Dataset['related']; entities: unknown[]; ambiguous: Dataset['ambiguous'] } {
  return {
    story: d.story,
    related: d.related,
    entities: d.entities.map((e) => ({ ...e, aliases: allAliases(e) })),
    ambiguous: d.ambiguous,
  };
}
