/**
 * Hostile pages for the browser tests, each carrying the seed story (so the lens does run):
 * built-ins overridden, a strict CSP with Trusted Types, a page that removes and moves our
 * nodes, a mutation storm, one 5 MB text node, and frames. Each page's own script records what
 * it did in `window.__page`, so the tests can check the page still works as without StoryLens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness';

export const SEED = readFileSync(join(ROOT, 'test/fixtures/en-story-seed-artyom/page.html'), 'utf8');
/** The seed article's paragraphs as plain text. */
export const SEED_TEXT = [...SEED.matchAll(/<p data-testid="paragraph-\d+">([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('\n');

const inHead = (html: string, script: string) => html.replace('</head>', `<script>${script}</script>\n</head>`);
const atBodyEnd = (html: string, extra: string) => html.replace('</body>', `${extra}\n</body>`);
const withoutScripts = (html: string) => html.replace(/<script>[\s\S]*?<\/script>/g, '');

/**
 * Built-ins our code uses, replaced by the page before any content script runs. Each override
 * notes a call that comes from extension code (its stack names an extension URL); attachShadow
 * and getSelection are made to fail outright, appendChild and map to count and delegate.
 */
export const OVERRIDES = inHead(SEED, `
  window.__page = { map: 0, append: 0, shadow: 0, selection: 0, fromExtension: [] };
  const note = (what) => { if (/(?:chrome|moz)-extension:\\/\\//.test(new Error().stack || '')) window.__page.fromExtension.push(what); };
  const realMap = Array.prototype.map;
  Array.prototype.map = function (...args) { window.__page.map++; note('map'); return realMap.apply(this, args); };
  const realAppend = Node.prototype.appendChild;
  Node.prototype.appendChild = function (node) { window.__page.append++; note('appendChild'); return realAppend.call(this, node); };
  Element.prototype.attachShadow = function () { window.__page.shadow++; note('attachShadow'); throw new Error('this page forbids shadow roots'); };
  window.getSelection = function () { window.__page.selection++; note('getSelection'); return null; };
  const realAdd = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (...args) { note('addEventListener:' + args[0]); return realAdd.apply(this, args); };
  const realObserve = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (...args) { note('MutationObserver.observe'); return realObserve.apply(this, args); };
  window.setTimeout = ((real) => function (...args) { note('setTimeout'); return real.apply(this, args); })(window.setTimeout);
`);

/** Served with this header: no script, no inline style, Trusted Types required for every sink. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
export const CSP_PAGE = withoutScripts(SEED);

/** Removes our card host and any wrap mark the moment they appear, and shuffles paragraphs. */
export const REMOVER = atBodyEnd(SEED, `<script>
  window.__page = { removed: 0, moved: 0 };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && /^storylens-/.test(n.localName)) { n.remove(); window.__page.removed++; }
    }
    for (const m of document.querySelectorAll('storylens-mark')) { m.replaceWith(...m.childNodes); window.__page.removed++; }
  }).observe(document.documentElement, { childList: true, subtree: true });
  setInterval(() => {
    const ps = document.querySelectorAll('article p');
    if (ps.length > 2) { ps[0].parentNode.appendChild(ps[0]); window.__page.moved++; }
  }, 50);
</script>`);

/** Rewrites a ticker inside the article and adds/removes nodes as fast as the page can. */
export const STORM = atBodyEnd(SEED, `<script>
  window.__page = { mutations: 0 };
  const article = document.querySelector('article');
  const ticker = document.createElement('p');
  article.appendChild(ticker);
  const burst = () => {
    for (let i = 0; i < 20; i++) {
      ticker.textContent = 'Markets ' + (window.__page.mutations++);
      const s = document.createElement('span');
      s.textContent = 'x';
      article.appendChild(s);
      s.remove();
    }
  };
  setInterval(burst, 0);
  const frame = () => { burst(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
</script>`);

/** The story in the article, then one text node of 5 MB (unrelated filler in our own words). */
export function hugeTextPage(bytes = 5 * 1024 * 1024): string {
  const filler = 'Harbour cranes moved containers through the night while the morning ferry waited for the tide. ';
  return atBodyEnd(SEED, `<section id="huge"></section><script>
    window.__page = { ticks: 0, maxGapMs: 0 };
    document.getElementById('huge').appendChild(document.createTextNode(${JSON.stringify(filler)}.repeat(${Math.ceil(bytes / filler.length)})));
    let last = performance.now();
    setInterval(() => { const now = performance.now(); window.__page.maxGapMs = Math.max(window.__page.maxGapMs, now - last); last = now; window.__page.ticks++; }, 20);
  </script>`);
}

/** A story page holding a same-origin and a cross-origin frame, each also carrying the story. */
export function framesPage(sameOriginUrl: string, crossOriginUrl: string): string {
  return atBodyEnd(SEED, `<iframe id="same" src="${sameOriginUrl}" width="600" height="300"></iframe>
<iframe id="cross" src="${crossOriginUrl}" width="600" height="300"></iframe>`);
}
export const FRAME_CHILD = atBodyEnd(SEED, `<script>window.__page = { loaded: true }; parent.postMessage({ type: 'lens-teardown' }, '*');</script>`);
