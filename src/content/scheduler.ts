/**
 * Work that yields to the page: items are processed in slices of a few milliseconds, each slice
 * in its own idle callback (or a timer where requestIdleCallback is missing), so no task we run
 * comes near 50 ms even on a very long page.
 */
export const SLICE_MS = 8;

interface IdleLike {
  timeRemaining(): number;
}

/** Resolves in the next idle period (with a timeout so a busy page still gets its highlights). */
export function nextIdle(win: Window): Promise<IdleLike> {
  return new Promise((resolve) => {
    const w = win as Window & { requestIdleCallback?: (cb: (d: IdleLike) => void, o?: { timeout: number }) => number };
    if (typeof w.requestIdleCallback === 'function') {
      w.requestIdleCallback((d) => resolve(d), { timeout: 300 });
    } else {
      const start = performance.now();
      win.setTimeout(() => resolve({ timeRemaining: () => Math.max(0, SLICE_MS - (performance.now() - start)) }), 16);
    }
  });
}

/**
 * Runs `work` on every item, a slice at a time. Stops early (returns false) when `cancelled()`
 * turns true between slices, e.g. after teardown.
 */
export async function inSlices<T>(win: Window, items: readonly T[], work: (item: T) => void, cancelled: () => boolean): Promise<boolean> {
  let i = 0;
  while (i < items.length) {
    await nextIdle(win);
    if (cancelled()) return false;
    const start = performance.now();
    do {
      work(items[i]!);
      i++;
    } while (i < items.length && performance.now() - start < SLICE_MS);
  }
  return true;
}
