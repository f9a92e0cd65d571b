/**
 * The names on the page, grouped People / Organisations / Places / Things. Each name is a button
 * that shows its next mention on the page; a disclosure button beside it opens the background
 * note, its role in the story and what changed afterwards.
 */
import type { Entity } from '../data/schema';
import type { RevealTarget } from '../shared/messages';
import { h, uid } from './h';
import { formatDate, plural } from './format';
import type { EntityGroups, KnownName } from './model';

export type RevealHandler = (target: RevealTarget, label: string) => void;

function disclosure(name: string, panel: HTMLElement): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'more', 'aria-expanded': 'false', 'aria-controls': panel.id, 'aria-label': `About ${name}` }, h('span', { 'aria-hidden': 'true' }, '▸'));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return button;
}

function details(e: Entity, id: string): HTMLElement {
  const later = e.later ?? [];
  return h('div', { class: 'about', id, hidden: true },
    h('p', { class: 'note' }, e.note),
    h('h4', {}, 'In this story'),
    h('p', { class: 'role' }, e.role),
    later.length
      ? [h('h4', {}, 'After the story'),
        h('ul', { class: 'later' }, later.map((f) => h('li', {}, h('time', { datetime: f.date }, formatDate(f.date)), ' ', h('span', { class: 'after-tag' }, '(after the story)'), ' ', f.text)))]
      : null,
  );
}

function nameItem(n: KnownName, onReveal: RevealHandler): HTMLElement {
  const descId = uid('desc');
  const panel = details(n.entity, uid('about'));
  const count = plural(n.count, 'mention');
  const reveal = h('button', { type: 'button', class: 'name', 'aria-describedby': descId, title: 'Show on the page' }, n.name);
  reveal.addEventListener('click', () => onReveal({ kind: 'entity', id: n.entity.id, name: n.name }, n.name));
  return h('li', { class: 'entity', 'data-id': n.entity.id },
    h('div', { class: 'row' }, reveal, h('span', { class: 'count' }, count), disclosure(n.name, panel)),
    h('p', { class: 'desc', id: descId }, n.entity.description),
    panel,
  );
}

export function renderEntities(model: EntityGroups, onReveal: RevealHandler): HTMLElement {
  const headingId = uid('names');
  return h('section', { class: 'entities', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'Names on this page'),
    model.groups.length === 0 ? h('p', { class: 'quiet' }, 'StoryLens found no names it has notes for.') : null,
    model.groups.map((g) => {
      const gid = uid('group');
      return h('section', { class: `group group-${g.type}`, 'aria-labelledby': gid },
        h('h3', { id: gid }, g.label, ' ', h('span', { class: 'group-count' }, `(${g.names.length})`)),
        h('ul', { class: 'names' }, g.names.map((n) => nameItem(n, onReveal))));
    }),
    model.others.length
      ? h('div', { class: 'others' },
          h('h3', {}, 'Other names, without notes'),
          h('ul', { class: 'quiet-list' }, model.others.map((o) => {
            const b = h('button', { type: 'button', class: 'other-name', title: 'Show on the page' }, o.name);
            b.addEventListener('click', () => onReveal({ kind: 'entity', id: null, name: o.name }, o.name));
            return h('li', {}, b, o.count > 1 ? h('span', { class: 'count' }, ` ×${o.count}`) : null);
          })))
      : null,
  );
}
