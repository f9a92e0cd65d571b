/**
 * The sentinel's verdict on a tab's page, read back from the extension's own world in that page
 * (the sentinel keeps it there and sends a message only on a hit; see content/sentinel.ts).
 */
import browser from 'webextension-polyfill';
import { parseMessage } from '../shared/messages';
import { SENTINEL_VERDICT_KEY, type SentinelVerdict } from '../shared/sentinel-verdict';

/** Runs in the tab's content-script world, so it is passed its key instead of closing over it. */
const readVerdict = (key: string): unknown => (globalThis as Record<string, unknown>)[key] ?? null;

/** The verdict, or null: no sentinel ran there (early exit, another mode), or the tab cannot be scripted. */
export async function askSentinel(tabId: number): Promise<SentinelVerdict | null> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readVerdict, args: [SENTINEL_VERDICT_KEY] });
    const result: unknown = first?.result;
    if (typeof result !== 'object' || result === null) return null;
    // Checked as the sentinel's hit message is: the same shape, the same bounds.
    const msg = parseMessage({ ...result, type: 'sentinel' });
    return msg?.type === 'sentinel' ? { hit: msg.hit, reasons: msg.reasons } : null;
  } catch {
    return null;
  }
}
