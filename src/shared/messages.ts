/**
 * Every message that crosses a boundary between our scripts, and the checks applied on receipt.
 * The background trusts nothing it has not checked here: shape first, then sender (see sender.ts).
 */
export type Message =
  | { type: 'sentinel'; hit: boolean; reasons: string[] }
  | { type: 'get-tab-state'; tabId: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 50 && v.every((s) => typeof s === 'string' && s.length <= 200);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Returns the message when it has exactly a known shape, else null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'sentinel':
      return typeof raw.hit === 'boolean' && isStringArray(raw.reasons) ? { type: 'sentinel', hit: raw.hit, reasons: raw.reasons } : null;
    case 'get-tab-state':
      return isTabId(raw.tabId) ? { type: 'get-tab-state', tabId: raw.tabId } : null;
    default:
      return null;
  }
}
