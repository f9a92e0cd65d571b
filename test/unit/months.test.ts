import { describe, expect, it } from 'vitest';
import { MONTH_RE, monthMatches } from '../../src/core/months';

const shape = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m[0]}:${m.findIndex((g, k) => k > 0 && g !== undefined)}`);

describe('monthMatches', () => {
  it('finds what matchAll(MONTH_RE) finds, look-behind included', () => {
    const texts = [
      'On 13 September 2023, in Sept. and in sept, not in Septembers or Xmay; May 5, MAI 2019, mai.',
      'Kim left in mayo; summit of 12 марта, март, 3 марте; août 2023, Aout; décembre, dezember, Dec.',
      'Jan.Feb.Mar: jan.feb, ma, май; 𝐀may (a letter outside the BMP before), émay, 1may, -june',
      '',
    ];
    for (const t of texts) expect(shape(monthMatches(t))).toEqual(shape(t.matchAll(MONTH_RE)));
  });
});
