import { describe, expect, it } from 'vitest';
import { blankRecalledYears } from '../../src/core/recalled-dates';
import { mentionedDates } from '../../src/core/story';

const yearsLeft = (text: string): number[] => [...mentionedDates(blankRecalledYears(text, 2023)).years].sort();

describe('blankRecalledYears', () => {
  it('blanks a year recalled as the past, in each language, keeping offsets', () => {
    const cases = [
      'his first trip abroad since 2019',
      'the first summit since April 2019',
      'seine erste Reise seit 2019',
      'Seine letzte Auslandsreise führte ihn 2019 nach Wladiwostok',
      'sa première visite depuis avril 2019',
      'su primer viaje desde abril de 2019',
      'впервые с 2019 года',
      '양국 정상의 만남은 2019년 4월 이후 처음이다',
      '2019年4月以来の首脳会談',
      '自2019年以来首次',
    ];
    for (const text of cases) {
      const out = blankRecalledYears(text, 2023);
      expect(out.length, text).toBe(text.length);
      expect(yearsLeft(text), text).toEqual([]);
    }
  });

  it('leaves a year that dates the page, and recalled years from the story year on', () => {
    expect(yearsLeft('The summit was held in April 2019 in Vladivostok')).toEqual([2019]);
    expect(yearsLeft('Putin arrived in Pyongyang in June 2024, his first visit since 2000')).toEqual([2024]);
    expect(yearsLeft('the closest ties since September 2023')).toEqual([2023]);
    expect(yearsLeft('с Путиным 2019')).toEqual([2019]);
  });
});
