/**
 * Years recalled as the past: "the first since 2019", "seit 2019", "depuis avril 2019", "desde
 * 2019", "с 2019 года", "2019년 4월 이후", "2019年以来", "his last trip abroad, in 2019". Such a
 * year dates an earlier event the page measures from, not the page's own subject, so the story
 * scorer blanks these phrases before reading the dates a page names.
 */

/** A four-digit year a news page may name (1950–2049), as a pattern to build regexes from. */
export const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
/** A month word (any script's letters) or "April 25," or "25 avril" before the year. */
const MONTH_BEFORE = String.raw`(?:(?:\d{1,2}(?:er|\.)?\s+)?(?:de\s+)?\p{L}{3,12}\.?\s+(?:\d{1,2},?\s+)?(?:de\s+|del\s+)?)?`;

/** A cue word before the year ("since", "seit", ...), then at most a day and month. */
const BEFORE_CUES = [
  'since', 'seit', 'seitdem', 'depuis', 'desde', 'dal', "dall'", 'dalla', 'od', 'sedan', 'siden', 'sinds',
  // Cyrillic "since" needs the genitive "года" after the year (below), as "с" alone is also "with".
];
const BEFORE_RE = new RegExp(String.raw`(?<!\p{L})(?:${BEFORE_CUES.join('|')})\s+${MONTH_BEFORE}${YEAR}(?!\d)`, 'giu');
const RU_RE = new RegExp(String.raw`(?<!\p{L})с\s+${MONTH_BEFORE}${YEAR}\s*(?:года|г\.)`, 'giu');

/** "2019년 (4월) 이후", "2019年(4月)以来": the cue follows the year in Korean, Japanese and Chinese. */
const AFTER_RE = new RegExp(String.raw`(?<!\d)${YEAR}\s*[년年](?:\s*\d{1,2}\s*[월月])?(?:\s*\d{1,2}\s*[일日])?\s*(?:이후|이래|以来|以後|以降|之后|後)`, 'gu');

/**
 * "last" / "previous" a few words before a year in the same clause: "his last trip abroad took him
 * in 2019 to", "sa dernière visite, en 2019". Limited to 40 characters with no sentence end between.
 */
const LAST_CUES = ['last', 'previous', 'prior', 'letzte[nmrs]?', 'vorige[nmrs]?', 'zuletzt', 'derni[eè]re?', 'pr[ée]c[ée]dente?', '[uú]ltim[oa]', 'anterior', 'ultim[oa]', 'precedente', 'последн\\p{L}*', 'предыдущ\\p{L}*', 'прошл\\p{L}*'];
const LAST_RE = new RegExp(String.raw`(?<!\p{L})(?:${LAST_CUES.join('|')})(?!\p{L})[^.!?。\n]{0,40}?(?<!\d)${YEAR}(?!\d)`, 'giu');

const PATTERNS = [BEFORE_RE, RU_RE, AFTER_RE, LAST_RE];
const YEARS = new RegExp(YEAR, 'g');

/**
 * The text with each recalled year earlier than `before` (and its month and day) blanked to spaces of
 * the same length, so offsets into the text stay valid. Later years are left: "since 2023" in a 2024
 * page still says the page is later than our story.
 */
export function blankRecalledYears(text: string, before: number): string {
  // The spans to blank are collected first and the text rebuilt once: rebuilding it per match
  // copied the whole page each time (quadratic on a long page with many "since 2019").
  const spans: [number, number][] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      // The year is the match's last four digits (a day number comes before it).
      const year = Number(m[0].match(YEARS)?.pop());
      if (!(year < before)) continue;
      const at = m.index ?? 0;
      spans.push([at, at + m[0].length]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let done = 0;
  for (const [start, end] of spans) {
    // Spans of different patterns may overlap: blank the part not blanked yet.
    if (end <= done) continue;
    const from = Math.max(start, done);
    out += text.slice(done, from) + ' '.repeat(end - from);
    done = end;
  }
  return out + text.slice(done);
}
