/**
 * Names in the languages beyond the eight main ones live in one file per language
 * (src/data/names/<lang>.json), so a language is added or reviewed in one place:
 *
 *   { "entities": { "<entity id>": { "aliases": [...], "roles": [...] } },
 *     "signals":  { "<term signal key>": [...] } }
 *
 * They are merged into the entities' aliases/roles and the story's term signals at load time.
 */
import type { Entity, Lang, Story } from './schema';

export interface LanguageNames {
  entities?: Record<string, { aliases?: string[]; roles?: string[] }>;
  signals?: Record<string, string[]>;
}

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] =>
  [...new Set([...(a ?? []), ...(b ?? []).flatMap(nuktaSpellings)])];

/**
 * Devanagari and Bengali letters with a nukta (ड़ য় ज़) are written both as one code point and as
 * letter + nukta, and Unicode normalisation cannot join them (they are composition exclusions),
 * so a name carries both spellings. The folding stays length-preserving.
 */
const NUKTA_LETTERS: [string, string][] = [
  ['\u0958', '\u0915\u093c'], ['\u0959', '\u0916\u093c'], ['\u095a', '\u0917\u093c'], ['\u095b', '\u091c\u093c'],
  ['\u095c', '\u0921\u093c'], ['\u095d', '\u0922\u093c'], ['\u095e', '\u092b\u093c'], ['\u095f', '\u092f\u093c'],
  ['\u09dc', '\u09a1\u09bc'], ['\u09dd', '\u09a2\u09bc'], ['\u09df', '\u09af\u09bc'],
];

export function nuktaSpellings(name: string): string[] {
  if (!/[\u0900-\u09ff]/.test(name)) return [name];
  let joined = name;
  let split = name;
  for (const [one, two] of NUKTA_LETTERS) {
    joined = joined.split(two).join(one);
    split = split.split(one).join(two);
  }
  return [...new Set([name, joined, split])];
}

/** The entities and story with every language file's names added (inputs are not modified). */
export function mergeNames(entities: Entity[], story: Story, files: Partial<Record<Lang, LanguageNames>>): { entities: Entity[]; story: Story } {
  const byLang = Object.entries(files) as [Lang, LanguageNames][];
  const merged = entities.map((e) => {
    let aliases = e.aliases;
    let roles = e.roles;
    for (const [lang, file] of byLang) {
      const add = file.entities?.[e.id];
      if (!add) continue;
      if (add.aliases?.length) aliases = { ...aliases, [lang]: union(aliases[lang], add.aliases) };
      if (add.roles?.length) roles = { ...roles, [lang]: union(roles?.[lang], add.roles) };
    }
    return aliases === e.aliases && roles === e.roles ? e : { ...e, aliases, ...(roles ? { roles } : {}) };
  });
  const signals = story.signals.map((sig) => {
    if (sig.kind !== 'term' || !sig.key) return sig;
    let terms = sig.terms;
    for (const [lang, file] of byLang) {
      const add = file.signals?.[sig.key];
      if (add?.length) terms = { ...terms, [lang]: union(terms[lang], add) };
    }
    return terms === sig.terms ? sig : { ...sig, terms };
  });
  return { entities: merged, story: { ...story, signals } };
}

/** References in the language files to entities or signals the dataset does not have. */
export function namesProblems(entities: readonly Entity[], story: Story, files: Partial<Record<Lang, LanguageNames>>): string[] {
  const ids = new Set(entities.map((e) => e.id));
  const keys = new Set(story.signals.flatMap((s) => (s.kind === 'term' && s.key ? [s.key] : [])));
  const out: string[] = [];
  for (const [lang, file] of Object.entries(files)) {
    for (const id of Object.keys(file?.entities ?? {})) if (!ids.has(id)) out.push(`names/${lang}.json: unknown entity "${id}"`);
    for (const key of Object.keys(file?.signals ?? {})) if (!keys.has(key)) out.push(`names/${lang}.json: unknown signal key "${key}"`);
    for (const [id, add] of Object.entries(file?.entities ?? {})) {
      for (const n of [...(add.aliases ?? []), ...(add.roles ?? [])]) if (typeof n !== 'string' || !n.trim()) out.push(`names/${lang}.json: ${id}: empty name`);
    }
  }
  return out;
}
