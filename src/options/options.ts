/**
 * The options page (also the first-run welcome page, ?welcome=1). Settings live in storage.sync
 * under one key (shared/settings.ts); the lens in every open tab listens to storage.onChanged,
 * so a change here shows on open pages at once.
 */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { renderOptions, type OptionsActions, type OptionsState } from './render-options';

/** The one host permission (manifest host_permissions): every http(s) page. */
const ALL_SITES = ['*://*/*'];

async function hasOrigins(origins: string[]): Promise<boolean | null> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return null;
  }
}

/**
 * The first-run page. Chrome grants the host permission at install. Firefox shows it in its install
 * prompt too, but the user can withhold or later revoke it (and some installs come without it):
 * when it is missing, the welcome section offers a button that asks for it (a permission request
 * must come straight from a click). StoryLens works either way: without it, only on a click.
 */
async function setUpWelcome(announce: (t: string) => void): Promise<void> {
  const welcome = document.getElementById('welcome');
  if (!welcome || !new URLSearchParams(location.search).has('welcome')) return;
  welcome.hidden = false;
  const origins = ALL_SITES;
  const box = document.getElementById('welcome-access');
  const button = document.getElementById('welcome-allow');
  if (!box || !button || origins.length === 0 || (await hasOrigins(origins)) !== false) return;
  box.hidden = false;
  button.addEventListener('click', () => {
    // Straight from the click: Firefox grants permissions only in answer to the user's gesture.
    void browser.permissions.request({ origins }).then((ok) => {
      box.hidden = ok;
      announce(ok ? 'StoryLens may now look for the story on the pages you open.' : 'StoryLens still has no access to web pages; it works when you click its toolbar button.');
    });
  });
}

async function main(): Promise<void> {
  const root = document.getElementById('settings');
  const announcer = document.getElementById('announce');
  if (!root) return;
  const announce = (text: string) => {
    if (!announcer) return;
    announcer.textContent = '';
    window.setTimeout(() => (announcer.textContent = text), 50);
  };
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  const state: OptionsState = { settings: parseSettings(stored[SETTINGS_KEY]), allSites: await hasOrigins(ALL_SITES) };

  const render = () => {
    // Re-rendering replaces the controls; put the keyboard focus back where it was.
    const focused = document.activeElement?.id;
    renderOptions(root, state, actions);
    const again = focused ? document.getElementById(focused) : null;
    (again ?? (focused ? document.getElementById('never-input') : null))?.focus();
    document.body.dataset.ready = 'true';
  };

  const actions: OptionsActions = {
    save(next: Settings) {
      state.settings = parseSettings(next);
      render();
      void browser.storage.sync.set({ [SETTINGS_KEY]: state.settings }).then(
        () => announce('Saved. Open pages follow at once.'),
        () => announce('Could not save the settings.'),
      );
    },
    setAllSites(on: boolean) {
      const ask = on ? browser.permissions.request({ origins: ALL_SITES }) : browser.permissions.remove({ origins: ALL_SITES });
      void ask.then(async () => {
        state.allSites = await hasOrigins(ALL_SITES);
        render();
        announce(state.allSites ? 'StoryLens may read the pages you open.' : 'StoryLens has no access to web pages; it works when you click its toolbar button.');
      }, () => announce('The browser did not change the access.'));
    },
    announce,
  };

  // Settings changed elsewhere (another window, another synced browser).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const next = parseSettings(changes[SETTINGS_KEY]?.newValue);
    if (JSON.stringify(next) === JSON.stringify(state.settings)) return;
    state.settings = next;
    render();
  });

  render();
  await setUpWelcome(announce);
}

void main();
