/**
 * Firefox MV3 host permissions: the state of a real (permanent, not temporary) install of the
 * built package, and what StoryLens does when the access is withheld. The package is installed
 * through WebDriver BiDi `webExtension.install` with `moz:permanent` (Firefox ESR honours
 * `xpinstall.signatures.required: false`), as opposed to the temporary add-on the other tests
 * use, whose permissions are always granted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireFirefox, ROOT, waitFor } from './harness';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const ZIP = join(ROOT, `dist/storylens-firefox-${pkg.version}.zip`);

describe('Firefox, a permanent install of the built package', () => {
  let ff: Browser;
  let ext: Page;
  beforeAll(async () => {
    if (!existsSync(ZIP)) throw new Error(`${ZIP} is not built: run "npm run build" first`);
    ff = await puppeteer.launch({
      browser: 'firefox', executablePath: requireFirefox(), headless: true,
      extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false },
    });
    await (ff as unknown as { connection: { send(method: string, params: unknown): Promise<unknown> } }).connection.send('webExtension.install', { extensionData: { type: 'archivePath', path: ZIP }, 'moz:permanent': true });
    ext = await waitFor(async () => {
      for (const p of await ff.pages()) if (await p.evaluate(() => location.protocol === 'moz-extension:').catch(() => false)) return p;
      return null;
    }, 'the welcome page opened on install', 20_000);
  }, 60_000);
  afterAll(async () => {
    await ff?.close();
  });

  it('is a normal install, holds access to every http(s) page, registers the sentinel, and the welcome page asks for nothing', async () => {
    expect(await ext.evaluate(() => location.search)).toBe('?welcome=1');
    expect(await ext.evaluate(async () => (await browser.management.getSelf()).installType)).toBe('normal');
    expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['*://*/*'] }))).toBe(true);
    await waitFor(() => ext.evaluate(async () => (await browser.scripting.getRegisteredContentScripts())[0]?.matches?.includes('*://*/*')), 'the sentinel registered');
    await waitFor(() => ext.evaluate(() => document.body.dataset.ready === 'true'), 'the welcome page ready');
    expect(await ext.evaluate(() => document.getElementById('welcome-access')?.hidden)).toBe(true);
  });

  it('when the access is withdrawn, the welcome page offers to ask for it again', async () => {
    expect(await ext.evaluate(() => browser.permissions.remove({ origins: ['*://*/*'] }))).toBe(true);
    expect(await ext.evaluate(() => browser.permissions.contains({ origins: ['*://*/*'] }))).toBe(false);
    await ext.evaluate(() => location.reload());
    await waitFor(() => ext.evaluate(() => document.getElementById('welcome-access')?.hidden === false), 'the access request shown');
    expect(await ext.evaluate(() => document.getElementById('welcome-allow')?.textContent)).toBe('Allow StoryLens to read web pages');
  });
});
