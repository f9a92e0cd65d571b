/**
 * The text side of the analysis: match → link → names not in the dataset → story → quotes.
 * Pure: no DOM, no browser APIs. The compiled matcher is cached per dataset object.
 */
import type { Dataset } from '../data/schema';
import { abbreviationMentions } from './abbreviations';
import type { Analysis, Block, EntityHit, LinkedMention, PageMeta } from './types';
import { groupMentions, linkMatches } from './linker';
import { matchText, matcherFor, type Match } from './matcher';
import { nestedMentions } from './nested';
import { normalize } from './normalize';
import { findQuotes } from './quotes/index';
import { scoreStory } from './story';
import { findUnknownNames, overlapsAny, unknownMentions } from './unknown-names';

export interface TextInput {
  text: string;
  blocks: Block[];
  meta: PageMeta;
  dataset: Dataset;
}

/**
 * A place, or a short form, that opens a longer person name the recogniser found with a cue
 * ("Artyom Lukin, a professor", "Kim Dong Yub said") gives way to that name.
 */
function isWeak(m: Match, linked: LinkedMention): boolean {
  if (linked.type === 'place') return true;
  return m.entries.every((e) => e.short);
}

export interface EntityPass {
  /** Dataset mentions that survived, in text order (names nested in a longer name follow it). */
  linked: LinkedMention[];
  /** Names not in the dataset, in text order. */
  unknown: LinkedMention[];
}

/** Is the whole of `name` a dataset name (linked in this text or not)? */
function isDatasetName(name: string, dataset: Dataset): boolean {
  const inner = matchText(matcherFor(dataset), name);
  let covered = 0;
  for (const m of inner) covered += m.end - m.start;
  return covered >= name.replace(/['’]s$/, '').length;
}

/** Entity recognition and linking, without the story and quotes. */
export function findEntities(text: string, dataset: Dataset, lang: string | null): EntityPass {
  const norm = normalize(text);
  const matches = matchText(matcherFor(dataset), text, norm);
  const linked = linkMatches(matches, dataset, text);
  const matchAt = new Map(matches.map((m) => [m.start, m]));
  const strong = linked.filter((l) => {
    const m = matchAt.get(l.start);
    return !m || !isWeak(m, l);
  });
  // Weak mentions stay out of the overlap check so that a cued person name can claim them;
  // a name that is wholly a dataset name ("Mr Putin", "the Tumen River") claims nothing.
  const names = findUnknownNames(text, strong, lang).filter((n) => {
    if (isDatasetName(n.name, dataset)) return false;
    return n.type === 'person' || !overlapsAny(n, linked);
  });
  const people = names.filter((n) => n.type === 'person');
  const kept = linked.filter((l) => !overlapsAny(l, people));
  const found = [...kept, ...nestedMentions(kept, text, norm, dataset)];
  // Country compounds (북·러, 日米韓) only where no other name has claimed the characters.
  const countries = abbreviationMentions(text, [...found, ...names], dataset, lang);
  const all = [...found, ...countries].sort((a, b) => a.start - b.start || b.end - a.end);
  return { linked: all, unknown: unknownMentions(names) };
}

export function analyzeText(input: TextInput): Analysis {
  const { text, blocks, meta, dataset } = input;
  const { linked, unknown } = findEntities(text, dataset, meta.lang);
  const mentions = [...linked, ...unknown].sort((a, b) => a.start - b.start);
  const story = scoreStory({ text, title: meta.title, published: meta.published, mentions: linked, dataset });
  const quotes = findQuotes({ text, blocks, mentions, lang: meta.lang, dataset });
  const entities: EntityHit[] = groupMentions(mentions, text);
  return { ...meta, story, entities, quotes, text };
}
