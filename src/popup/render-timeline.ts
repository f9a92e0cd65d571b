/** The trip day by day, with the day this page covers marked. */
import { h, uid } from './h';
import { formatDay } from './format';
import type { TimelineRow } from './model';

const MARK_WORDS = { published: 'this page’s date', names: 'this page’s names point here' } as const;

export function renderTimeline(rows: readonly TimelineRow[]): HTMLElement {
  const headingId = uid('timeline');
  return h('section', { class: 'timeline', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'The trip, day by day'),
    h('ol', { class: 'days' }, rows.map((r) =>
      h('li', { class: r.mark ? 'day marked' : 'day', 'aria-current': r.mark ? 'date' : null },
        h('time', { datetime: r.date }, formatDay(r.date)),
        h('div', { class: 'day-body' },
          h('span', { class: 'day-place' }, r.placeName),
          r.mark ? h('span', { class: 'day-mark' }, MARK_WORDS[r.mark]) : null,
          h('p', {}, r.text)),
      ))),
  );
}
