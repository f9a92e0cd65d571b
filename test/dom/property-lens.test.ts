// @vitest-environment jsdom
/**
 * The lens's whole in-page path — analyse the document, highlight (wrap backend, since jsdom has
 * no CSS.highlights), tear down — over the seed story page with generated hostile markup
 * inserted at arbitrary places. Nothing may throw or reject, the story must still be found and
 * highlighted, and teardown must leave the page exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analyze-document';
import { analyzeText } from '../../src/core/analyze-text';
import { buildTextIndex } from '../../src/core/text-index';
import { dataset } from '../../src/data/index';
import { createLens } from '../../src/content/lens-controller';
import { MARK_TAG } from '../../src/content/highlighter/types';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { LensReport } from '../../src/shared/messages';
import { build, runs, snapshot, specTree, textNodes } from './property-arbitraries';

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/en-story-seed-artyom/page.html'), 'utf8');
const URL = 'https://www.reuters.com/world/asia-pacific/kim-leaves-russia-2023-09-17/';

// The content script's world: the build-time flag; and what jsdom lacks — layout (Ranges get
// empty boxes so the keyboard path and card placement run) and idle callbacks (run at once: the
// property is about outcomes, not the slicing's timing).
(globalThis as { __STORYLENS_BENCH__?: boolean }).__STORYLENS_BENCH__ = false;
const rangeProto = Range.prototype as unknown as Record<string, unknown>;
rangeProto.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
rangeProto.getClientRects ??= () => [];
(window as unknown as { requestIdleCallback: unknown }).requestIdleCallback = (cb: (d: { timeRemaining(): number }) => void) =>
  setTimeout(() => cb({ timeRemaining: () => 50 }), 0);

/** The seed story page, loaded into this environment's document (floating-ui reads the globals). */
function seedPage(): Document {
  const parsed = new DOMParser().parseFromString(SEED, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  return document;
}

function lensOn(doc: Document, reports: LensReport[]) {
  return createLens({
    doc,
    url: URL,
    dataset,
    settings: DEFAULT_SETTINGS,
    preferWrap: true,
    analyzeDocument: (d) => analyzeDocument(d, { url: URL, dataset }),
    analyzeNodes: (nodes, page) => {
      const index = buildTextIndex(nodes);
      if (!index.text.trim()) return null;
      const meta = { url: page.url, title: page.title, site: page.site, lang: page.lang, published: page.published };
      return { analysis: analyzeText({ text: index.text, blocks: index.blocks, meta, dataset }), index };
    },
    report: (r) => reports.push(r),
  });
}

/** Generated markup at a few places in the page: inside paragraphs, between them, in the body. */
const insertions = fc.array(fc.tuple(fc.nat(), specTree), { minLength: 1, maxLength: 4 });

describe('lens analyse + highlight + teardown on the seed page with generated markup inserted', () => {
  it('never throws, still finds and highlights the story, and teardown restores the page exactly', async () => {
    await fc.assert(
      fc.asyncProperty(insertions, async (inserts) => {
        const doc = seedPage();
        try {
          const targets = Array.from(doc.body.querySelectorAll('p, article, div, h1, body'));
          for (const [at, specs] of inserts) {
            const target = targets[at % targets.length]!;
            const holder = doc.createDocumentFragment();
            build(doc, holder, specs);
            target.insertBefore(holder, target.childNodes[at % (target.childNodes.length + 1)] ?? null);
          }
          const before = snapshot(doc.documentElement);
          const nodesBefore = textNodes(doc.documentElement);
          const reports: LensReport[] = [];
          const lens = lensOn(doc, reports);
          await lens.start();
          await lens.settled();
          expect(reports.length).toBeGreaterThan(0);
          const last = reports[reports.length - 1]!;
          expect(last.story.matched).toBe(true);
          expect(last.highlights).toBeGreaterThan(0);
          expect(doc.getElementsByTagName(MARK_TAG).length).toBeGreaterThan(0);
          lens.step('next');
          lens.step('previous');
          lens.teardown();
          expect(snapshot(doc.documentElement)).toBe(before);
          textNodes(doc.documentElement).forEach((t, i) => expect(t).toBe(nodesBefore[i]));
        } finally {
          // Let the card's in-flight placement settle before the next case replaces the page.
          await new Promise((r) => setTimeout(r, 0));
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
