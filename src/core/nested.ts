/**
 * Names inside names. A named thing or site often contains another entity's name — "United
 * Nations sanctions", "Komsomolsk-on-Amur Aircraft Plant", "Vladivostok International Airport" —
 * and the text then names both. The matcher keeps the longest match, so the inner names are
 * recovered here: the span of each thing or place mention is matched again on its own.
 *
 * Only unambiguous inner names count. Inside an organisation's name only places count: "US State
 * Department" names the United States, but "UN Security Council" names the Council, a part of the
 * UN, not the UN acting. Entities marked `opaque` in the data are not opened up at all: regions
 * named after their capital, outlets named after a place ("The Moscow Times", "China Daily").
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
    if (outer.type === 'person' || idx.get(outer.id as string)?.opaque) continue;
    for (const m of matchText(matcher, text, norm, outer)) {
      if (m.ambiguous) continue;
      const ids = [...new Set(m.entries.map((e) => e.id))];
      if (ids.length !== 1 || ids[0] === outer.id) continue;
      const inner = idx.get(ids[0] as string);
      // An organisation names the country or city it belongs to ("US State Department", "미국
      // 국무부"), not the bodies above it ("UN Security Council" is not the UN acting).
      if (outer.type === 'organisation' && inner?.type !== 'place') continue;
      if (inner) out.push({ id: inner.id, name: inner.name, type: inner.type, start: m.start, end: m.end });
    }
  }
  return out;
}
