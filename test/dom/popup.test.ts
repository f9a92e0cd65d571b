// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, entitiesById } from '../../src/data/index';
import { makeBasemap } from '../../src/popup/map/make-basemap.mjs';
import { renderPopup } from '../../src/popup/render-popup';
import { summaryMarkdown } from '../../src/popup/markdown';
import { boxesOverlap } from '../../src/popup/map/labels';
import type { PopupActions, PopupData, PopupView } from '../../src/popup/view';
import type { LensReport } from '../../src/shared/messages';
import { LOOKALIKE, MATCHED, SEED_URL } from './popup-fixtures';

const basemap = makeBasemap(dataset.entities.filter((e) => e.coords).map((e) => ({ id: e.id, coords: e.coords! })));
const data: PopupData = { dataset, byId: entitiesById, basemap };

function view(report: LensReport | null, over: Partial<PopupView> = {}): PopupView {
  return {
    tabId: 7, tabUrl: report?.url ?? 'https://example.com/x', webPage: true, report, sentinel: { hit: !!report },
    highlightsOn: true, inTab: false, access: { host: 'www.reuters.com', granted: true }, scanning: false, ...over,
  };
}

function fakeActions(): PopupActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    reveal: vi.fn(async (target, n) => { calls.push(['reveal', target, n]); return { shown: n % 2, total: 2 }; }),
    setHighlights: vi.fn(async (on) => { calls.push(['highlights', on]); return true; }),
    copy: vi.fn(async (text) => { calls.push(['copy', text]); return true; }),
    openInTab: vi.fn(() => calls.push(['open'])),
    scan: vi.fn(() => calls.push(['scan'])),
    highlightAnyway: vi.fn(() => calls.push(['anyway'])),
    requestAccess: vi.fn(() => calls.push(['access'])),
    announce: vi.fn((t) => calls.push(['announce', t])),
  };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const flush = () => new Promise((r) => setTimeout(r, 0));

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
});

describe('popup on a page that carries the story', () => {
  it('shows the story with its dates, one line and the signals folded away', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    expect(root.dataset.state).toBe('matched');
    expect(text(root.querySelector('.story h2'))).toBe(dataset.story.title);
    // The story is its whole arc, from the first reports to the reactions; the page's part of it below.
    expect(text(root.querySelector('.story .dates'))).toBe('4–25 September 2023');
    expect(text(root.querySelector('.story .one-line'))).toBe(dataset.story.oneLine);
    expect(text(root.querySelector('.story .phase'))).toBe('This page: the farewell at Artyom and the return to Pyongyang (17–19 September 2023)');
    const why = root.querySelector('details.why') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    expect(text(why.querySelector('summary'))).toBe('Why this page matched');
    // Strongest first, in plain words; evidence against it listed apart.
    expect([...why.querySelectorAll('ul.for li')].map(text)).toEqual([
      'Names Kim Jong Un and Russia (in the title)',
      'Published on 17 September 2023, during the visit',
      'Mentions Artyom, where Kim left Russia',
    ]);
    expect([...why.querySelectorAll('ul.against li')].map(text)).toEqual(['Mentions Vladivostok, which points to the 2019 summit']);
  });

  it('groups the names People / Organisations / Places / Things with counts and one-line descriptions', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    const groups = [...root.querySelectorAll('.entities section.group')];
    expect(groups.map((g) => text(g.querySelector('h3')))).toEqual(['People (4)', 'Organisations (3)', 'Places (5)', 'Things (1)']);
    const people = [...groups[0]!.querySelectorAll('li.entity')];
    expect(people.map((li) => text(li.querySelector('.name')))).toEqual(['Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Yoon Suk Yeol']);
    const shoigu = groups[0]!.querySelector('li[data-id="sergei-shoigu"]')!;
    expect(text(shoigu.querySelector('.count'))).toBe('2 mentions');
    expect(text(shoigu.querySelector('.desc'))).toBe(entitiesById.get('sergei-shoigu')!.description);
    expect(text(groups[2]!.querySelector('li[data-id="khasan"] .count'))).toBe('1 mention');
  });

  it('opens the background note, the role and the later changes from a disclosure button', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    const shoigu = root.querySelector('li[data-id="sergei-shoigu"]')!;
    const more = shoigu.querySelector('button.more') as HTMLButtonElement;
    const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(more.getAttribute('aria-label')).toBe('About Sergei Shoigu');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const e = entitiesById.get('sergei-shoigu')!;
    expect(text(panel.querySelector('.note'))).toBe(e.note);
    expect(text(panel.querySelector('.role'))).toBe(e.role);
    const later = [...panel.querySelectorAll('.later li')];
    expect(later).toHaveLength(e.later!.length);
    expect(text(later[0])).toContain('(after the story)');
    more.click();
    expect(panel.hidden).toBe(true);
  });

  it('lists names without notes quietly, apart from the groups', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    const others = root.querySelector('.others')!;
    expect(text(others.querySelector('h3'))).toBe('Other names, without notes');
    expect([...others.querySelectorAll('.other-name')].map(text)).toEqual(['Daily Ledger', 'Clarence Fernandez']);
    expect(root.querySelectorAll('.group .other-name')).toHaveLength(0);
  });

  it('groups quotes by speaker with the outlet each came through', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    const speakers = [...root.querySelectorAll('.quotes section.speaker')];
    expect(speakers.map((s) => text(s.querySelector('h3')).split(' — ')[0])).toEqual([
      'Korean Central News Agency (KCNA)', 'Yoon Suk Yeol', 'a ministry official', 'Speaker not named',
    ]);
    const yoon = speakers[1]!;
    expect([...yoon.querySelectorAll('.quote')].map(text)).toEqual(['“illegal and unjust”', '“unite more tightly”']);
    expect([...yoon.querySelectorAll('.via')].map(text)).toEqual(['via Associated Press (AP)', 'via Associated Press']);
    expect(text(speakers[3]!.querySelector('.via'))).toBe('via Reuters');
  });

  it('asks the lens for the first mention, then the next, of a clicked name or quote', async () => {
    const actions = fakeActions();
    renderPopup(root, view(MATCHED), actions, data);
    const shoigu = root.querySelector('li[data-id="sergei-shoigu"] button.name') as HTMLButtonElement;
    shoigu.click();
    shoigu.click();
    (root.querySelector('.other-name') as HTMLButtonElement).click();
    const quotes = root.querySelectorAll<HTMLButtonElement>('button.quote');
    quotes[2]!.click(); // Yoon's second quote: index 3 in the report
    await flush();
    expect(actions.calls.filter((c) => c[0] === 'reveal')).toEqual([
      ['reveal', { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, 0],
      ['reveal', { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, 1],
      ['reveal', { kind: 'entity', id: null, name: 'Daily Ledger' }, 0],
      ['reveal', { kind: 'quote', index: 3 }, 0],
    ]);
    expect(actions.calls).toContainEqual(['announce', 'Showing Sergei Shoigu on the page: 2 of 2.']);
  });

  it('marks the day the page covers on the timeline', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    const marked = [...root.querySelectorAll('.timeline li.marked')];
    const expected = dataset.story.timeline.filter((t) => t.date === '2023-09-17').length;
    expect(expected).toBeGreaterThan(0);
    expect(marked).toHaveLength(expected);
    for (const li of marked) {
      expect(li.getAttribute('aria-current')).toBe('date');
      expect(li.querySelector('time')!.getAttribute('datetime')).toBe('2023-09-17');
      expect(text(li.querySelector('.day-mark'))).toBe('this page’s date');
    }
    expect(root.querySelectorAll('.timeline li')).toHaveLength(dataset.story.timeline.length);
  });

  it('falls back to the day whose names the page shares when its date is unknown', () => {
    const noDate = { ...MATCHED, published: null, entities: [
      { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'person' as const, count: 3 },
      { id: 'denis-manturov', name: 'Denis Manturov', type: 'person' as const, count: 1 },
      { id: 'su-35', name: 'Su-35', type: 'thing' as const, count: 1 },
      { id: 'komsomolsk-on-amur', name: 'Komsomolsk-on-Amur', type: 'place' as const, count: 2 },
    ] };
    renderPopup(root, view(noDate), fakeActions(), data);
    const marked = [...root.querySelectorAll('.timeline li.marked time')].map((t) => t.getAttribute('datetime'));
    expect(marked).toEqual(['2023-09-15']);
  });

  it('draws the route and the page’s places on the map, with labels that overlap neither each other nor the points', () => {
    renderPopup(root, view(MATCHED), fakeActions(), data);
    const svg = root.querySelector('svg.map')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('path.land')!.getAttribute('d')!.length).toBeGreaterThan(100);
    // Each leg once: the way home retraces the way out.
    const legs = svg.querySelector('path.route')!.getAttribute('d')!.split('M').filter(Boolean);
    expect(legs.length).toBeGreaterThan(5);
    expect(new Set(legs).size).toBe(legs.length);
    expect(legs.length).toBeLessThan(dataset.story.route.length - 1);
    // The page's places are drawn last, on top of route stops at the same spot.
    const circles = [...svg.querySelectorAll('circle')];
    const firstOnPage = circles.findIndex((c) => c.classList.contains('on-page'));
    expect(firstOnPage).toBeGreaterThan(0);
    expect(circles.slice(firstOnPage).every((c) => c.classList.contains('on-page'))).toBe(true);
    const onPage = [...svg.querySelectorAll('circle.on-page')].map((c) => c.getAttribute('data-id'));
    expect(onPage).toEqual(expect.arrayContaining(['artyom', 'khasan', 'pyongyang']));
    expect(onPage).not.toContain('moscow');
    expect(text(root.querySelector('.off-map'))).toContain('Moscow and New York');
    const labels = [...svg.querySelectorAll('text.label')];
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.map((l) => l.getAttribute('data-id'))).toEqual(expect.arrayContaining(['pyongyang', 'vostochny-cosmodrome']));
    // Rebuild each label's box from its attributes (same metrics as the placement).
    const boxes = labels.map((l) => ({ x: Number(l.getAttribute('x')), y: Number(l.getAttribute('y')) - 9.5, w: l.textContent!.length * 5.8, h: 12 }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
    const points = [...svg.querySelectorAll('circle')].map((c) => ({ x: Number(c.getAttribute('cx')) - 2.9, y: Number(c.getAttribute('cy')) - 2.9, w: 5.8, h: 5.8 }));
    for (const b of boxes) for (const p of points) expect(boxesOverlap(b, p)).toBe(false);
    expect(text(svg.querySelector('desc'))).toContain('Pyongyang, then Tumangang');
  });

  it('switches the highlights off and on and reports it', async () => {
    const actions = fakeActions();
    renderPopup(root, view(MATCHED), actions, data);
    const sw = root.querySelector('button[role="switch"]') as HTMLButtonElement;
    expect(sw.getAttribute('aria-checked')).toBe('true');
    sw.click();
    expect(sw.getAttribute('aria-checked')).toBe('false');
    sw.click();
    await flush();
    expect(actions.calls.filter((c) => c[0] === 'highlights')).toEqual([['highlights', false], ['highlights', true]]);
    expect(actions.calls).toContainEqual(['announce', 'Highlights hidden.']);
  });

  it('copies a Markdown summary and opens itself in a tab', async () => {
    const actions = fakeActions();
    renderPopup(root, view(MATCHED), actions, data);
    const buttons = [...root.querySelectorAll('.actions button')] as HTMLButtonElement[];
    buttons.find((b) => text(b) === 'Copy summary')!.click();
    buttons.find((b) => text(b) === 'Open in a tab')!.click();
    await flush();
    const copied = actions.calls.find((c) => c[0] === 'copy')![1] as string;
    expect(copied).toBe(summaryMarkdown(MATCHED, dataset, entitiesById, SEED_URL));
    expect(actions.calls).toContainEqual(['open']);
    renderPopup(root, view(MATCHED, { inTab: true }), actions, data);
    expect([...root.querySelectorAll('button')].map(text)).not.toContain('Open in a tab');
  });
});

describe('Markdown summary', () => {
  it('holds the story, each name with its one line, the quotes with speakers and the page URL', () => {
    const md = summaryMarkdown(MATCHED, dataset, entitiesById, SEED_URL);
    expect(md.startsWith(`# ${dataset.story.title.replace(/'/g, "'")}\n`)).toBe(true);
    expect(md).toContain(`4–25 September 2023. ${dataset.story.oneLine}`);
    expect(md).toContain('This page: the farewell at Artyom and the return to Pyongyang (17–19 September 2023).');
    expect(md).toContain(`Page: [North Korea's Kim heads home after Russia trip \\| Reuters](<${SEED_URL}>)`);
    expect(md).toContain('### People');
    expect(md).toContain(`- **Sergei Shoigu** (2 mentions): ${entitiesById.get('sergei-shoigu')!.description}`);
    expect(md).toContain('Other names, without notes: Daily Ledger, Clarence Fernandez');
    expect(md).toContain('- **Yoon Suk Yeol**: “illegal and unjust” (via Associated Press (AP))');
    expect(md).toContain('- Unattributed: “We will remember this” (via Reuters)');
    expect(md.indexOf('## Names on the page')).toBeLessThan(md.indexOf('## Quotes'));
  });

  it('keeps page text from turning into Markdown', () => {
    const tricky = { ...MATCHED, quotes: [{ text: 'see [link](javascript:x) *now*', speaker: null, via: [] }] };
    expect(summaryMarkdown(tricky, dataset, entitiesById, null)).toContain('“see \\[link\\](javascript:x) \\*now\\*”');
  });
});

describe('popup on a page that does not carry the story', () => {
  it('names the related story with its summary and offers to highlight anyway', () => {
    const actions = fakeActions();
    renderPopup(root, view(LOOKALIKE, { access: { host: 'apnews.com', granted: true } }), actions, data);
    expect(root.dataset.state).toBe('unmatched');
    expect(text(root.querySelector('#status'))).toBe('This page does not carry the story.');
    const related = dataset.related.find((r) => r.id === 'summit-2019-04')!;
    expect(text(root.querySelector('.related-line'))).toBe(`This page is about ${related.title}, not ${dataset.story.title}.`);
    expect(text(root.querySelector('.related'))).toContain(related.summary);
    expect(text(root.querySelector('.related .dates'))).toBe('24–26 April 2019');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map(text)).toEqual(['Highlight the known names anyway', 'Open in a tab']);
    buttons[0]!.click();
    expect(actions.calls).toContainEqual(['anyway']);
  });

  it('says plainly when the page was looked at and found nothing, and offers a scan', () => {
    const actions = fakeActions();
    renderPopup(root, view(null, { sentinel: { hit: false } }), actions, data);
    expect(text(root.querySelector('#status'))).toBe('StoryLens looked at this page.');
    expect(text(root)).toContain(`say nothing about ${dataset.story.title}`);
    const scan = [...root.querySelectorAll('button')].find((b) => text(b) === 'Scan this page anyway')!;
    scan.click();
    expect(actions.calls).toContainEqual(['scan']);
  });

  it('asks for access to the site when the browser has not granted it', () => {
    const actions = fakeActions();
    renderPopup(root, view(null, { sentinel: null, access: { host: 'www.example.org', granted: false } }), actions, data);
    expect(text(root.querySelector('#status'))).toBe('StoryLens has not looked at this page.');
    const access = root.querySelector('section.access')!;
    expect(text(access.querySelector('h2'))).toBe('No access to www.example.org');
    expect(text(access)).toContain('nothing is sent anywhere');
    (access.querySelector('button') as HTMLButtonElement).click();
    expect(actions.calls).toContainEqual(['access']);
  });

  it('offers nothing to do on a browser page', () => {
    renderPopup(root, view(null, { tabUrl: 'about:addons', webPage: false, access: null, sentinel: null }), fakeActions(), data);
    expect(text(root.querySelector('#status'))).toBe('StoryLens works on web pages only.');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });
});

describe('the popup and options sources', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  it('never build DOM from HTML strings', () => {
    const sources = [...files('src/popup'), ...files('src/options')].filter((f) => /\.(ts|html)$/.test(f));
    expect(sources.length).toBeGreaterThan(5);
    for (const f of sources) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/);
      // CSP: no inline script or style attribute in our pages.
      if (f.endsWith('.html')) expect(src, f).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    }
  });
});
