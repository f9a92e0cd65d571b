/**
 * The bundled dataset, assembled from the JSON files beside this module. esbuild inlines the JSON
 * at build time. Nothing is validated here, to keep the content bundle lean: the same files are
 * checked by test/unit/dataset.test.ts and `storylens dataset --check` (src/data/check.ts).
 */
import type { AmbiguousAlias, Dataset, Entity, Lang, RelatedStory, Story } from './schema';
import peopleJson from './entities/people.json';
import organisationsJson from './entities/organisations.json';
import placesJson from './entities/places.json';
import thingsJson from './entities/things.json';
import storyJson from './story.json';
import relatedJson from './related.json';
import ambiguousJson from './ambiguous.json';
import { mergeNames, type LanguageNames } from './names';
import names_pt from './names/pt.json';
import names_it from './names/it.json';
import names_pl from './names/pl.json';
import names_tr from './names/tr.json';
import names_ar from './names/ar.json';
import names_hi from './names/hi.json';
import names_bn from './names/bn.json';
import names_uk from './names/uk.json';
import names_hu from './names/hu.json';
import names_hr from './names/hr.json';
import names_bg from './names/bg.json';
import names_el from './names/el.json';
import names_vi from './names/vi.json';
import names_ro from './names/ro.json';
import names_id from './names/id.json';
import names_nl from './names/nl.json';

// JSON imports are typed structurally (coords as number[], not a tuple), hence the casts; the
// shapes themselves are guaranteed by the dataset test.
const mainEntities = [...peopleJson, ...organisationsJson, ...placesJson, ...thingsJson] as Entity[];

/** The names in the other languages, one file each (see names.ts). */
export const languageNames: Partial<Record<Lang, LanguageNames>> = { pt: names_pt, it: names_it, pl: names_pl, tr: names_tr, ar: names_ar, hi: names_hi, bn: names_bn, uk: names_uk, hu: names_hu, hr: names_hr, bg: names_bg, el: names_el, vi: names_vi, ro: names_ro, id: names_id, nl: names_nl };

const merged = mergeNames(mainEntities, storyJson as Story, languageNames);
const entities = merged.entities;

export const dataset: Dataset = {
  story: merged.story,
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
