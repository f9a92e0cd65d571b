import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/index';
import { checkDataset, encyclopediaOnly, urlDate } from '../../src/data/check';

/** A deep copy of the dataset with one entity changed. */
function withEntity(id: string, change: (e: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(dataset) as unknown as { entities: Record<string, unknown>[] };
  change(copy.entities.find((e) => e.id === id)!);
  return copy;
}

describe('dataset truth checks', () => {
  it('pass on the real dataset', () => {
    expect(checkDataset(dataset)).toEqual([]);
  });

  it('fail when a description reads "since" though a later entry records a change of role', () => {
    const broken = withEntity('sergei-shoigu', (e) => { e.description = "Russia's defence minister (since 2012)."; });
    expect(checkDataset(broken)).toContain('entity sergei-shoigu: description says "since" in the present tense but a later entry records a change of role');
  });

  it('fail when a fact is dated after its source was published, or cites a much later round-up', () => {
    const after = withEntity('dmitry-peskov', (e) => { (e.facts as { date: string; source: string }[]).push({ date: '2023-09-20', text: 'A fact from the future of its source.', source: 'https://example.org/2023/09/14/report' } as never); });
    expect(checkDataset(after)).toContain('entity dmitry-peskov: fact dated 2023-09-20 cites a source published 2023-09-14, before it');
    const roundup = withEntity('dmitry-peskov', (e) => { (e.facts as unknown[]).push({ date: '2023-09-14', text: 'Said at the briefing.', source: 'https://example.org/news/20231201-roundup' }); });
    expect(checkDataset(roundup)).toContain("entity dmitry-peskov: fact dated 2023-09-14 cites a round-up published 2023-12-01; cite the day's reports");
  });

  it('reads publication days from source URLs', () => {
    expect(urlDate('https://x.example/2023/09/14/story')).toBe('2023-09-14');
    expect(urlDate('https://x.example/news/20230917-137224')).toBe('2023-09-17');
    expect(urlDate('https://x.example/view/AEN20230920000651325')).toBe(null);
    expect(urlDate('https://x.example/a-2023-09-13-b')).toBe('2023-09-13');
  });

  it('list entities whose every source is an encyclopedia', () => {
    const broken = withEntity('yakovlev', (e) => { e.sources = ['https://en.wikipedia.org/wiki/Yakovlev']; e.facts = [{ date: '1934', text: 'Founded.', source: 'https://en.wikipedia.org/wiki/Yakovlev' }]; });
    expect(encyclopediaOnly(broken)).toContain('entity yakovlev: every source is an encyclopedia');
    expect(encyclopediaOnly(dataset)).not.toContain('entity yakovlev: every source is an encyclopedia');
  });
});
