/**
 * The sentinel: the only StoryLens code that runs on every news page. It reads a few cheap
 * signals and reports them to the background, which decides whether to inject the lens.
 * FOUNDATION SHELL — the cheap story test arrives with the in-page issue.
 */
import browser from 'webextension-polyfill';

function report(): void {
  browser.runtime.sendMessage({ type: 'sentinel', hit: false, reasons: [] }).catch(() => {
    // The background may be restarting; the page must never see our errors.
  });
}

try {
  report();
} catch {
  // Never throw into the page.
}
