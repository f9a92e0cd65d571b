/**
 * The dataset's shape. The JSON files under src/data/ are checked against these schemas in
 * test/unit/dataset.test.ts and by `storylens dataset --check`; the analysis core relies on them.
 *
 * zod was chosen over ajv because the schema and the TypeScript types are one definition
 * (z.infer), so the data, the validator and the code cannot drift apart.
 */
import { z } from 'zod';

/** The eight main languages first, then the other languages the story ran in. */
export const LANGS = ['en', 'ko', 'ru', 'ja', 'zh', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'tr', 'ar', 'hi', 'bn', 'uk', 'hu', 'hr', 'bg', 'el', 'vi', 'ro', 'id', 'nl'] as const;
export type Lang = (typeof LANGS)[number];
/** The eight languages the story was first specified in; the rest were added from real coverage. */
export const MAIN_LANGS = LANGS.slice(0, 8) as readonly Lang[];

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'thing'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');
/** A date as precise as the source allows: 2023, 2023-09 or 2023-09-13. */
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const url = z.string().url().refine((u) => u.startsWith('https://'), 'sources are https URLs');

/** Surface forms per language. `en` holds every Latin-script spelling outlets use. */
const names = z.partialRecord(z.enum(LANGS), z.array(z.string().min(1)).min(1));

export const FactSchema = z.object({
  date: isoDate,
  text: z.string().min(5).max(300),
  source: url,
  /**
   * The story timeline event (its `event` id) the fact reports, where it reports one: the check
   * then holds the fact's date (and `place`, if given) to the timeline entry's.
   */
  event: id.optional(),
  /** Where the reported event happened (an entity id); only with `event`. */
  place: id.optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const EntitySchema = z.object({
  id,
  type: z.enum(ENTITY_TYPES),
  /** Canonical English name, as shown in the popup and printed by the CLI. */
  name: z.string().min(1),
  /** Full names and safe variants per language, matched anywhere in the text. */
  aliases: names,
  /**
   * Short forms ("Shoigu", "Kim", "Putin") that only match with their exact capitalisation in
   * Latin script. A short form shared with another entity must also be listed in ambiguous.json.
   */
  short: names.optional(),
  /** Role phrases that refer to the holder ("defence minister", "the Kremlin spokesman"), per language, lower case. */
  roles: names.optional(),
  /**
   * Its names are not searched for names inside them: a region named after its capital
   * ("Khabarovsk region") does not name the city. (Organisations are never searched.)
   */
  opaque: z.boolean().optional(),
  description: z.string().min(5).max(160),
  note: z.string().min(40).max(600),
  role: z.string().min(10).max(300),
  facts: z.array(FactSchema).min(1),
  /** Changes after the story (after 2023-09-18), shown as such. */
  later: z.array(FactSchema).optional(),
  coords: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  wikipedia: url.refine((u) => u.includes('wikipedia.org/wiki/'), 'an English Wikipedia article'),
  sources: z.array(url).min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * Evidence for a story. `entity` signals fire when the entity is mentioned; `term` signals when
 * one of the phrases (any language, matched case-insensitively on word boundaries where the
 * script has them) occurs. `text` is the plain-words reason shown to the reader.
 */
/**
 * `weight` is hand-set for look-alike stories; for our story it is learned (`npm run fit`).
 * `phase` ties a signal of our story to the part of its arc it is evidence of.
 * `key` names a term signal in the fitted model (entity signals are named by their id).
 */
export const SignalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entity'), id, weight: z.number(), text: z.string().min(5), phase: id.optional() }),
  z.object({ kind: z.literal('term'), key: id.optional(), terms: names, weight: z.number(), text: z.string().min(5), phase: id.optional() }),
]);
export type StorySignal = z.infer<typeof SignalSchema>;

export const TimelineEntrySchema = z.object({
  /** Names the event, so that entity facts can say which one they report. Unique in the timeline. */
  event: id,
  date: day,
  place: id,
  text: z.string().min(10).max(400),
  entities: z.array(id),
  sources: z.array(url).min(1),
});

/** One part of the story's arc: the first reports, the departure, each stop, the reactions. */
export const PhaseSchema = z.object({
  id,
  /** Plain words for the popup: "the summit at the Vostochny Cosmodrome". */
  label: z.string().min(5),
  start: day,
  end: day,
  /** What pages about this phase report, and which signals show it. */
  text: z.string().min(20).max(400),
});
export type Phase = z.infer<typeof PhaseSchema>;

/**
 * The learned part of the story scorer (fitted by test/fit/fit-story.mjs, `npm run fit`): weights of
 * the evidence that is not a signal, a bias, and the cross-validated figures the fit reached.
 * The page matches when bias + the weights of the evidence it shows reach 0.
 */
export const StoryModelSchema = z.object({
  bias: z.number(),
  /** Per feature name (see storyFeatures in src/core/story.ts). */
  weights: z.record(z.string(), z.number()),
  fitted: z.string(),
  cv: z.record(z.string(), z.number()).optional(),
});
export type StoryModel = z.infer<typeof StoryModelSchema>;

export const StorySchema = z.object({
  id,
  title: z.string().min(5),
  oneLine: z.string().min(10).max(200),
  summary: z.string().min(100).max(1200),
  start: day,
  end: day,
  timeline: z.array(TimelineEntrySchema).min(5),
  route: z.array(id).min(3),
  /**
   * The story's protagonists: a page that names none of them (in its text or title) is not about
   * this story, however many of its places and dates it shares.
   */
  requires: z.array(id).min(1).optional(),
  /** The two parties whose meeting the story is: a page naming both is about a meeting of theirs. */
  meeting: z.array(id).length(2).optional(),
  signals: z.array(SignalSchema).min(5),
  /** The arc, in order: a page about any phase carries the story. */
  phases: z.array(PhaseSchema).min(1).optional(),
  model: StoryModelSchema.optional(),
  sources: z.array(url).min(1),
});
export type Story = z.infer<typeof StorySchema>;

export const RelatedStorySchema = z.object({
  id,
  title: z.string().min(5),
  start: day,
  end: day,
  summary: z.string().min(40).max(600),
  signals: z.array(SignalSchema).min(2),
  sources: z.array(url).min(1),
});
export type RelatedStory = z.infer<typeof RelatedStorySchema>;

/** An alias that can name more than one entity; resolved from context or left unlinked. */
export const AmbiguousAliasSchema = z.object({
  alias: z.string().min(1),
  lang: z.enum(LANGS),
  candidates: z.array(id).min(2),
  /**
   * The candidate meant when the text names none of them in full — only where coverage of this
   * story almost always means it (a bare "Security Council" is the UN's). Without it, unlinked.
   */
  preferred: id.optional(),
  /**
   * Only prefer it when the text also names one of these entities ("Kim" is Kim Jong Un on a page
   * that names North Korea or Pyongyang, and names no other Kim in full).
   */
  preferredWhen: z.array(id).min(1).optional(),
  /** Why it is ambiguous and how context decides. */
  note: z.string().min(5),
});
export type AmbiguousAlias = z.infer<typeof AmbiguousAliasSchema>;

export const NewsSiteSchema = z.object({
  /** Registrable domain without "www.", e.g. "reuters.com"; subdomains are covered too. */
  domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
  name: z.string().min(2),
  lang: z.enum(LANGS),
  country: z.string().length(2),
});
export type NewsSite = z.infer<typeof NewsSiteSchema>;

export interface Dataset {
  story: Story;
  related: RelatedStory[];
  entities: Entity[];
  ambiguous: AmbiguousAlias[];
}

/**
 * Country abbreviation compounds in Korean, Japanese and Chinese (북·러, 日米韓, 中俄关系): each
 * character names a country. Read by src/core/abbreviations.ts; rules are data so that a
 * language's list can grow without code changes.
 */
const abbreviationScript = z.enum(['hangul', 'han', 'katakana', 'hiragana']);
export const AbbreviationLangSchema = z.object({
  /** One character → the country entity it stands for. */
  letters: z.record(z.string().length(1), id),
  /** Words that, right after a run without dots (one space allowed), make it a compound. */
  relations: z.array(z.string().min(1)).min(1),
  /** A run right after a letter of these scripts is the tail of another word (今日米…, 거울미러). */
  wordScripts: z.array(abbreviationScript),
  /** Characters that end a word and may directly follow a compound of three or more (한미일은). */
  particles: z.string().optional(),
  /** Runs without dots that are ordinary words (미러 'mirror', 남미 'South America'). */
  notRuns: z.array(z.string().min(2)),
  /**
   * Words ending in a letter: where one ends on a run's first letter, that letter belongs to the
   * word (其中美日 'among them, US-Japan', 今日中美). Needed where words are not delimited (Chinese).
   */
  boundWords: z.array(z.string().min(2)).optional(),
});
export type AbbreviationLang = z.infer<typeof AbbreviationLangSchema>;

export const AbbreviationsSchema = z.object({
  /** The middle dots that join the letters of a compound (·, ㆍ, ・, ‧, ･). */
  dots: z.string().min(1),
  languages: z.partialRecord(z.enum(['ko', 'ja', 'zh']), AbbreviationLangSchema),
});
export type Abbreviations = z.infer<typeof AbbreviationsSchema>;
