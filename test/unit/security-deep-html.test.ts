/**
 * Pathologically deep HTML in the CLI: nesting is capped at Chromium's 512 levels before jsdom
 * parses the page (jsdom's insertion is O(depth), its cloneNode recursive), keeping every piece
 * of text, in order, in its own element.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { MAX_HTML_DEPTH, capNesting, estimateDepth, flattenDeepHtml } from '../../src/cli/deep-html';
import { analyzeHtml } from '../../src/cli/analyze-html';
import { dataset } from '../../src/data/index';

const SEED = readFileSync(join(import.meta.dirname, '../fixtures/en-story-seed-artyom/page.html'), 'utf8');

function maxDepth(doc: Document): number {
  let max = 0;
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    let d = 0;
    for (let n: Element | null = el; n; n = n.parentElement) d++;
    max = Math.max(max, d);
  }
  return max;
}

describe('estimateDepth', () => {
  it('counts real nesting, not void, self-closing or auto-closing tags, comments or script text', () => {
    expect(estimateDepth('<html><body><div><p>a<p>b<br><img src=x><li>c</div></body></html>')).toBe(3);
    expect(estimateDepth(`<div>${'<!-- <div> -->'.repeat(50)}<script>${'<div>'.repeat(50)}</script><span/></div>`)).toBe(1);
    expect(estimateDepth('<div>'.repeat(10_000))).toBe(10_000);
    expect(estimateDepth(SEED)).toBeLessThan(MAX_HTML_DEPTH);
  });

  it('leaves ordinary pages alone (the same string, no second parse)', () => {
    expect(capNesting(SEED)).toBe(SEED);
  });

  it('scans a 20 MB page', () => {
    const big = `<html><body>${'<p>Kim Jong Un met <b>Vladimir Putin</b> at the cosmodrome.</p>\n'.repeat(330_000)}</body></html>`;
    expect(estimateDepth(big)).toBe(3);
  });
});

describe('flattenDeepHtml', () => {
  it('caps nesting and keeps every text in order, each in an element of its own tag', () => {
    const n = 1500;
    const html = `<body>${Array.from({ length: n }, (_, i) => `<div>t${i} `).join('')}<p>Kim Jong Un</p>${'</div> after'.repeat(n)}</body>`;
    const flat = flattenDeepHtml(html, 100);
    const doc = new JSDOM(flat).window.document;
    expect(maxDepth(doc)).toBeLessThanOrEqual(102);
    expect(doc.body.textContent).toBe(new JSDOM(html).window.document.body.textContent);
    // The paragraph is still a paragraph: its text does not merge with its neighbours.
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Kim Jong Un']);
  });

  it('makes a 10,000-deep page analysable (within the test timeout), with the story still found when it is there', () => {
    const article = SEED.slice(SEED.indexOf('<body'), SEED.lastIndexOf('</body>'));
    const deep = SEED.replace(article, `${'<div>'.repeat(10_000)}${article}${'</div>'.repeat(10_000)}`);
    const analysis = analyzeHtml(deep, 'https://www.reuters.com/world/asia-pacific/kim-2023-09-17/', dataset);
    expect(analysis.story.matched).toBe(true);
    expect(analysis.entities.some((e) => e.id === 'kim-jong-un')).toBe(true);
  });
});
