/**
 * Store-readiness checks over our source (src/) and the BUILT packages (dist/chrome,
 * dist/firefox — run `npm run build` first): no dynamic code, no HTML-string injection, no remote
 * code, no network APIs, a strict extension-page CSP, exactly the least permissions, and a clean
 * `web-ext lint`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DISTS = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') } as const;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

for (const dir of Object.values(DISTS)) {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run "npm run build" first`);
}

const DYNAMIC_CODE = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval)\s*\(\s*['"`]/;
const HTML_INJECTION = /\.(?:innerHTML|outerHTML)\s*(?:\+?=)(?!=)|insertAdjacentHTML\s*\(|document\.write(?:ln)?\s*\(|createContextualFragment\s*\(|\.srcdoc\s*=/;
/** Every way a script can reach the network or load code from elsewhere. */
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\s*\(|\bimport\s*\(\s*['"`]https?:|RTCPeerConnection|WebTransport/;

describe('our source (src/)', () => {
  const sources = files(join(ROOT, 'src'), /\.(?:ts|mjs|js)$/).filter((f) => !f.endsWith('.d.ts'));

  it('has no eval, new Function or string timers', () => {
    for (const f of sources) expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toMatch(DYNAMIC_CODE);
  });

  it('never builds DOM from HTML strings (innerHTML/outerHTML assignment, insertAdjacentHTML, document.write)', () => {
    for (const f of sources) expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toMatch(HTML_INJECTION);
  });

  it('uses no network API outside the CLI (which fetches URL inputs on the user\'s command)', () => {
    for (const f of sources.filter((f) => !f.includes(`${join('src', 'cli')}`))) {
      expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toMatch(NETWORK);
    }
  });
});

describe.each(Object.entries(DISTS))('the built %s package', (browserName, dir) => {
  const scripts = files(dir, /\.js$/);
  const pages = files(dir, /\.html$/);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    permissions: string[];
    host_permissions: string[];
    optional_host_permissions: string[];
    content_scripts: Array<{ matches: string[]; js: string[] }>;
    content_security_policy: { extension_pages: string };
  };

  it('ships every script it references, and no other code', () => {
    expect(scripts.map((f) => relative(dir, f)).sort()).toEqual(
      ['background.js', 'content/lens.js', 'content/sentinel.js', 'options/options.js', 'popup/popup.js'].sort(),
    );
  });

  it('has no dynamic code, HTML-string injection or network access in any bundle (dependencies included)', () => {
    for (const f of scripts) {
      const code = readFileSync(f, 'utf8');
      expect(code, relative(dir, f)).not.toMatch(DYNAMIC_CODE);
      expect(code, relative(dir, f)).not.toMatch(HTML_INJECTION);
      expect(code, relative(dir, f)).not.toMatch(NETWORK);
    }
  });

  it('loads no remote code from its pages', () => {
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<(?:script|link|img|iframe|object|embed)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)/gi)) {
        expect(m[1], relative(dir, f)).not.toMatch(/^(?:https?:)?\/\//i);
      }
      expect(html, relative(dir, f)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline scripts
    }
  });

  it('declares a strict CSP for its pages', () => {
    const csp = manifest.content_security_policy.extension_pages;
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('asks for exactly storage, activeTab, scripting and web pages (http/https); declares no content script (the background registers the sentinel)', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['*://*/*']);
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    // Nothing that opens the extension to pages or other extensions.
    for (const key of ['web_accessible_resources', 'externally_connectable', 'optional_permissions', 'sandbox', 'declarative_net_request', 'update_url']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    if (browserName === 'firefox') {
      const gecko = (manifest.browser_specific_settings as { gecko: { data_collection_permissions: { required: string[] } } }).gecko;
      expect(gecko.data_collection_permissions.required).toEqual(['none']);
    }
  });
});

describe('web-ext lint (Mozilla\'s store linter) on dist/firefox', () => {
  it('reports 0 errors, 0 warnings and 0 notices', () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    let out: string;
    try {
      out = execFileSync(bin, ['lint', '--source-dir', DISTS.firefox, '--self-hosted=false', '--output', 'json', '--no-input'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number; warnings: number; notices: number }; warnings: Array<{ code: string; file: string }>; errors: Array<{ code: string; file: string }> };
    expect([...report.errors, ...report.warnings].map((w) => `${w.code} ${w.file}`)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });
});
