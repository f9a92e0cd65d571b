import { describe, expect, it } from 'vitest';
import type browser from 'webextension-polyfill';
import { maySend, senderKind } from '../../src/background/sender';
import { badgeFor } from '../../src/background/badge';
import { contrastRatio } from '../../src/options/contrast';
import { BADGE_BACKGROUND, BADGE_TEXT, clearBadge, showBadge, type ActionApi } from '../../src/background/badge';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as browser.Tabs.Tab;
type Sender = browser.Runtime.MessageSender;

describe('senderKind', () => {
  it('knows our popup, our popup opened in a tab, and our content scripts', () => {
    expect(senderKind({ id: ID, url: `${BASE}popup/popup.html` }, ID, BASE)).toBe('page');
    expect(senderKind({ id: ID, url: `${BASE}popup/popup.html?tab=3`, tab: tab(9) }, ID, BASE)).toBe('page');
    expect(senderKind({ id: ID, url: 'https://www.reuters.com/world/x', tab: tab(3), frameId: 0 }, ID, BASE)).toBe('content');
  });

  it('refuses other extensions, web pages and senders without a tab or our URL', () => {
    const cases: Sender[] = [
      { id: 'someone-else', url: `${BASE}popup/popup.html` },
      { id: 'someone-else', url: 'https://evil.example/', tab: tab(3) },
      { url: 'https://evil.example/', tab: tab(3) },
      { id: ID },
      { id: ID, url: 'https://evil.example/' },
      { id: ID, url: `chrome-extension://${'x'.repeat(32)}/popup.html` },
      { id: ID, url: 'https://evil.example/', tab: { ...tab(3), id: undefined } as browser.Tabs.Tab },
    ];
    for (const s of cases) expect(senderKind(s, ID, BASE), JSON.stringify(s)).toBeNull();
    expect(senderKind({ id: '', url: BASE }, '', BASE)).toBeNull();
    expect(senderKind({ id: ID, url: `${BASE}options/options.html` }, ID, BASE) !== null).toBe(true);
    expect(senderKind({ id: 'other', url: `${BASE}options/options.html` }, ID, BASE) !== null).toBe(false);
  });

  it('lets pages command tabs and content scripts only speak for themselves', () => {
    for (const t of ['get-tab-state', 'get-lens-report', 'scan-tab', 'reveal', 'set-highlights', 'highlight-anyway', 'lens-off', 'step-highlight'] as const) {
      expect(maySend('page', t), t).toBe(true);
      expect(maySend('content', t), t).toBe(false);
    }
    for (const t of ['sentinel', 'lens-report'] as const) {
      expect(maySend('content', t), t).toBe(true);
      expect(maySend('page', t), t).toBe(false);
    }
  });
});

describe('badgeFor', () => {
  const story = { id: 'kim-russia-2023-09', title: 'The visit', matched: true, score: 9, signals: [], related: null, phase: null };
  it('counts the names with notes on a matching page', () => {
    const entities = [
      { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'person' as const, count: 4 },
      { id: 'kcna', name: 'KCNA', type: 'organisation' as const, count: 1 },
      { id: null, name: 'Jane Doe', type: 'person' as const, count: 1 },
    ];
    expect(badgeFor({ story, entities })).toEqual({ text: '2', title: 'StoryLens: The visit — 2 names explained on this page' });
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, name: `E${i}`, type: 'thing' as const, count: 1 }));
    expect(badgeFor({ story, entities: many })!.text).toBe('99+');
  });
  it('shows nothing when the story did not match or nothing is known', () => {
    expect(badgeFor({ story: { ...story, matched: false }, entities: [] })).toBeNull();
    expect(badgeFor(null)).toBeNull();
  });
  it('is readable: white on a calm blue at AA contrast', () => {
    expect(contrastRatio(BADGE_TEXT, BADGE_BACKGROUND)!).toBeGreaterThanOrEqual(4.5);
  });
});

describe('showBadge / clearBadge', () => {
  const fakeAction = () => {
    const calls: [string, unknown][] = [];
    const api: ActionApi = {
      setBadgeText: async (d) => void calls.push(['text', d]),
      setBadgeBackgroundColor: async (d) => void calls.push(['bg', d]),
      setBadgeTextColor: async (d) => void calls.push(['fg', d]),
      setTitle: async (d) => void calls.push(['title', d]),
    };
    return { api, calls };
  };
  const report = {
    url: null, title: 't', site: null, lang: 'en', published: null, highlights: 3, backend: 'highlight-api' as const, quotes: [],
    story: { id: 's', title: 'The visit', matched: true, score: 9, signals: [], related: null, phase: null },
    entities: [{ id: 'kcna', name: 'KCNA', type: 'organisation' as const, count: 2 }],
  };
  it('sets the count, colours and title for the tab only', async () => {
    const { api, calls } = fakeAction();
    await showBadge(api, 12, report);
    expect(calls).toEqual([
      ['bg', { tabId: 12, color: BADGE_BACKGROUND }], ['fg', { tabId: 12, color: BADGE_TEXT }],
      ['text', { tabId: 12, text: '1' }], ['title', { tabId: 12, title: 'StoryLens: The visit — 1 name explained on this page' }],
    ]);
  });
  it('clears it for a page without the story, and survives a closed tab', async () => {
    const { api, calls } = fakeAction();
    await showBadge(api, 12, { ...report, story: { ...report.story, matched: false } });
    expect(calls).toEqual([['text', { tabId: 12, text: '' }], ['title', { tabId: 12, title: 'StoryLens' }]]);
    const closed: ActionApi = { ...api, setBadgeText: async () => { throw new Error('No tab with id: 12'); } };
    await expect(clearBadge(closed, 12)).resolves.toBeUndefined();
  });
});
