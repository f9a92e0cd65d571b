/**
 * In a list ordered so that `before` holds for a leading run of it and for nothing after (mentions
 * or hits sorted by offset, asked "does it start before this position?"), the length of that run,
 * by bisection.
 */
export function leadingRun<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
