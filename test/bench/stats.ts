/** Small statistics for the benchmark: medians of repeated runs. */

export function median(xs: readonly number[]): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export const max = (xs: readonly number[]): number => (xs.length ? Math.max(...xs) : 0);
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);
