/**
 * Names inside names. A named thing or site often contains another entity's name — "United
 * Nations sanctions", "Komsomolsk-on-Amur Aircraft Plant", "Vladivostok International Airport" —
 * and the text then names both. The matcher keeps the longest match, so the inner names are
 * recovered here: the span of each thing or place mention is matched again on its own.
 *
 * Only unambiguous inner names count, and organisations are not opened up: "UN Security Council"
 * names the Council, a part of the UN, not the UN as an actor. Entities marked `opaque` in the
 * data (regions named after their capital) are not opened up either.
 */
import type { Dataset } from '../data/schema';
import { entityIndex } from './linker';
import { matchText, matcherFor } from './matcher';
import type { LinkedMention } from './types';

export function nestedMentions(linked: readonly LinkedMention[], text: string, norm: string, dataset: Dataset): LinkedMention[] {
  const matcher = matcherFor(dataset);
  const idx = entityIndex(dataset);
  const out: LinkedMention[] = [];
  for (const outer of linked) {
    if (outer.type !== 'thing' && outer.type !== 'place') continue;
    if (idx.get(outer.id as string)?.opaque) continue;
    for (const m of matchText(matcher, text, norm, outer)) {
      if (m.ambiguous) continue;
      const ids = [...new Set(m.entries.map((e) => e.id))];
      if (ids.length !== 1 || ids[0] === outer.id) continue;
      const inner = idx.get(ids[0] as string);
      if (inner) out.push({ id: inner.id, name: inner.name, type: inner.type, start: m.start, end: m.end });
    }
  }
  return out;
}
