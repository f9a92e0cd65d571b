/**
 * Every message that crosses a boundary between our scripts, and the checks applied on receipt.
 * The background trusts nothing it has not checked here: shape first, then sender (see sender.ts).
 */
// Type-only: the schema module pulls in zod, which has no place in the background or content bundles.
import type { EntityType } from '../data/schema';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'thing'];

export type StepDirection = 'next' | 'previous';
export type HighlightBackendName = 'highlight-api' | 'wrap' | 'none';

export interface ReportParty {
  id: string | null;
  name: string;
}

/**
 * What the lens tells the background about its page, for the popup and badge. The article text
 * itself is left out on purpose: it can be hundreds of KB, the popup never shows it, and it
 * would sit in storage.session for every tab. Quotes are capped to a readable length.
 */
export interface LensReport {
  url: string | null;
  title: string;
  site: string | null;
  lang: string | null;
  published: string | null;
  story: {
    id: string;
    title: string;
    matched: boolean;
    score: number;
    signals: { kind: string; text: string; weight: number }[];
    related: { id: string; title: string; score: number } | null;
  };
  entities: { id: string | null; name: string; type: EntityType; count: number }[];
  quotes: { text: string; speaker: ReportParty | null; via: ReportParty[] }[];
  /** Number of highlighted ranges on the page (0 when the story did not match). */
  highlights: number;
  backend: HighlightBackendName;
}

/** Messages to the background. */
export type Message =
  | { type: 'sentinel'; hit: boolean; reasons: string[] }
  | { type: 'get-tab-state'; tabId: number }
  /** From the popup (toolbar button, activeTab): run the lens in this tab now. */
  | { type: 'scan-tab'; tabId: number }
  /** Same path as the next/previous-highlight commands, for the popup and tests. */
  | { type: 'step-highlight'; tabId: number; direction: StepDirection }
  /** Switch StoryLens off in a tab: every highlight, card, style and listener goes. */
  | { type: 'lens-off'; tabId: number }
  /** From the lens content script, about its own tab. */
  | { type: 'lens-report'; report: LensReport }
  | { type: 'get-lens-report'; tabId: number };

/** Messages from the background to the lens in a tab. */
export type LensMessage = { type: 'lens-step'; direction: StepDirection } | { type: 'lens-teardown' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 50 && v.every((s) => typeof s === 'string' && s.length <= 200);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown, max: number): v is string | null => v === null || isStr(v, max);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDirection = (v: unknown): v is StepDirection => v === 'next' || v === 'previous';
const isArrayOf = <T>(v: unknown, max: number, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);
const hasOnly = (o: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(o).every((k) => keys.includes(k));

const isParty = (v: unknown): v is ReportParty => isObject(v) && hasOnly(v, ['id', 'name']) && isStrOrNull(v.id, 100) && isStr(v.name, 200);
const isSignal = (v: unknown): v is LensReport['story']['signals'][number] =>
  isObject(v) && hasOnly(v, ['kind', 'text', 'weight']) && isStr(v.kind, 40) && isStr(v.text, 300) && isNum(v.weight);
const isRelated = (v: unknown): v is NonNullable<LensReport['story']['related']> =>
  isObject(v) && hasOnly(v, ['id', 'title', 'score']) && isStr(v.id, 100) && isStr(v.title, 300) && isNum(v.score);
const isStory = (v: unknown): v is LensReport['story'] =>
  isObject(v) && hasOnly(v, ['id', 'title', 'matched', 'score', 'signals', 'related']) &&
  isStr(v.id, 100) && isStr(v.title, 300) && typeof v.matched === 'boolean' && isNum(v.score) &&
  isArrayOf(v.signals, 100, isSignal) && (v.related === null || isRelated(v.related));
const isEntity = (v: unknown): v is LensReport['entities'][number] =>
  isObject(v) && hasOnly(v, ['id', 'name', 'type', 'count']) && isStrOrNull(v.id, 100) && isStr(v.name, 200) &&
  (ENTITY_TYPES as readonly unknown[]).includes(v.type) && typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0;
const isQuote = (v: unknown): v is LensReport['quotes'][number] =>
  isObject(v) && hasOnly(v, ['text', 'speaker', 'via']) && isStr(v.text, 1000) && (v.speaker === null || isParty(v.speaker)) && isArrayOf(v.via, 20, isParty);

/** True when `v` is a well-formed LensReport of bounded size. */
export function isLensReport(v: unknown): v is LensReport {
  return (
    isObject(v) &&
    hasOnly(v, ['url', 'title', 'site', 'lang', 'published', 'story', 'entities', 'quotes', 'highlights', 'backend']) &&
    isStrOrNull(v.url, 4000) && isStr(v.title, 1000) && isStrOrNull(v.site, 300) && isStrOrNull(v.lang, 20) &&
    isStrOrNull(v.published, 10) && isStory(v.story) && isArrayOf(v.entities, 500, isEntity) &&
    isArrayOf(v.quotes, 300, isQuote) && typeof v.highlights === 'number' && Number.isInteger(v.highlights) && v.highlights >= 0 &&
    (v.backend === 'highlight-api' || v.backend === 'wrap' || v.backend === 'none')
  );
}

/** Returns the message when it has exactly a known shape, else null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'sentinel':
      return typeof raw.hit === 'boolean' && isStringArray(raw.reasons) ? { type: 'sentinel', hit: raw.hit, reasons: raw.reasons } : null;
    case 'get-tab-state':
    case 'scan-tab':
    case 'lens-off':
    case 'get-lens-report':
      return isTabId(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    case 'step-highlight':
      return isTabId(raw.tabId) && isDirection(raw.direction) ? { type: 'step-highlight', tabId: raw.tabId, direction: raw.direction } : null;
    case 'lens-report':
      return isLensReport(raw.report) ? { type: 'lens-report', report: raw.report } : null;
    default:
      return null;
  }
}

/** The lens's side: only these two messages are acted on. */
export function parseLensMessage(raw: unknown): LensMessage | null {
  if (!isObject(raw)) return null;
  if (raw.type === 'lens-step') return isDirection(raw.direction) ? { type: 'lens-step', direction: raw.direction } : null;
  if (raw.type === 'lens-teardown') return { type: 'lens-teardown' };
  return null;
}
