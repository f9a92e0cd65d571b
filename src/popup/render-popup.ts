/** Puts the popup together for one tab: the story summary on a matching page, the plain answer otherwise. */
import type { RevealTarget } from '../shared/messages';
import { h } from './h';
import { groupEntities, mapModel, quotesBySpeaker, timeline } from './model';
import { summaryMarkdown } from './markdown';
import { renderStory } from './render-story';
import { renderEntities, type RevealHandler } from './render-entities';
import { renderQuotes } from './render-quotes';
import { renderTimeline } from './render-timeline';
import { renderUnmatched, statusLine } from './render-unmatched';
import { renderMap } from './map/render-map';
import type { PopupActions, PopupData, PopupView } from './view';

/** Each click on the same name or quote shows its next mention. */
function revealer(actions: PopupActions): RevealHandler {
  const clicks = new Map<string, number>();
  return (target: RevealTarget, label: string) => {
    const key = target.kind === 'entity' ? `e:${target.id ?? `name:${target.name}`}` : `q:${target.index}`;
    const n = clicks.get(key) ?? 0;
    clicks.set(key, n + 1);
    void actions.reveal(target, n).then((r) => {
      if (r && r.total > 0 && r.shown >= 0) actions.announce(`Showing ${label} on the page: ${r.shown + 1} of ${r.total}.`);
      else actions.announce(`Could not show ${label} on the page${r === null ? ': StoryLens is not running there' : ''}.`);
    });
  };
}

function highlightSwitch(view: PopupView, actions: PopupActions): HTMLButtonElement {
  const b = h('button', { type: 'button', role: 'switch', class: 'switch', 'aria-checked': String(view.highlightsOn) },
    h('span', { class: 'switch-track', 'aria-hidden': 'true' }, h('span', { class: 'switch-thumb' })),
    ' Highlights on this page');
  b.addEventListener('click', () => {
    const on = b.getAttribute('aria-checked') !== 'true';
    b.setAttribute('aria-checked', String(on));
    void actions.setHighlights(on).then((ok) => actions.announce(ok ? `Highlights ${on ? 'shown' : 'hidden'}.` : 'StoryLens is not running on that page.'));
  });
  return b;
}

function toolbar(view: PopupView, actions: PopupActions, data: PopupData): HTMLElement {
  const report = view.report!;
  const copy = h('button', { type: 'button', class: 'secondary' }, 'Copy summary');
  copy.addEventListener('click', () => {
    const text = summaryMarkdown(report, data.dataset, data.byId, view.tabUrl);
    void actions.copy(text).then((ok) => actions.announce(ok ? 'Summary copied as Markdown.' : 'Could not copy the summary.'));
  });
  const open = view.inTab ? null : h('button', { type: 'button', class: 'secondary' }, 'Open in a tab');
  open?.addEventListener('click', () => actions.openInTab());
  return h('div', { class: 'actions', role: 'group', 'aria-label': 'Actions' }, highlightSwitch(view, actions), copy, open);
}

function renderMatched(view: PopupView, actions: PopupActions, data: PopupData): HTMLElement[] {
  const report = view.report!;
  const { dataset, byId, basemap } = data;
  const onReveal = revealer(actions);
  const routeNames = dataset.story.route.map((id) => byId.get(id)?.name ?? id).filter((n, i, a) => n !== a[i - 1]);
  const mapSection = h('section', { class: 'map-section', 'aria-labelledby': 'map-h' },
    h('h2', { id: 'map-h' }, 'Where it happened'),
    renderMap(basemap, mapModel(report, dataset, byId, basemap.points), routeNames));
  return [
    h('p', { id: 'status', class: 'status-line sr-only' }, statusLine(view)),
    renderStory(dataset.story, report),
    toolbar(view, actions, data),
    renderEntities(groupEntities(report.entities, byId), onReveal),
    renderQuotes(quotesBySpeaker(report.quotes, byId), onReveal),
    renderTimeline(timeline(report, dataset, byId)),
    mapSection,
  ];
}

/** Replaces the contents of `root` (the page's <main>) with the view. */
export function renderPopup(root: HTMLElement, view: PopupView, actions: PopupActions, data: PopupData): void {
  const parts = view.report?.story.matched ? renderMatched(view, actions, data) : renderUnmatched(view, actions, data);
  if (!view.report?.story.matched && !view.inTab && view.webPage) {
    const open = h('button', { type: 'button', class: 'link' }, 'Open in a tab');
    open.addEventListener('click', () => actions.openInTab());
    parts.push(h('p', { class: 'footer-actions' }, open));
  }
  root.replaceChildren(...parts);
  root.dataset.state = view.report ? (view.report.story.matched ? 'matched' : 'unmatched') : 'no-report';
}
