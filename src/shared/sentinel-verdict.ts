/**
 * The sentinel's verdict on a page, kept in the extension's own content-script world under one
 * global (pages cannot see that world). The sentinel writes it; the background reads it back with
 * scripting.executeScript when the popup asks about a tab whose sentinel sent nothing (a miss),
 * and checks it as the sentinel's message (messages.ts parseMessage).
 */
export const SENTINEL_VERDICT_KEY = '__storylensSentinel';

export interface SentinelVerdict {
  hit: boolean;
  reasons: string[];
}

