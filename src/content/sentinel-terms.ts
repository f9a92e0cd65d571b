/**
 * BUILD TIME ONLY (build.mjs bundles and runs this, then defines __STORYLENS_SENTINEL_TERMS__):
 * the compact term list the sentinel tests pages against, derived from the dataset so a name
 * added to the data reaches the sentinel without touching its code.
 *
 * Subject: every name of Kim Jong Un and of North Korea, in all languages.
 * Context: the story's Russian side — Putin, Shoigu, Russia, the Kremlin, and every place on the
 * story's route and timeline (where each day happened) except the North Korean ones (Kim + Pyongyang is every North Korea
 * story). Generous on purpose: the sentinel only decides whether the lens looks closer.
 */
import type { Dataset, Entity } from '../data/schema';
import { coveredBy, foldForSentinel, type SentinelTerms } from './sentinel-match';

export const SUBJECT_IDS = ['kim-jong-un', 'north-korea'];
export const CONTEXT_IDS = ['vladimir-putin', 'sergei-shoigu', 'russia', 'kremlin', 'russian-far-east', 'vostochny-cosmodrome'];
/** Places on the route that are in North Korea or too general to say "Russia". */
const NOT_CONTEXT = new Set(['pyongyang', 'tumangang', 'kumsusan', 'north-korea', 'south-korea', 'seoul', 'kim-jong-un']);

const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_ENDING = /[аеийоуыьэюя]+$/;

/** A folded term as the sentinel matches it (see hasTerm). */
export function sentinelTerm(raw: string): string | null {
  const folded = foldForSentinel(raw).trim();
  if (folded.length < 2) return null;
  if (!CYRILLIC.test(folded)) return /^[a-z]/.test(folded) && folded.length < 3 ? null : folded;
  // Russian declension: stem each word, keep the stems of 3+ letters, require them all.
  const stems = folded
    .split(' ')
    .map((w) => (w.length >= 5 ? w.replace(CYRILLIC_ENDING, '') : w))
    .filter((w) => w.length >= 3);
  return stems.length === 0 ? null : stems.join('+');
}

function namesOf(e: Entity): string[] {
  const out: string[] = [];
  for (const group of [e.aliases, e.short ?? {}]) for (const list of Object.values(group)) if (list) out.push(...list);
  return out;
}

/** Drop terms that contain another term of the group: the shorter one already matches there. */
function compact(terms: Iterable<string>): string[] {
  const unique = [...new Set(terms)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const t of unique) {
    if (kept.some((k) => coveredBy(t, k))) continue;
    kept.push(t);
  }
  return kept;
}

/**
 * Shortest piece a gate may be: short pieces occur on too many pages (a gate that occurs only
 * costs the full subject test, as if there were no gate). Han and kana say more per character.
 */
const minGate = (piece: string): number => (/[\u3040-\u30ff\u3400-\u9fff]/.test(piece) ? 2 : 4);

/**
 * Gates for a term group: a few strings such that every term contains one of them (inside one of
 * its '+' stems), so a text with none of them can match no term. Greedy set cover: each round
 * takes the piece found in most of the terms not yet covered, the longer on a tie.
 */
export function subjectGates(terms: readonly string[]): string[] {
  const stems = terms.map((t) => t.split('+'));
  const has = (i: number, piece: string): boolean => stems[i]!.some((st) => st.includes(piece));
  let open = terms.map((_, i) => i);
  const gates: string[] = [];
  while (open.length > 0) {
    const candidates = new Set<string>();
    for (const i of open) {
      for (const st of stems[i]!) {
        const min = Math.min(minGate(st), st.length);
        for (let a = 0; a < st.length; a++) for (let b = a + min; b <= st.length; b++) candidates.add(st.slice(a, b));
      }
    }
    let best = '';
    let bestCount = 0;
    for (const c of candidates) {
      if (c.startsWith(' ') || c.endsWith(' ')) continue;
      const n = open.filter((i) => has(i, c)).length;
      if (n > bestCount || (n === bestCount && c.length > best.length)) [best, bestCount] = [c, n];
    }
    gates.push(best);
    open = open.filter((i) => !has(i, best));
  }
  return gates;
}

export function deriveSentinelTerms(dataset: Dataset): SentinelTerms {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const contextIds = new Set(CONTEXT_IDS);
  for (const id of dataset.story.route) contextIds.add(id);
  // Timeline places only: the entries' other entities include far-away places (New York for
  // the UN reaction) that say nothing about this story.
  for (const entry of dataset.story.timeline) contextIds.add(entry.place);
  const termsFor = (ids: Iterable<string>): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      const e = byId.get(id);
      if (!e) continue;
      for (const name of namesOf(e)) {
        const t = sentinelTerm(name);
        if (t) out.push(t);
      }
    }
    return compact(out);
  };
  const subject = termsFor(SUBJECT_IDS);
  return {
    subject,
    context: termsFor([...contextIds].filter((id) => !NOT_CONTEXT.has(id) && !SUBJECT_IDS.includes(id))),
    gates: subjectGates(subject),
  };
}
