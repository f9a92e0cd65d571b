/**
 * The options form, built from plain data: the settings, whether the "all sites" permission is
 * held, and callbacks that store or ask. options.ts wires these to the browser.
 */
import { h, uid } from '../popup/h';
import { DEFAULT_SETTINGS, HIGHLIGHT_KINDS, normaliseHost, RUN_MODES, type HighlightKind, type RunMode, type Settings } from '../shared/settings';
import { contrastChecks, formatRatio, HIGHLIGHT_INK, parseHex } from './contrast';

export const KIND_LABELS: Record<HighlightKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  thing: 'Things',
  quote: 'Quotes (underlined)',
  other: 'Other names, without notes',
};

export interface OptionsState {
  settings: Settings;
  /** Whether StoryLens holds its host permission for web pages (every http/https page); null when the browser cannot say. */
  allSites: boolean | null;
}

export interface OptionsActions {
  save(next: Settings): void;
  /** Asks for (true) or gives up (false) access to web pages; must be called straight from the click. */
  setAllSites(on: boolean): void;
  announce(text: string): void;
}

const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

export const MODE_LABELS: Record<RunMode, { label: string; hint: string }> = {
  everywhere: {
    label: 'On every site (recommended)',
    hint: 'On any page you open, a small script checks whether the page is a news article and, if it is, whether its headline and opening lines might be about the story. On other pages it stops at once.',
  },
  'news-sites': {
    label: 'Only on the news sites it knows',
    hint: 'The same check, but only on a built-in list of about 300 news sites. Elsewhere, click the toolbar button to scan a page.',
  },
  click: {
    label: 'Only when I click its toolbar button',
    hint: 'No StoryLens script runs on any page by itself. Click the toolbar button (or press Alt+Shift+N) to scan the page you are reading.',
  },
};

/** "#abc" → "#aabbcc" for <input type=color>; colours it cannot show fall back to the default. */
export function toInputColour(colour: string, fallback: string): string {
  const rgb = parseHex(colour) ?? parseHex(fallback);
  return rgb ? `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}` : '#000000';
}

function contrastLine(kind: HighlightKind, colour: string): string {
  const checks = contrastChecks(kind, colour);
  if (!checks.length) return 'Contrast unknown for this colour.';
  return checks.map((c) => `${formatRatio(c.ratio)} against ${c.against} ${c.ok ? '(meets AA)' : `(below the ${c.needed}:1 AA needs)`}`).join('; ');
}

function paintSample(sample: HTMLElement, kind: HighlightKind, colour: string): void {
  // CSSOM, not a style attribute: allowed under the extension pages' CSP.
  if (kind === 'quote') {
    sample.style.textDecoration = `underline 2px ${colour}`;
  } else {
    sample.style.backgroundColor = colour;
    sample.style.color = HIGHLIGHT_INK;
  }
}

function kindRow(kind: HighlightKind, state: OptionsState, update: (f: (s: Settings) => Settings) => void): HTMLElement {
  const s = state.settings;
  const checkId = `kind-${kind}`;
  const colourId = `colour-${kind}`;
  const noteId = `contrast-${kind}`;
  const check = h('input', { type: 'checkbox', id: checkId, checked: s.kinds[kind], 'data-kind': kind });
  const colour = h('input', { type: 'color', id: colourId, value: toInputColour(s.colours[kind], DEFAULT_SETTINGS.colours[kind]), 'aria-describedby': noteId, 'data-colour': kind });
  const sample = h('span', { class: `sample sample-${kind}`, 'aria-hidden': 'true' }, kind === 'quote' ? '“a quoted line”' : 'Sergei Shoigu');
  const note = h('span', { class: 'contrast', id: noteId }, contrastLine(kind, s.colours[kind]));
  paintSample(sample, kind, s.colours[kind]);
  check.addEventListener('change', () => update((cur) => ({ ...cur, kinds: { ...cur.kinds, [kind]: check.checked } })));
  // Preview while dragging, store once the choice is made (storage.sync limits writes per minute).
  colour.addEventListener('input', () => {
    paintSample(sample, kind, colour.value);
    note.textContent = contrastLine(kind, colour.value);
  });
  colour.addEventListener('change', () => update((cur) => ({ ...cur, colours: { ...cur.colours, [kind]: colour.value } })));
  return h('div', { class: 'kind-row' },
    h('label', { for: checkId, class: 'kind-label' }, check, ' ', KIND_LABELS[kind]),
    h('label', { for: colourId, class: 'sr-only' }, `Colour for ${KIND_LABELS[kind]}`),
    colour,
    sample,
    note,
  );
}

function neverRunSection(state: OptionsState, update: (f: (s: Settings) => Settings) => void, actions: OptionsActions): HTMLElement {
  const inputId = 'never-input';
  const headingId = uid('never');
  const input = h('input', { type: 'text', id: inputId, placeholder: 'example.com', autocomplete: 'off', spellcheck: 'false' });
  const list = h('ul', { class: 'never-list' },
    state.settings.neverRun.map((site) => {
      const remove = h('button', { type: 'button', class: 'secondary small', 'aria-label': `Remove ${site}` }, 'Remove');
      remove.addEventListener('click', () => {
        update((cur) => ({ ...cur, neverRun: cur.neverRun.filter((x) => x !== site) }));
        actions.announce(`${site} removed.`);
      });
      return h('li', {}, h('span', { class: 'site' }, site), ' ', remove);
    }));
  const form = h('form', { class: 'never-form' },
    h('label', { for: inputId }, 'Site'), ' ', input, ' ', h('button', { type: 'submit', class: 'secondary' }, 'Add'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const host = normaliseHost(input.value);
    if (!HOST.test(host)) {
      actions.announce('Type a site name such as example.com.');
      return;
    }
    if (!state.settings.neverRun.includes(host)) update((cur) => ({ ...cur, neverRun: [...cur.neverRun, host] }));
    actions.announce(`StoryLens will not run on ${host}.`);
  });
  return h('section', { class: 'never', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, 'Sites where StoryLens never runs'),
    h('p', { class: 'hint' }, 'It will not look at these sites, or their subdomains, by itself.'),
    state.settings.neverRun.length ? list : h('p', { class: 'quiet' }, 'None yet.'),
    form);
}

function modeSection(state: OptionsState, update: (f: (s: Settings) => Settings) => void): HTMLElement {
  const headingId = uid('mode');
  return h('fieldset', { class: 'modes', 'aria-labelledby': headingId },
    h('legend', { id: headingId }, 'Look for the story by itself'),
    RUN_MODES.map((mode) => {
      const id = `mode-${mode}`;
      const hintId = `${id}-hint`;
      const radio = h('input', { type: 'radio', name: 'mode', id, value: mode, checked: state.settings.mode === mode, 'aria-describedby': hintId });
      radio.addEventListener('change', () => {
        if (radio.checked) update((cur) => ({ ...cur, mode }));
      });
      return h('div', { class: 'mode-row' },
        h('label', { for: id }, radio, ' ', MODE_LABELS[mode].label),
        h('p', { class: 'hint', id: hintId }, MODE_LABELS[mode].hint));
    }));
}

function allSitesSection(state: OptionsState, actions: OptionsActions): HTMLElement {
  const headingId = uid('all-sites');
  const on = state.allSites === true;
  const button = h('button', { type: 'button', id: 'all-sites', class: on ? 'secondary' : 'primary', 'data-all-sites': on ? 'remove' : 'request' },
    on ? 'Remove access to web pages' : 'Allow StoryLens to read web pages');
  button.addEventListener('click', () => actions.setAllSites(!on));
  return h('section', { 'aria-labelledby': headingId },
    h('h3', { id: headingId }, 'Access to web pages'),
    h('p', { class: 'hint' },
      on
        ? 'StoryLens may read the pages you open. It reads them only inside your browser and sends nothing anywhere.'
        : 'Your browser has not given StoryLens access to web pages, so it cannot look for the story by itself. Click its toolbar button to scan one page, or allow access here.'),
    state.allSites === null ? h('p', { class: 'quiet' }, 'This browser cannot change that here.') : button);
}

/** Replaces the contents of `root` with the form. `update` re-renders through options.ts after saving. */
export function renderOptions(root: HTMLElement, state: OptionsState, actions: OptionsActions): void {
  const update = (f: (s: Settings) => Settings) => actions.save(f(state.settings));
  const highlightsId = uid('highlights');
  const cardsId = uid('cards');
  const whereId = uid('where');
  const delayId = 'hover-delay';
  const delay = h('input', { type: 'range', id: delayId, min: 0, max: 2000, step: 50, value: state.settings.hoverDelayMs, 'aria-valuetext': `${state.settings.hoverDelayMs} milliseconds` });
  const delayOut = h('output', { for: delayId }, `${state.settings.hoverDelayMs} ms`);
  delay.addEventListener('input', () => {
    delayOut.textContent = `${delay.value} ms`;
    delay.setAttribute('aria-valuetext', `${delay.value} milliseconds`);
  });
  delay.addEventListener('change', () => update((cur) => ({ ...cur, hoverDelayMs: Number(delay.value) })));
  const reset = h('button', { type: 'button', id: 'reset', class: 'secondary' }, 'Restore the defaults');
  reset.addEventListener('click', () => {
    actions.save({ ...DEFAULT_SETTINGS, neverRun: state.settings.neverRun });
    actions.announce('Highlight colours, kinds, hover delay and detection restored to their defaults.');
  });

  root.replaceChildren(
    h('section', { class: 'highlights', 'aria-labelledby': highlightsId },
      h('h2', { id: highlightsId }, 'What to highlight'),
      h('p', { class: 'hint' }, 'Names are shown on a tint behind dark text; quotes are underlined. Each colour’s contrast is measured as you choose it.'),
      h('div', { class: 'kinds' }, HIGHLIGHT_KINDS.map((k) => kindRow(k, state, update)))),
    h('section', { 'aria-labelledby': cardsId },
      h('h2', { id: cardsId }, 'Hover cards'),
      h('p', {}, h('label', { for: delayId }, 'Wait before a card opens'), ' ', delay, ' ', delayOut)),
    h('section', { 'aria-labelledby': whereId },
      h('h2', { id: whereId }, 'Where StoryLens runs'),
      modeSection(state, update),
      allSitesSection(state, actions),
      neverRunSection(state, update, actions)),
    h('p', {}, reset),
  );
}
