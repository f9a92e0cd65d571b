/**
 * Country abbreviation compounds in Korean, Japanese and Chinese: 북·러 정상회담, 한미일 안보실장,
 * 日米韓, 露朝首脳会談, 中俄关系, 美日韩. Each character of such a compound stands for a country, and
 * nearly every East Asian report on the story writes them, so each character becomes a one-character
 * mention of its country.
 *
 * A lone character is far too common a word to match in the trie (미 'beauty', 日 'day', 中
 * 'middle'), so compounds are recognised by rule: a run of two or more country letters joined by
 * middle dots always counts; a run without dots counts only before a relation word (정상회담, 関係,
 * 峰会) or when it has three or more countries, and never inside another word. The letters, relation
 * words and exceptions are data (src/data/abbreviations.json).
 */
import abbreviationsJson from '../data/abbreviations.json';
import type { AbbreviationLang, Abbreviations, Dataset } from '../data/schema';
import { entityIndex } from './linker';
import type { LinkedMention, Span } from './types';

const ABBREVIATIONS = abbreviationsJson as Abbreviations;

type CharScript = 'hangul' | 'han' | 'katakana' | 'hiragana' | 'digit' | 'other';

function charScript(code: number): CharScript {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 'digit';
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'hangul';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'han';
  if (code >= 0x3040 && code <= 0x309f) return 'hiragana';
  if ((code >= 0x30a0 && code <= 0x30ff && code !== 0x30fb) || (code >= 0xff66 && code <= 0xff9f)) return 'katakana';
  return 'other';
}

function scriptAt(text: string, i: number): CharScript {
  return i >= 0 && i < text.length ? charScript(text.charCodeAt(i)) : 'other';
}

/** A maximal run of country letters, each joined to the previous one by nothing or by one dot. */
interface Run {
  /** Offsets of the letters. */
  at: number[];
  /** Whether letter k (k ≥ 1) is joined to letter k-1 by a dot. */
  dotted: boolean[];
}

function readRun(text: string, start: number, isLetter: (i: number) => boolean, dots: string): Run {
  const run: Run = { at: [start], dotted: [false] };
  let j = start + 1;
  for (;;) {
    if (isLetter(j)) {
      run.at.push(j);
      run.dotted.push(false);
      j += 1;
    } else if (j < text.length && dots.includes(text.charAt(j)) && isLetter(j + 1)) {
      run.at.push(j + 1);
      run.dotted.push(true);
      j += 2;
    } else return run;
  }
}

/** A first letter that ends a number (13日 'the 13th', 13일) or a listed word (其中, 今日) is not part of the compound. */
function leadingIsBound(text: string, first: number, table: AbbreviationLang): boolean {
  if (scriptAt(text, first - 1) === 'digit') return true;
  return (table.boundWords ?? []).some((w) => text.startsWith(w, first + 1 - w.length));
}

function followedByRelation(text: string, end: number, relations: readonly string[]): boolean {
  let k = end;
  if (text.charAt(k) === ' ' || text.charAt(k) === '\u00a0') k += 1;
  return relations.some((r) => text.startsWith(r, k));
}

/** The letters of `run` that form a compound, or none. */
function compoundLetters(text: string, run: Run, table: AbbreviationLang): number[] {
  let at = run.at;
  let dotted = run.dotted;
  if (leadingIsBound(text, at[0] as number, table)) {
    at = at.slice(1);
    dotted = dotted.slice(1);
  } else if ((table.wordScripts as string[]).includes(scriptAt(text, (at[0] as number) - 1))) {
    return []; // the tail of another word (今日米…, 거울미러)
  }
  if (at.length < 2) return [];
  const ids = at.map((i) => table.letters[text.charAt(i)]);
  if (new Set(ids).size !== ids.length) return []; // 한남, 우러러: not a list of countries
  if (dotted.slice(1).every(Boolean)) return at;
  const letters = at.map((i) => text.charAt(i)).join('');
  if (table.notRuns.some((w) => letters.includes(w))) return [];
  const end = (at[at.length - 1] as number) + 1;
  if (followedByRelation(text, end, table.relations)) return at;
  if (at.length < 3) return [];
  // Three countries in a row are a compound unless the run goes on into a word (日米韓国防…).
  const next = text.charAt(end);
  const joined = next !== '' && (table.wordScripts as string[]).includes(scriptAt(text, end)) && !(table.particles ?? '').includes(next);
  return joined ? [] : at;
}

/**
 * Country mentions from abbreviation compounds in `text`, for a Korean, Japanese or Chinese page
 * (`lang`); none for other languages. Characters inside `taken` spans (mentions already found) are
 * never letters, so a compound never overlaps another name.
 */
export function abbreviationMentions(
  text: string,
  taken: readonly Span[],
  dataset: Dataset,
  lang: string | null,
  data: Abbreviations = ABBREVIATIONS,
): LinkedMention[] {
  const code = (lang ?? '').slice(0, 2) as keyof Abbreviations['languages'];
  const table = data.languages[code];
  if (!table) return [];
  const blocked = new Uint8Array(text.length);
  for (const s of taken) blocked.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  const isLetter = (i: number): boolean => i < text.length && blocked[i] === 0 && Object.hasOwn(table.letters, text.charAt(i));
  const idx = entityIndex(dataset);
  const out: LinkedMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(i)) continue;
    const run = readRun(text, i, isLetter, data.dots);
    for (const at of compoundLetters(text, run, table)) {
      const entity = idx.get(table.letters[text.charAt(at)] as string);
      if (entity) out.push({ id: entity.id, name: entity.name, type: entity.type, start: at, end: at + 1 });
    }
    i = run.at[run.at.length - 1] as number;
  }
  return out;
}
