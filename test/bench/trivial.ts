/**
 * The trivial extension the sentinel is measured against (issue "Reach"): an MV3 extension whose
 * only content script reads `document.title`, on every http(s) page at document_idle, after the
 * same start-mark script as the bench build's sentinel, and with the same `storylens:cs` measure
 * at its end. Written next to the bench builds, for Chromium and Firefox.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';

export const TRIVIAL_CHROME = join(ROOT, 'dist/bench-trivial-chrome');
export const TRIVIAL_FIREFOX = join(ROOT, 'dist/bench-trivial-firefox');

/** The bench build's own start-mark script (build.mjs), injected first here too, so both compiles are inside the measure. */
const BENCH_START = join(ROOT, 'dist/bench-chrome/content/bench-start.js');
const CONTENT = "void document.title;\nperformance.measure('storylens:cs', 'storylens:cs:start');\n";

export function writeTrivialExtensions(): void {
  for (const [dir, browser] of [[TRIVIAL_CHROME, 'chrome'], [TRIVIAL_FIREFOX, 'firefox']] as const) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'content'), { recursive: true });
    copyFileSync(BENCH_START, join(dir, 'content/start.js'));
    writeFileSync(join(dir, 'content/trivial.js'), CONTENT);
    writeFileSync(join(dir, 'background.js'), '// nothing: the launcher waits for a background\n');
    const manifest: Record<string, unknown> = {
      manifest_version: 3, name: 'Trivial', version: '1.0',
      host_permissions: ['*://*/*'],
      content_scripts: [{ matches: ['*://*/*'], js: ['content/start.js', 'content/trivial.js'], run_at: 'document_idle' }],
      background: browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    };
    if (browser === 'firefox') manifest.browser_specific_settings = { gecko: { id: 'trivial@storylens.dev' } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  }
}
