// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, HIGHLIGHT_KINDS, type Settings } from '../../src/shared/settings';
import { AA_MARK, AA_TEXT, contrastChecks, contrastRatio, DARK_PAGE, HIGHLIGHT_INK, LIGHT_PAGE, parseHex } from '../../src/options/contrast';
import { renderOptions, toInputColour, type OptionsActions, type OptionsState } from '../../src/options/render-options';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // The well-known AA borderline: #767676 passes 4.5:1 on white, #777777 does not.
    expect(contrastRatio('#767676', '#ffffff')!).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')!).toBeLessThan(4.5);
    expect(contrastRatio('red', '#fff')).toBeNull();
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
  });

  it('the default name tints keep the highlighted text at AA, the quote underline shows on white and dark pages', () => {
    for (const kind of HIGHLIGHT_KINDS) {
      const colour = DEFAULT_SETTINGS.colours[kind];
      if (kind === 'quote') {
        expect(contrastRatio(colour, LIGHT_PAGE)!, kind).toBeGreaterThanOrEqual(AA_MARK);
        expect(contrastRatio(colour, DARK_PAGE)!, kind).toBeGreaterThanOrEqual(AA_MARK);
      } else {
        expect(contrastRatio(colour, HIGHLIGHT_INK)!, kind).toBeGreaterThanOrEqual(AA_TEXT);
      }
      expect(contrastChecks(kind, colour).every((c) => c.ok), kind).toBe(true);
    }
  });

  it('flags a colour that falls short', () => {
    const [white, dark] = contrastChecks('quote', '#ffeb3b');
    expect(white!.ok).toBe(false);
    expect(dark!.ok).toBe(true);
    expect(contrastChecks('person', '#333333')[0]!.ok).toBe(false);
  });
});

function fake(): OptionsActions & { saved: Settings[]; allSites: boolean[]; said: string[] } {
  const saved: Settings[] = [];
  const allSites: boolean[] = [];
  const said: string[] = [];
  return { saved, allSites, said, save: (s) => saved.push(s), setAllSites: (on) => allSites.push(on), announce: (t) => said.push(t) };
}

const settingsWith = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over });
let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const fire = (el: Element, type: string) => el.dispatchEvent(new Event(type, { bubbles: true }));

describe('options form', () => {
  it('shows every kind with its switch, colour, sample and contrast, each control labelled', () => {
    const state: OptionsState = { settings: settingsWith({ kinds: { ...DEFAULT_SETTINGS.kinds, thing: false } }), allSites: false };
    renderOptions(root, state, fake());
    for (const kind of HIGHLIGHT_KINDS) {
      const check = input(`kind-${kind}`);
      expect(check.checked).toBe(kind !== 'thing');
      expect(root.querySelector(`label[for="kind-${kind}"]`)).not.toBeNull();
      expect(root.querySelector(`label[for="colour-${kind}"]`)!.textContent).toMatch(/^Colour for /);
      expect(input(`colour-${kind}`).value).toBe(DEFAULT_SETTINGS.colours[kind]);
      expect(document.getElementById(`contrast-${kind}`)!.textContent).toContain('(meets AA)');
    }
    const sample = root.querySelector('.sample-person') as HTMLElement;
    expect(sample.style.backgroundColor).toBe('rgb(255, 224, 138)');
    expect(input('hover-delay').value).toBe(String(DEFAULT_SETTINGS.hoverDelayMs));
    expect(input('mode-everywhere').checked).toBe(true);
    for (const m of ['everywhere', 'news-sites', 'click']) expect(root.querySelector(`label[for="mode-${m}"]`), m).not.toBeNull();
  });

  it('saves a kind switched off, a new colour, the hover delay and auto-detect', () => {
    const actions = fake();
    renderOptions(root, { settings: settingsWith(), allSites: false }, actions);
    input('kind-place').checked = false;
    fire(input('kind-place'), 'change');
    expect(actions.saved.at(-1)!.kinds.place).toBe(false);

    const colour = input('colour-person');
    colour.value = '#333333';
    fire(colour, 'input');
    expect(document.getElementById('contrast-person')!.textContent).toContain('below the 4.5:1 AA needs');
    expect(actions.saved).toHaveLength(1); // previews while choosing, stores on change
    fire(colour, 'change');
    expect(actions.saved.at(-1)!.colours.person).toBe('#333333');

    input('hover-delay').value = '800';
    fire(input('hover-delay'), 'change');
    expect(actions.saved.at(-1)!.hoverDelayMs).toBe(800);
    expect(input('mode-everywhere').checked).toBe(true);
    input('mode-click').checked = true;
    fire(input('mode-click'), 'change');
    expect(actions.saved.at(-1)!.mode).toBe('click');
    input('mode-news-sites').checked = true;
    fire(input('mode-news-sites'), 'change');
    expect(actions.saved.at(-1)!.mode).toBe('news-sites');
  });

  it('adds and removes sites where StoryLens never runs', () => {
    const actions = fake();
    renderOptions(root, { settings: settingsWith({ neverRun: ['example.com'] }), allSites: false }, actions);
    expect([...root.querySelectorAll('.never-list .site')].map((s) => s.textContent)).toEqual(['example.com']);
    input('never-input').value = 'https://www.Spiegel.de/politik/x';
    fire(root.querySelector('form.never-form')!, 'submit');
    expect(actions.saved.at(-1)!.neverRun).toEqual(['example.com', 'spiegel.de']);
    input('never-input').value = 'not a site';
    fire(root.querySelector('form.never-form')!, 'submit');
    expect(actions.saved).toHaveLength(1);
    expect(actions.said.at(-1)).toBe('Type a site name such as example.com.');
    (root.querySelector('button[aria-label="Remove example.com"]') as HTMLButtonElement).click();
    expect(actions.saved.at(-1)!.neverRun).toEqual([]);
  });

  it('asks for, or gives up, access to all sites', () => {
    const actions = fake();
    renderOptions(root, { settings: settingsWith(), allSites: false }, actions);
    const ask = document.getElementById('all-sites') as HTMLButtonElement;
    expect(ask.textContent).toBe('Allow StoryLens to read web pages');
    ask.click();
    renderOptions(root, { settings: settingsWith(), allSites: true }, actions);
    const remove = document.getElementById('all-sites') as HTMLButtonElement;
    expect(remove.textContent).toBe('Remove access to web pages');
    remove.click();
    expect(actions.allSites).toEqual([true, false]);
  });

  it('restores the defaults but keeps the never-run list', () => {
    const actions = fake();
    renderOptions(root, { settings: settingsWith({ hoverDelayMs: 1500, neverRun: ['a.com'], colours: { ...DEFAULT_SETTINGS.colours, person: '#000000' } }), allSites: false }, actions);
    (document.getElementById('reset') as HTMLButtonElement).click();
    expect(actions.saved.at(-1)).toEqual({ ...DEFAULT_SETTINGS, neverRun: ['a.com'] });
  });

  it('gives colour inputs a six-digit hex', () => {
    expect(toInputColour('#abc', '#000000')).toBe('#aabbcc');
    expect(toInputColour('rgb(1,2,3)', '#ffe08a')).toBe('#ffe08a');
  });
});
