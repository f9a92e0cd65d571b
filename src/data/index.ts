/**
 * The bundled dataset, assembled from the JSON files beside this module. esbuild inlines the JSON
 * at build time. Nothing is validated here, to keep the content bundle lean: the same files are
 * checked by test/unit/dataset.test.ts and `storylens dataset --check` (src/data/check.ts).
 */
import type { AmbiguousAlias, Dataset, Entity, RelatedStory, Story } from './schema';
import peopleJson from './entities/people.json';
import organisationsJson from './entities/organisations.json';
import placesJson from './entities/places.json';
import thingsJson from './entities/things.json';
import storyJson from './story.json';
import relatedJson from './related.json';
import ambiguousJson from './ambiguous.json';

// JSON imports are typed structurally (coords as number[], not a tuple), hence the casts; the
// shapes themselves are guaranteed by the dataset test.
const entities = [...peopleJson, ...organisationsJson, ...placesJson, ...thingsJson] as Entity[];

export const dataset: Dataset = {
  story: storyJson as Story,
  related: relatedJson as RelatedStory[],
  entities,
  ambiguous: ambiguousJson as AmbiguousAlias[],
};

/** Entities by id. */
export const entitiesById: ReadonlyMap<string, Entity> = new Map(entities.map((e) => [e.id, e]));

/** The entity with this id, or undefined. */
export function entityById(id: string): Entity | undefined {
  return entitiesById.get(id);
}
