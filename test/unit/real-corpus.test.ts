/**
 * The development corpus of real coverage (issues #12, #13): story detection, entities and quotes
 * may not fall below the floor in test/real/targets.json. Runs the built CLI through the shared
 * scorer (`npm run build` first, as `npm test` in CI does). Without the corpus there is nothing to
 * measure, and the test says so rather than passing on nothing.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { corpusDir, evalReal, headline, targets } from '../real/eval-real.mjs';

const corpus = corpusDir();

describe.skipIf(!corpus)('real coverage: the dev corpus (../shared/corpus/dev)', () => {
  it('keeps every figure at or above its floor', async () => {
    const r = await evalReal();
    const figures = headline(r) as Record<string, number>;
    const { floor } = targets() as { floor: Record<string, number> };
    const below = Object.entries(floor).filter(([k, min]) => !(figures[k]! >= min)).map(([k, min]) => `${k} ${figures[k]?.toFixed(3)} < ${min}`);
    expect(below).toEqual([]);
  }, 180_000);
});

if (!corpus) {
  describe('real coverage', () => {
    it.skip('no development corpus found (STORYLENS_CORPUS or ../shared/corpus/dev): not measured', () => {});
  });
}
