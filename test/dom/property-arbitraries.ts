/**
 * fast-check generators of hostile-but-plausible page trees for the property tests: names split
 * across inline elements, nested inline markup, right-to-left text, emoji and other surrogate
 * pairs, combining marks, zero-width characters, CJK without spaces, comments, SVG text, shadow
 * roots, contenteditable regions, form fields, hidden elements — and adjacent text nodes, which
 * no parser makes but scripts do (the wrap highlighter must not merge them).
 *
 * Text that must never reach the text index (form values, editable regions, SVG, shadow roots,
 * hidden and skipped elements) carries HIDDEN_MARK, a private-use character no visible text uses.
 */
import fc from 'fast-check';

export const HIDDEN_MARK = '\uE000';

export type Spec =
  | { t: 'text'; s: string }
  | { t: 'comment'; s: string }
  | { t: 'el'; tag: string; attrs: Record<string, string>; kids: Spec[]; shadow?: Spec[] }
  | { t: 'input'; value: string }
  | { t: 'textarea'; s: string }
  | { t: 'svg'; s: string };

export const NAMES = [
  'Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Шойгу', 'Владимир Путин', '김정은', '푸틴', '普京', '金正恩', 'プーチン',
  'Vostochny Cosmodrome', 'Komsomolsk-on-Amur', 'Артём',
];
const FRAGMENTS = [
  ' ', '  ', '\n', '\n    ', '\t', 'the', ' said ', 'visit', '. ', ', ', '“', '”', '«', '»', '"', "'", '—',
  'فلاديمير بوتين', 'שלום', '\u202Eabc\u202C', // right-to-left, and an explicit override
  '👋🏽', '🇰🇵', '👨‍👩‍👧', '𝕂𝕚𝕞', // surrogate pairs, ZWJ sequences
  'e\u0301', 'Ё', 'й', '\u0307', // combining marks (one starting a node)
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', // zero-width and soft hyphen
  '金正恩委员长访问俄罗斯', '北朝鮮の金正恩総書記', '김정은위원장',
  '&amp;', '<b>', '\u00A0',
];

/** A name split into 1-4 pieces at arbitrary UTF-16 positions (even inside a surrogate pair). */
const splitName: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([name, cuts]) => {
    const at = [...new Set(cuts.map((c) => c % (name.length + 1)))].sort((a, b) => a - b);
    const parts: string[] = [];
    let prev = 0;
    for (const c of [...at, name.length]) {
      parts.push(name.slice(prev, c));
      prev = c;
    }
    return parts.filter((p) => p.length > 0);
  });

const visibleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS, ...NAMES), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).filter((s) => !s.includes(HIDDEN_MARK)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }).filter((s) => !s.includes(HIDDEN_MARK)) },
);
const hiddenText: fc.Arbitrary<string> = visibleText.map((s) => `${HIDDEN_MARK}${s}${HIDDEN_MARK}`);

const INLINE = ['b', 'i', 'span', 'a', 'em', 'strong', 'q', 'sub', 'small', 'mark', 'bdi', 'time', 'abbr', 'font'];
const BLOCK = ['p', 'div', 'section', 'blockquote', 'h2', 'li', 'figure', 'figcaption', 'td', 'pre', 'article'];
const inlineAttrs = fc.constantFrom<Record<string, string>>({}, {}, { dir: 'rtl' }, { lang: 'ko' }, { class: 'x' }, { title: 'Kim' });

const trees = fc.letrec<{ node: Spec; nodes: Spec[]; hidden: Spec }>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 5 }),
  node: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    { weight: 6, arbitrary: visibleText.map((s): Spec => ({ t: 'text', s })) },
    // A name split across sibling inline elements (and sometimes bare adjacent text nodes).
    {
      weight: 3,
      arbitrary: fc.tuple(splitName, fc.constantFrom(...INLINE, '#text')).map(([parts, tag]): Spec => ({
        t: 'el', tag: 'span', attrs: {},
        kids: parts.map((s): Spec => (tag === '#text' ? { t: 'text', s } : { t: 'el', tag, attrs: {}, kids: [{ t: 'text', s }] })),
      })),
    },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...INLINE), inlineAttrs, tie('nodes')).map(([tag, attrs, kids]): Spec => ({ t: 'el', tag, attrs, kids })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...BLOCK), tie('nodes')).map(([tag, kids]): Spec => ({ t: 'el', tag, attrs: {}, kids })) },
    { weight: 1, arbitrary: fc.constant<Spec>({ t: 'el', tag: 'br', attrs: {}, kids: [] }) },
    { weight: 1, arbitrary: visibleText.map((s): Spec => ({ t: 'comment', s })) },
    { weight: 1, arbitrary: tie('hidden') },
  ),
  // Content the index must never take.
  hidden: fc.oneof(
    hiddenText.map((value): Spec => ({ t: 'input', value })),
    hiddenText.map((s): Spec => ({ t: 'textarea', s })),
    hiddenText.map((s): Spec => ({ t: 'svg', s })),
    fc.tuple(fc.constantFrom('true', '', 'plaintext-only'), hiddenText).map(([v, s]): Spec => ({ t: 'el', tag: 'div', attrs: { contenteditable: v }, kids: [{ t: 'text', s }, { t: 'el', tag: 'b', attrs: {}, kids: [{ t: 'text', s }] }] })),
    fc.tuple(fc.constantFrom('script', 'style', 'noscript', 'template', 'button', 'select'), hiddenText).map(([tag, s]): Spec => ({ t: 'el', tag, attrs: {}, kids: [{ t: 'text', s }] })),
    fc.tuple(fc.constantFrom<Record<string, string>>({ hidden: '' }, { 'aria-hidden': 'true' }, { style: 'display: none' }), hiddenText).map(([attrs, s]): Spec => ({ t: 'el', tag: 'span', attrs, kids: [{ t: 'text', s }] })),
    // A shadow host: its light DOM is visible text, its shadow root is not walked.
    fc.tuple(visibleText, hiddenText).map(([light, s]): Spec => ({ t: 'el', tag: 'div', attrs: {}, kids: [{ t: 'text', s: light }], shadow: [{ t: 'text', s }] })),
  ),
}));
export const specTree: fc.Arbitrary<Spec[]> = fc.array(trees.node, { minLength: 2, maxLength: 10 });

/** Builds the tree with DOM calls (not the parser), so adjacent and empty text nodes survive. */
export function build(doc: Document, parent: Node, specs: readonly Spec[]): void {
  for (const spec of specs) {
    switch (spec.t) {
      case 'text':
        parent.appendChild(doc.createTextNode(spec.s));
        break;
      case 'comment':
        parent.appendChild(doc.createComment(spec.s));
        break;
      case 'input': {
        const input = doc.createElement('input');
        input.setAttribute('value', spec.value);
        input.value = spec.value;
        parent.appendChild(input);
        break;
      }
      case 'textarea': {
        const ta = doc.createElement('textarea');
        ta.appendChild(doc.createTextNode(spec.s));
        parent.appendChild(ta);
        break;
      }
      case 'svg': {
        const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
        const text = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.appendChild(doc.createTextNode(spec.s));
        svg.appendChild(text);
        parent.appendChild(svg);
        break;
      }
      case 'el': {
        const el = doc.createElement(spec.tag);
        // Data, not code: an environment that runs scripts (vitest's jsdom) must not run ours.
        if (spec.tag === 'script') el.setAttribute('type', 'application/json');
        for (const [k, v] of Object.entries(spec.attrs)) el.setAttribute(k, v);
        build(doc, el, spec.kids);
        if (spec.shadow) build(doc, el.attachShadow({ mode: 'open' }), spec.shadow);
        parent.appendChild(el);
        break;
      }
    }
  }
}

/** Every node under root (shadow roots included) with its exact data: text-node boundaries show. */
export function snapshot(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node, depth: number): void => {
    const pad = ' '.repeat(depth);
    if (n.nodeType === 3) out.push(`${pad}#text ${JSON.stringify((n as Text).data)}`);
    else if (n.nodeType === 8) out.push(`${pad}#comment ${JSON.stringify((n as Comment).data)}`);
    else if (n.nodeType === 1) {
      const el = n as Element;
      const attrs = Array.from(el.attributes).map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
      out.push(`${pad}<${el.localName}${attrs ? ' ' + attrs : ''}>`);
      if (el.shadowRoot) {
        out.push(`${pad} #shadow`);
        for (const c of Array.from(el.shadowRoot.childNodes)) walk(c, depth + 2);
      }
    }
    for (const c of Array.from(n.childNodes)) walk(c, depth + 1);
  };
  walk(root, 0);
  return out.join('\n');
}

/** All text nodes under root, light DOM only, in document order. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Number of runs per property, overridable for a longer soak: PROPERTY_RUNS_SCALE=10. */
export function runs(n: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
