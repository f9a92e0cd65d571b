/**
 * The sentinel's verdict on a page, kept in the extension's own content-script world under one
 * global (pages cannot see that world). The sentinel writes it; the background reads it back with
 * scripting.executeScript when the popup asks about a tab whose sentinel sent nothing (a miss).
 */
export const SENTINEL_VERDICT_KEY = '__storylensSentinel';

export interface SentinelVerdict {
  hit: boolean;
  reasons: string[];
}

/** The shape check for a verdict read back from a tab. */
export function isSentinelVerdict(v: unknown): v is SentinelVerdict {
  if (typeof v !== 'object' || v === null) return false;
  const { hit, reasons } = v as Record<string, unknown>;
  return typeof hit === 'boolean' && Array.isArray(reasons) && reasons.length <= 50 && reasons.every((r) => typeof r === 'string' && r.length <= 200);
}
