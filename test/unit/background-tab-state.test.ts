import { describe, expect, it, vi } from 'vitest';

// storage.session with a delay on every call, as in a browser: reads and writes interleave.
const store = new Map<string, unknown>();
const later = <T>(v: () => T) => new Promise<T>((r) => setTimeout(() => r(v()), Math.random() * 5));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: (k: string) => later(() => (store.has(k) ? { [k]: store.get(k) } : {})),
        set: (items: Record<string, unknown>) => later(() => void Object.entries(items).forEach(([k, v]) => store.set(k, v))),
        remove: (k: string) => later(() => void store.delete(k)),
      },
    },
  },
}));
const { clearTabState, getTabState, updateTabState } = await import('../../src/background/tab-state');

describe('tab state', () => {
  it('keeps every one of several updates to a tab made at the same time', async () => {
    await Promise.all([
      updateTabState(7, { sentinel: { hit: false, reasons: [] } }),
      updateTabState(7, { highlightsOn: false }),
      updateTabState(7, { sentinel: { hit: true, reasons: ['subject: kim'] } }),
    ]);
    expect(await getTabState(7)).toEqual({ sentinel: { hit: true, reasons: ['subject: kim'] }, highlightsOn: false });
  });

  it('applies a clear after the updates asked for before it, and one asked for after it on top', async () => {
    await Promise.all([updateTabState(8, { highlightsOn: false }), clearTabState(8), updateTabState(8, { sentinel: { hit: true, reasons: [] } })]);
    expect(await getTabState(8)).toEqual({ sentinel: { hit: true, reasons: [] }, highlightsOn: true });
  });
});
