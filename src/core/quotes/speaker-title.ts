/**
 * The title a page gives a speaker the dataset does not know, so the reader sees who that is:
 * "State Department spokesman Matthew Miller said" or "Matthew Miller, a State Department
 * spokesman, said" gives "State Department spokesman". Read from the occurrence of the name
 * nearest the quote; undefined when the page gives no title there.
 */
const OFFICE = String.raw`(?:spokes(?:man|woman|person)|press secretary|secretary|minister|ambassador|envoy|adviser|advisor|director|governor|mayor|chief|head|chairman|chairwoman|chair|president|vice[- ]president|premier|commander|general|admiral|analyst|professor|researcher|fellow|expert|editor|correspondent|official|diplomat|lawmaker|senator|representative|deputy|coordinator|commissioner|Sprecher(?:in)?|Minister(?:in)?|Botschafter(?:in)?|porte-parole|ministre|ambassadeur|portavoz|ministro|embajador)`;
/** Before the name: a run of capitalised words, "of/to/for/the" and lower-case title words ending in an office. */
const BEFORE = new RegExp(String.raw`((?:(?:\p{Lu}[\p{L}.’'-]*|of|to|for|the|at|national|security|foreign|defen[cs]e|press|deputy|senior|chief|former|state)\s+){0,7}${OFFICE})\s+$`, 'u');
/** After the name: an apposition between commas, "…, the US ambassador to the United Nations, said". */
const AFTER = new RegExp(String.raw`^,\s+((?:(?:the|a|an|its|his|her)\s+)?[^,;:.!?"“”«»()]{0,70}?${OFFICE}(?:\s+(?:of|to|for|at)\s+[^,;:.!?"“”«»()]{1,50})?),`, 'iu');

const tidy = (s: string): string => s.replace(/^(?:the|a|an|its|his|her)\s+/iu, '').replace(/\s+/gu, ' ').trim();

export function titleNear(text: string, name: string, around: number): string | undefined {
  if (name.length < 3) return undefined;
  let best = -1;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (best < 0 || Math.abs(at - around) < Math.abs(best - around)) best = at;
  }
  if (best < 0) return undefined;
  const after = AFTER.exec(text.slice(best + name.length, best + name.length + 140));
  if (after?.[1]) return tidy(after[1]);
  const before = BEFORE.exec(text.slice(Math.max(0, best - 100), best));
  // a bare office ("President") is a title word of the name, not a description worth showing
  if (before?.[1] && /\s/u.test(before[1].trim())) return tidy(before[1]);
  return undefined;
}
