/**
 * The user's settings: what to highlight and in which colours, how long to hover before a card
 * opens, where the sentinel runs on its own (every site, the news-site list, or nowhere: only on a
 * click), and sites where StoryLens must never run.
 * Stored in storage.sync under one key so they follow the user across browsers. The options page
 * (a later issue) edits them; everything else only reads them through parseSettings, which
 * tolerates missing or damaged values by falling back to the defaults field by field.
 */
export const HIGHLIGHT_KINDS = ['person', 'organisation', 'place', 'thing', 'quote', 'other'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/**
 * Where the sentinel runs by itself. The background registers it (scripting.registerContentScripts)
 * for exactly these pages, so outside them no StoryLens code runs at all:
 * - 'everywhere': every http(s) page (the default);
 * - 'news-sites': only the sites in src/data/news-sites.json;
 * - 'click': nowhere; the lens runs only from the toolbar button or the keyboard command.
 */
export const RUN_MODES = ['everywhere', 'news-sites', 'click'] as const;
export type RunMode = (typeof RUN_MODES)[number];

export interface Settings {
  /** Kinds shown on the page; a kind left out is not highlighted at all. */
  kinds: Record<HighlightKind, boolean>;
  /** CSS colours per kind (background for names; underline for quotes). */
  colours: Record<HighlightKind, string>;
  /** Milliseconds the pointer must rest on a name before its card opens. */
  hoverDelayMs: number;
  /** Where the sentinel runs by itself (see RUN_MODES). */
  mode: RunMode;
  /** Hostnames (and their subdomains) where StoryLens never runs on its own. */
  neverRun: string[];
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  kinds: { person: true, organisation: true, place: true, thing: true, quote: true, other: true },
  // Soft tints that keep the lens's #111 text readable (contrast > 13:1 on each). The quote
  // underline is a mid-tone that stands out (> 3:1) on white and on dark pages alike.
  colours: {
    person: '#ffe08a',
    organisation: '#bfe3ff',
    place: '#c8f0c0',
    thing: '#f3d0ff',
    quote: '#d9480f',
    other: '#e6e6e6',
  },
  hoverDelayMs: 350,
  mode: 'everywhere',
  neverRun: [],
};

// Hex, rgb()/hsl() or a plain colour keyword: nothing that could close the ::highlight rule.
const SAFE_COLOUR = /^(?:#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\)|[a-z]{3,20})$/i;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored value made safe: each field checked on its own, defaults where it is missing or wrong. */
export function parseSettings(raw: unknown): Settings {
  const s = isObject(raw) ? raw : {};
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  const colours = { ...DEFAULT_SETTINGS.colours };
  const rawKinds = isObject(s.kinds) ? s.kinds : {};
  const rawColours = isObject(s.colours) ? s.colours : {};
  for (const k of HIGHLIGHT_KINDS) {
    if (typeof rawKinds[k] === 'boolean') kinds[k] = rawKinds[k];
    const c = rawColours[k];
    if (typeof c === 'string' && SAFE_COLOUR.test(c.trim())) colours[k] = c.trim();
  }
  const delay = s.hoverDelayMs;
  return {
    kinds,
    colours,
    hoverDelayMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(3000, Math.max(0, Math.round(delay))) : DEFAULT_SETTINGS.hoverDelayMs,
    mode: parseMode(s),
    neverRun: Array.isArray(s.neverRun)
      ? s.neverRun.filter((h): h is string => typeof h === 'string').map(normaliseHost).filter((h) => HOST.test(h)).slice(0, 500)
      : [],
  };
}

/** The stored mode; settings saved before modes existed said only autoDetect: false for "only on a click". */
function parseMode(s: Record<string, unknown>): RunMode {
  if (typeof s.mode === 'string' && (RUN_MODES as readonly string[]).includes(s.mode)) return s.mode as RunMode;
  return s.autoDetect === false ? 'click' : DEFAULT_SETTINGS.mode;
}

/** "https://www.Example.com/x" or "www.example.com" → "example.com". */
export function normaliseHost(input: string): string {
  let h = input.trim().toLowerCase();
  h = h.replace(/^[a-z]+:\/\//, '').replace(/[/:?#].*$/, '');
  return h.replace(/^www\./, '');
}

/** True when `hostname` is one of the never-run sites or a subdomain of one. */
export function isNeverRun(hostname: string, neverRun: readonly string[]): boolean {
  const host = normaliseHost(hostname);
  return neverRun.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The new settings when a storage.onChanged event touches ours (area 'sync', key SETTINGS_KEY),
 * else null. A removed key (newValue undefined) means the defaults again.
 */
export function settingsFromChange(changes: Record<string, { newValue?: unknown } | undefined>, area: string): Settings | null {
  if (area !== 'sync') return null;
  const change = changes[SETTINGS_KEY];
  return change ? parseSettings(change.newValue) : null;
}
