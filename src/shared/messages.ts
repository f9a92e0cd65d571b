/**
 * Every message that crosses a boundary between our scripts, and the checks applied on receipt.
 * The background trusts nothing it has not checked here: shape first, then sender (see sender.ts).
 */
// Type-only: the schema module pulls in zod, which has no place in the background or content bundles.
import type { EntityType } from '../data/schema';
import type { Block, PageMeta } from '../core/types';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'thing'];

export type StepDirection = 'next' | 'previous';
export type HighlightBackendName = 'highlight-api' | 'wrap' | 'none';

export interface ReportParty {
  id: string | null;
  name: string;
  /** A speaker not in the dataset: the title the page gives. */
  title?: string;
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
    /** The part of the story's arc the page is about (matched pages only). */
    phase: { id: string; label: string } | null;
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
  | { type: 'get-lens-report'; tabId: number }
  /** From the popup: scroll the tab to mention `n` (0-based, wrapping) of an entity or quote, and flash it. */
  | { type: 'reveal'; tabId: number; target: RevealTarget; n: number }
  /** From the popup: hide (on: false) or show again this page's highlights; the analysis stays. */
  | { type: 'set-highlights'; tabId: number; on: boolean }
  /** From the popup on a page that did not match: run the lens if needed and highlight the known names anyway. */
  | { type: 'highlight-anyway'; tabId: number }
  /** The lens hands its extracted article text to the background, which runs the pure analysis off the page's main thread. */
  | { type: 'analyze-text'; text: string; blocks: Block[]; meta: PageMeta };

/**
 * What the popup asks the lens to reveal. An entity is named by its dataset id, or (id null) by
 * the name as LensReport.entities gives it; a quote by its index in LensReport.quotes.
 */
export type RevealTarget = { kind: 'entity'; id: string | null; name: string } | { kind: 'quote'; index: number };

/** The lens's answer to lens-reveal: which mention it showed (0-based) of how many; shown -1 when none. */
export interface RevealResult {
  shown: number;
  total: number;
}

/**
 * Messages from the background to the lens in a tab. The lens must act on each type by name and
 * ignore any it does not know — never treat "not lens-step" as teardown. lens-reveal answers a
 * RevealResult (the popup's "showing 2 of 5"); the others answer true.
 */
export type LensMessage =
  | { type: 'lens-step'; direction: StepDirection }
  | { type: 'lens-teardown' }
  /** Scroll mention `n % total` of the target into view and flash it; answer a RevealResult. */
  | { type: 'lens-reveal'; target: RevealTarget; n: number }
  /** Hide (false) or show (true) every highlight on the page without forgetting the analysis. */
  | { type: 'lens-highlights'; on: boolean }
  /** Highlight the known names even though the story did not match (the user asked for it). */
  | { type: 'lens-force' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 50 && v.every((s) => typeof s === 'string' && s.length <= 200);
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isStrOrNull = (v: unknown, max: number): v is string | null => v === null || isStr(v, max);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDirection = (v: unknown): v is StepDirection => v === 'next' || v === 'previous';
const isArrayOf = <T>(v: unknown, max: number, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);
const hasOnly = (o: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(o).every((k) => keys.includes(k));

const isParty = (v: unknown): v is ReportParty =>
  isObject(v) && hasOnly(v, ['id', 'name', 'title']) && isStrOrNull(v.id, 100) && isStr(v.name, 200) && (v.title === undefined || isStr(v.title, 200));
const isSignal = (v: unknown): v is LensReport['story']['signals'][number] =>
  isObject(v) && hasOnly(v, ['kind', 'text', 'weight']) && isStr(v.kind, 40) && isStr(v.text, 300) && isNum(v.weight);
const isRelated = (v: unknown): v is NonNullable<LensReport['story']['related']> =>
  isObject(v) && hasOnly(v, ['id', 'title', 'score']) && isStr(v.id, 100) && isStr(v.title, 300) && isNum(v.score);
const isPhase = (v: unknown): v is NonNullable<LensReport['story']['phase']> =>
  isObject(v) && hasOnly(v, ['id', 'label']) && isStr(v.id, 100) && isStr(v.label, 300);
const isStory = (v: unknown): v is LensReport['story'] =>
  isObject(v) && hasOnly(v, ['id', 'title', 'matched', 'score', 'signals', 'related', 'phase']) &&
  isStr(v.id, 100) && isStr(v.title, 300) && typeof v.matched === 'boolean' && isNum(v.score) &&
  isArrayOf(v.signals, 100, isSignal) && (v.related === null || isRelated(v.related)) &&
  (v.phase === null || isPhase(v.phase));
const isEntity = (v: unknown): v is LensReport['entities'][number] =>
  isObject(v) && hasOnly(v, ['id', 'name', 'type', 'count']) && isStrOrNull(v.id, 100) && isStr(v.name, 200) &&
  (ENTITY_TYPES as readonly unknown[]).includes(v.type) && typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0;
const isQuote = (v: unknown): v is LensReport['quotes'][number] =>
  isObject(v) && hasOnly(v, ['text', 'speaker', 'via']) && isStr(v.text, 1000) && (v.speaker === null || isParty(v.speaker)) && isArrayOf(v.via, 20, isParty);

/** Far above any article (a 5 MB text node is 5 M characters); a bound, so nothing unbounded is accepted. */
const MAX_TEXT = 25_000_000;
const isBlock = (v: unknown): v is Block =>
  isObject(v) && hasOnly(v, ['start', 'end', 'tag']) && isOffset(v.start) && isOffset(v.end) && v.start <= v.end && isStr(v.tag, 20);
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TEXT;
const isPageMeta = (v: unknown): v is PageMeta =>
  isObject(v) && hasOnly(v, ['url', 'title', 'site', 'lang', 'published']) && isStrOrNull(v.url, 4000) && isStr(v.title, 2000) &&
  isStrOrNull(v.site, 300) && isStrOrNull(v.lang, 20) && isStrOrNull(v.published, 10);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;

/** True when `v` is exactly a RevealTarget. */
export function isRevealTarget(v: unknown): v is RevealTarget {
  if (!isObject(v)) return false;
  if (v.kind === 'entity') return hasOnly(v, ['kind', 'id', 'name']) && isStrOrNull(v.id, 100) && isStr(v.name, 200) && v.name.length > 0;
  if (v.kind === 'quote') return hasOnly(v, ['kind', 'index']) && isCount(v.index) && v.index < 300;
  return false;
}

/** True when `v` is exactly a RevealResult. */
export function isRevealResult(v: unknown): v is RevealResult {
  return isObject(v) && hasOnly(v, ['shown', 'total']) && Number.isInteger(v.shown) && (v.shown as number) >= -1 && isCount(v.total);
}

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
    case 'reveal':
      return hasOnly(raw, ['type', 'tabId', 'target', 'n']) && isTabId(raw.tabId) && isRevealTarget(raw.target) && isCount(raw.n)
        ? { type: 'reveal', tabId: raw.tabId, target: raw.target, n: raw.n }
        : null;
    case 'set-highlights':
      return hasOnly(raw, ['type', 'tabId', 'on']) && isTabId(raw.tabId) && typeof raw.on === 'boolean' ? { type: 'set-highlights', tabId: raw.tabId, on: raw.on } : null;
    case 'highlight-anyway':
      return hasOnly(raw, ['type', 'tabId']) && isTabId(raw.tabId) ? { type: 'highlight-anyway', tabId: raw.tabId } : null;
    case 'analyze-text':
      return hasOnly(raw, ['type', 'text', 'blocks', 'meta']) && isStr(raw.text, MAX_TEXT) && isArrayOf(raw.blocks, 500_000, isBlock) && isPageMeta(raw.meta)
        ? { type: 'analyze-text', text: raw.text, blocks: raw.blocks, meta: raw.meta }
        : null;
    default:
      return null;
  }
}

/** The lens's side: only these messages are acted on. */
export function parseLensMessage(raw: unknown): LensMessage | null {
  if (!isObject(raw)) return null;
  if (raw.type === 'lens-step') return isDirection(raw.direction) ? { type: 'lens-step', direction: raw.direction } : null;
  if (raw.type === 'lens-teardown') return { type: 'lens-teardown' };
  if (raw.type === 'lens-reveal') return isRevealTarget(raw.target) && isCount(raw.n) ? { type: 'lens-reveal', target: raw.target, n: raw.n } : null;
  if (raw.type === 'lens-highlights') return typeof raw.on === 'boolean' ? { type: 'lens-highlights', on: raw.on } : null;
  if (raw.type === 'lens-force') return { type: 'lens-force' };
  return null;
}
