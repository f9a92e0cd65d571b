/**
 * The toolbar badge: on a page that carries the story, the number of names StoryLens can explain
 * there, on a calm blue that keeps white text readable (contrast 6.4:1). Nothing on other pages.
 */
import type browser from 'webextension-polyfill';
import type { LensReport } from '../shared/messages';

export const BADGE_BACKGROUND = '#1a5fb4';
export const BADGE_TEXT = '#ffffff';
const DEFAULT_TITLE = 'StoryLens';

export interface Badge {
  text: string;
  title: string;
}

/** The badge for a report, or null when the page does not carry the story. */
export function badgeFor(report: Pick<LensReport, 'story' | 'entities'> | null): Badge | null {
  if (!report?.story.matched) return null;
  const known = report.entities.filter((e) => e.id !== null).length;
  const text = known > 99 ? '99+' : String(known);
  const names = known === 1 ? '1 name' : `${known} names`;
  return { text, title: `StoryLens: ${report.story.title} — ${names} explained on this page` };
}

/** The toolbar button's API (browser.action), passed in so this module loads without a browser. */
export type ActionApi = Pick<browser.Action.Static, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> & Partial<Pick<browser.Action.Static, 'setBadgeTextColor'>>;

export async function showBadge(a: ActionApi, tabId: number, report: LensReport | null): Promise<void> {
  const badge = badgeFor(report);
  if (!badge) return clearBadge(a, tabId);
  try {
    await a.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
    await a.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
    await a.setBadgeText({ tabId, text: badge.text });
    await a.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

export async function clearBadge(a: ActionApi, tabId: number): Promise<void> {
  try {
    await a.setBadgeText({ tabId, text: '' });
    // Chrome refuses null here, so the manifest's default title is set back explicitly.
    await a.setTitle({ tabId, title: DEFAULT_TITLE });
  } catch {
    // The tab is gone: so is its badge.
  }
}
