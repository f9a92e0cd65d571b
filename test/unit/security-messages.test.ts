/**
 * The background's two gates, attacked with generated input: who sent a message (sender.ts) and
 * its exact shape (messages.ts). Nothing may throw, anything not exactly a known shape is refused,
 * what passes carries only known keys, and only our own pages and content scripts get through.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLensReport, isRevealResult, isRevealTarget, parseLensMessage, parseMessage, type LensReport, type Message } from '../../src/shared/messages';
import { maySend, senderKind, type SenderKind } from '../../src/background/sender';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_BASE = `chrome-extension://${OWN_ID}/`;

const MESSAGE_TYPES: Message['type'][] = [
  'sentinel', 'get-tab-state', 'scan-tab', 'step-highlight', 'lens-off', 'lens-report', 'get-lens-report', 'reveal', 'set-highlights', 'highlight-anyway',
  'analyze-text',
];
const KEYS: Record<Message['type'], string[]> = {
  sentinel: ['type', 'hit', 'reasons'],
  'get-tab-state': ['type', 'tabId'],
  'scan-tab': ['type', 'tabId'],
  'step-highlight': ['type', 'tabId', 'direction'],
  'lens-off': ['type', 'tabId'],
  'lens-report': ['type', 'report'],
  'get-lens-report': ['type', 'tabId'],
  reveal: ['type', 'tabId', 'target', 'n'],
  'set-highlights': ['type', 'tabId', 'on'],
  'highlight-anyway': ['type', 'tabId'],
  'analyze-text': ['type', 'text', 'blocks', 'meta'],
};

const REPORT: LensReport = {
  url: 'https://www.reuters.com/x', title: 'Kim heads home', site: 'Reuters', lang: 'en', published: '2023-09-17',
  story: { id: 'kim-russia-2023-09', title: 'Visit', matched: true, score: 12, signals: [{ kind: 'entity', text: 'mentions Artyom', weight: 3 }], related: null, phase: null },
  entities: [{ id: 'kim-jong-un', name: 'Kim Jong Un', type: 'person', count: 4 }],
  quotes: [{ text: 'constructive', speaker: { id: null, name: 'KCNA' }, via: [] }],
  highlights: 5,
  backend: 'highlight-api',
};
const VALID: Message[] = [
  { type: 'sentinel', hit: true, reasons: ['Kim Jong Un', 'Vostochny'] },
  { type: 'get-tab-state', tabId: 3 },
  { type: 'scan-tab', tabId: 0 },
  { type: 'step-highlight', tabId: 7, direction: 'previous' },
  { type: 'lens-off', tabId: 7 },
  { type: 'lens-report', report: REPORT },
  { type: 'get-lens-report', tabId: 1 },
  { type: 'reveal', tabId: 2, target: { kind: 'entity', id: 'kim-jong-un', name: 'Kim Jong Un' }, n: 1 },
  { type: 'reveal', tabId: 2, target: { kind: 'quote', index: 0 }, n: 0 },
  { type: 'set-highlights', tabId: 2, on: false },
  { type: 'highlight-anyway', tabId: 9 },
  {
    type: 'analyze-text',
    text: 'Kim Jong Un met Vladimir Putin.\nKCNA said so.',
    blocks: [{ start: 0, end: 31, tag: 'p' }, { start: 32, end: 45, tag: 'p' }],
    meta: { url: 'https://www.reuters.com/x', title: 'Kim meets Putin', site: null, lang: 'en', published: '2023-09-13' },
  },
];

/** Values a hostile or buggy sender might put anywhere. */
const weird = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 1.5, -0, 2 ** 53, '1', '', 'a'.repeat(100_000), [], {}, null, undefined, true, Symbol('x')),
);

const NULLABLE = new Set(['id', 'url', 'site', 'lang', 'published', 'related', 'speaker', 'phase']);

/** Every path (property chain) into a JSON-like value. */
function paths(v: unknown, prefix: string[] = []): string[][] {
  if (typeof v !== 'object' || v === null) return [prefix];
  const out: string[][] = prefix.length ? [prefix] : [];
  for (const k of Object.keys(v)) out.push(...paths((v as Record<string, unknown>)[k], [...prefix, k]));
  return out;
}
function withReplaced(v: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(v) as Record<string, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

describe('parseMessage against arbitrary values', () => {
  it('accepts every known shape as it is', () => {
    for (const m of VALID) expect(parseMessage(structuredClone(m))).toEqual(m);
  });

  it('never throws; what it returns is a known type with only known keys, and parses to itself again', () => {
    fc.assert(
      fc.property(fc.oneof(weird, fc.record({ type: fc.constantFrom(...MESSAGE_TYPES), tabId: weird, report: weird, target: weird, n: weird, on: weird, hit: weird, reasons: weird, direction: weird }, { requiredKeys: ['type'] })), (raw) => {
        const msg = parseMessage(raw);
        if (msg === null) return;
        expect(MESSAGE_TYPES).toContain(msg.type);
        for (const k of Object.keys(msg)) expect(KEYS[msg.type]).toContain(k);
        expect(parseMessage(msg)).toEqual(msg);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a valid message with any one field (at any depth) replaced by a wrong value', () => {
    const cases = VALID.flatMap((m) => paths(m).filter((p) => p.join('.') !== 'type').map((p) => ({ m, p })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), weird, ({ m, p }, value) => {
        const mutated = withReplaced(m, p, value);
        const parsed = parseMessage(mutated);
        if (parsed === null) return;
        // Accepted only when the replacement is itself a value of the field's type (or null where the field allows null).
        const leaf = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], parsed);
        const original = p.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
        const nullable = NULLABLE.has(p[p.length - 1]!);
        if (!(nullable && (leaf === null || original === null))) expect(typeof leaf).toBe(typeof original);
        if (typeof leaf === 'number') expect(Number.isFinite(leaf)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses wrong tab ids, directions, flags and sizes', () => {
    for (const tabId of [-1, 1.5, NaN, Infinity, '3', null, undefined, [3], { valueOf: () => 3 }]) {
      expect(parseMessage({ type: 'get-tab-state', tabId })).toBeNull();
      expect(parseMessage({ type: 'highlight-anyway', tabId })).toBeNull();
    }
    expect(parseMessage({ type: 'step-highlight', tabId: 1, direction: 'sideways' })).toBeNull();
    expect(parseMessage({ type: 'set-highlights', tabId: 1, on: 'false' })).toBeNull();
    expect(parseMessage({ type: 'sentinel', hit: 1, reasons: [] })).toBeNull();
    expect(parseMessage({ type: 'sentinel', hit: true, reasons: Array(51).fill('x') })).toBeNull();
    expect(parseMessage({ type: 'sentinel', hit: true, reasons: ['x'.repeat(201)] })).toBeNull();
    expect(parseMessage({ type: 'reveal', tabId: 1, target: { kind: 'quote', index: 300 }, n: 0 })).toBeNull();
    expect(parseMessage({ type: 'reveal', tabId: 1, target: { kind: 'entity', id: null, name: '' }, n: 0 })).toBeNull();
    expect(parseMessage({ type: 'reveal', tabId: 1, target: { kind: 'entity', id: null, name: 'x' }, n: 0, extra: 1 })).toBeNull();
    expect(parseMessage({ type: 'lens-teardown' })).toBeNull(); // a lens message, not the background's
    expect(parseMessage({ type: 'toString' })).toBeNull();
    expect(parseMessage({ type: '__proto__' })).toBeNull();
    expect(parseMessage(['get-tab-state', 1])).toBeNull();
  });

  it('takes nothing from a polluted prototype', () => {
    const raw = JSON.parse('{"type":"get-tab-state","__proto__":{"tabId":4}}');
    expect(parseMessage(raw)).toBeNull();
    const polluted = JSON.parse('{"type":"get-tab-state","tabId":4,"__proto__":{"isAdmin":true}}');
    const parsed = parseMessage(polluted) as Record<string, unknown>;
    expect(parsed).toEqual({ type: 'get-tab-state', tabId: 4 });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('lens reports: bounded and exact', () => {
  it('refuses extra keys, non-finite numbers, oversized lists and unknown backends', () => {
    expect(isLensReport(REPORT)).toBe(true);
    expect(isLensReport({ ...REPORT, text: 'the whole article' })).toBe(false);
    expect(isLensReport({ ...REPORT, highlights: -1 })).toBe(false);
    expect(isLensReport({ ...REPORT, backend: 'innerHTML' })).toBe(false);
    expect(isLensReport({ ...REPORT, story: { ...REPORT.story, score: NaN } })).toBe(false);
    expect(isLensReport({ ...REPORT, story: { ...REPORT.story, score: Infinity } })).toBe(false);
    expect(isLensReport({ ...REPORT, entities: Array(501).fill(REPORT.entities[0]) })).toBe(false);
    expect(isLensReport({ ...REPORT, quotes: [{ ...REPORT.quotes[0]!, text: 'x'.repeat(1001) }] })).toBe(false);
    expect(isLensReport({ ...REPORT, entities: [{ ...REPORT.entities[0]!, type: 'weapon' }] })).toBe(false);
    expect(isLensReport({ ...REPORT, url: 'x'.repeat(4001) })).toBe(false);
  });

  it('never throws on arbitrary values in place of any field', () => {
    const fields = paths(REPORT);
    fc.assert(
      fc.property(fc.constantFrom(...fields), weird, (p, value) => {
        const result = isLensReport(withReplaced(REPORT, p, value));
        expect(typeof result).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the lens side: parseLensMessage, reveal targets and results', () => {
  it('never throws and only ever returns one of the five lens messages', () => {
    fc.assert(
      fc.property(fc.oneof(weird, fc.record({ type: fc.constantFrom('lens-step', 'lens-teardown', 'lens-reveal', 'lens-highlights', 'lens-force', 'lens-eval'), direction: weird, target: weird, n: weird, on: weird }, { requiredKeys: ['type'] })), (raw) => {
        const msg = parseLensMessage(raw);
        if (msg !== null) expect(['lens-step', 'lens-teardown', 'lens-reveal', 'lens-highlights', 'lens-force']).toContain(msg.type);
        expect(typeof isRevealTarget(raw)).toBe('boolean');
        expect(typeof isRevealResult(raw)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sender checks', () => {
  const pageSender = { id: OWN_ID, url: `${OWN_BASE}popup/popup.html` };
  const contentSender = { id: OWN_ID, url: 'https://www.reuters.com/world/x', tab: { id: 4 } as never, frameId: 0 };

  it('knows our pages and content scripts, and only them', () => {
    expect(senderKind(pageSender, OWN_ID, OWN_BASE)).toBe('page');
    expect(senderKind(contentSender, OWN_ID, OWN_BASE)).toBe('content');
    expect(senderKind({ ...contentSender, id: 'another-extension' }, OWN_ID, OWN_BASE)).toBeNull();
    expect(senderKind({ ...pageSender, id: undefined }, OWN_ID, OWN_BASE)).toBeNull();
    expect(senderKind({ url: 'https://evil.example/' }, OWN_ID, OWN_BASE)).toBeNull();
    expect(senderKind({ id: OWN_ID, url: `https://evil.example/${OWN_BASE}` }, OWN_ID, OWN_BASE)).toBeNull();
    expect(senderKind({ id: OWN_ID, url: 'https://x/', tab: { id: -1 } as never }, OWN_ID, OWN_BASE)).toBeNull();
    // An empty own id (an API failure) must not let an id-less sender through.
    expect(senderKind({ url: OWN_BASE }, '', OWN_BASE)).toBeNull();
  });

  it('refuses every sender without our id, whatever else it claims', () => {
    fc.assert(
      fc.property(
        fc.record({ id: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.oneof(fc.webUrl(), fc.constant(`${OWN_BASE}popup/popup.html`)), { nil: undefined }), tab: fc.option(fc.record({ id: fc.integer() }), { nil: undefined }), frameId: fc.option(fc.integer(), { nil: undefined }) }),
        (sender) => {
          fc.pre(sender.id !== OWN_ID);
          expect(senderKind(sender as never, OWN_ID, OWN_BASE)).toBeNull();
          expect(senderKind(sender as never, OWN_ID, OWN_BASE) !== null).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never lets a content script send a page command, nor a page speak as a content script', () => {
    const kinds: SenderKind[] = ['page', 'content'];
    for (const kind of kinds) {
      for (const type of MESSAGE_TYPES) {
        const may = maySend(kind, type);
        const contentOnly = type === 'sentinel' || type === 'lens-report' || type === 'analyze-text';
        expect(may, `${kind} ${type}`).toBe(kind === 'content' ? contentOnly : !contentOnly);
      }
    }
  });
});
