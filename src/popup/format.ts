/** Plain-words formatting shared by the popup's sections and its Markdown summary. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Ymd {
  y: number;
  m: number;
  d: number | null;
}

function parse(date: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 0, d: m[3] ? Number(m[3]) : null };
}

/** "2023-09-13" → "13 September 2023"; "2024-06" → "June 2024"; "2011" → "2011". */
export function formatDate(date: string): string {
  const p = parse(date);
  if (!p) return date;
  if (p.m === 0) return String(p.y);
  const month = MONTHS[p.m - 1] ?? '';
  return p.d === null ? `${month} ${p.y}` : `${p.d} ${month} ${p.y}`;
}

/** "13 Sep": for timeline rows, where the year is the same throughout. */
export function formatDay(date: string): string {
  const p = parse(date);
  if (!p || p.d === null || p.m === 0) return formatDate(date);
  return `${p.d} ${(MONTHS[p.m - 1] ?? '').slice(0, 3)}`;
}

/** "10–19 September 2023", "25 July – 2 August 2023", "8 October 2024 – 28 April 2025". */
export function formatRange(start: string, end: string): string {
  const a = parse(start);
  const b = parse(end);
  if (!a || !b || a.d === null || b.d === null) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start === end) return formatDate(start);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "1 mention", "3 mentions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A list in words: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
