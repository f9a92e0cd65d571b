/** The quotes on the page, grouped by speaker, each with the outlet it came through. */
import { h, uid } from './h';
import { listInWords } from './format';
import type { SpeakerGroup } from './model';
import type { RevealHandler } from './render-entities';

export function renderQuotes(groups: readonly SpeakerGroup[], onReveal: RevealHandler): HTMLElement {
  const headingId = uid('quotes');
  return h('section', { class: 'quotes', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'Quotes'),
    groups.length === 0 ? h('p', { class: 'quiet' }, 'No attributed quotes found on this page.') : null,
    groups.map((g) => {
      const gid = uid('speaker');
      return h('section', { class: 'speaker', 'aria-labelledby': gid },
        h('h3', { id: gid }, g.speaker ?? 'Speaker not named', g.description ? h('span', { class: 'speaker-desc' }, ` — ${g.description}`) : null),
        h('ul', { class: 'quote-list' }, g.quotes.map((q) => {
          const b = h('button', { type: 'button', class: 'quote', title: 'Show on the page' }, `“${q.text}”`);
          b.addEventListener('click', () => onReveal({ kind: 'quote', index: q.index }, g.speaker ? `the quote from ${g.speaker}` : 'the quote'));
          return h('li', {}, b, q.via.length ? h('p', { class: 'via' }, `via ${listInWords(q.via)}`) : null);
        })),
      );
    }),
  );
}
