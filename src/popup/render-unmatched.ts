/**
 * The popup on a page that does not carry the story: says so plainly, names the related story
 * when the page is about one, and offers to scan or highlight anyway (and, where the browser
 * makes site access opt-in, to allow it).
 */
import { h, uid } from './h';
import { formatRange } from './format';
import { relatedStory } from './model';
import type { PopupActions, PopupData, PopupView } from './view';

function button(label: string, onClick: () => void, cls = 'secondary'): HTMLButtonElement {
  const b = h('button', { type: 'button', class: cls }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** The one-line state of the page, as shown in #status. */
export function statusLine(view: PopupView): string {
  if (!view.webPage) return 'StoryLens works on web pages only.';
  if (view.report) return view.report.story.matched ? 'This page carries the story.' : 'This page does not carry the story.';
  if (view.scanning || view.sentinel?.hit) return 'StoryLens is reading this page…';
  if (view.sentinel) return 'StoryLens looked at this page.';
  return 'StoryLens has not looked at this page.';
}

function explanation(view: PopupView, data: PopupData): HTMLElement[] {
  const { story } = data.dataset;
  const out: HTMLElement[] = [];
  const related = relatedStory(view.report, data.dataset);
  if (related) {
    const id = uid('related');
    out.push(h('section', { class: 'related', 'aria-labelledby': id },
      h('h2', { id }, 'A related story'),
      h('p', { class: 'related-line' }, 'This page is about ', h('strong', {}, related.title), `, not ${story.title}.`),
      h('p', { class: 'dates' }, h('time', { datetime: related.start }, formatRange(related.start, related.end))),
      h('p', {}, related.summary)));
  } else if (view.report) {
    out.push(h('p', {}, `StoryLens read this page and found no sign that it is about ${story.title}.`));
  } else if (view.sentinel && !view.sentinel.hit && !view.scanning) {
    out.push(h('p', {}, `Its headline and opening lines say nothing about ${story.title}.`));
  } else if (!view.sentinel && !view.scanning && view.webPage) {
    out.push(h('p', {}, 'StoryLens did not check this page by itself: it looks only at pages that read like articles, on the sites your options allow (every site, the news-site list, or only when you click), and not on pages that were already open when it was installed.'));
  }
  return out;
}

function accessNotice(view: PopupView, actions: PopupActions): HTMLElement | null {
  if (!view.access || view.access.granted) return null;
  const id = uid('access');
  return h('section', { class: 'access', 'aria-labelledby': id },
    h('h2', { id }, `No access to ${view.access.host}`),
    h('p', {}, `Your browser lets you choose which sites an extension may read. StoryLens has not been allowed to read pages on ${view.access.host}, so it cannot check them by itself. It reads the page inside your browser only; nothing is sent anywhere.`),
    button(`Allow StoryLens on ${view.access.host}`, () => actions.requestAccess(), 'primary'));
}

export function renderUnmatched(view: PopupView, actions: PopupActions, data: PopupData): HTMLElement[] {
  const canAct = view.webPage;
  const buttons: HTMLElement[] = [];
  if (canAct && !view.report) buttons.push(button('Scan this page anyway', () => actions.scan(), 'primary'));
  if (canAct) buttons.push(button('Highlight the known names anyway', () => actions.highlightAnyway()));
  return [
    h('p', { id: 'status', class: 'status-line' }, statusLine(view)),
    ...explanation(view, data),
    ...[accessNotice(view, actions)].filter((x): x is HTMLElement => x !== null),
    buttons.length ? h('div', { class: 'actions' }, buttons) : h('div', { hidden: true }),
  ];
}
