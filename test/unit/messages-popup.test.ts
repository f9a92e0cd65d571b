import { describe, expect, it } from 'vitest';
import { isRevealResult, isRevealTarget, parseLensMessage, parseMessage } from '../../src/shared/messages';

describe('popup → background messages', () => {
  it('accepts exactly the known shapes', () => {
    expect(parseMessage({ type: 'reveal', tabId: 4, target: { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, n: 2 })).toEqual({
      type: 'reveal', tabId: 4, target: { kind: 'entity', id: 'sergei-shoigu', name: 'Sergei Shoigu' }, n: 2,
    });
    expect(parseMessage({ type: 'reveal', tabId: 4, target: { kind: 'entity', id: null, name: 'Jane Doe' }, n: 0 })).not.toBeNull();
    expect(parseMessage({ type: 'reveal', tabId: 4, target: { kind: 'quote', index: 3 }, n: 0 })).not.toBeNull();
    expect(parseMessage({ type: 'set-highlights', tabId: 1, on: false })).toEqual({ type: 'set-highlights', tabId: 1, on: false });
    expect(parseMessage({ type: 'highlight-anyway', tabId: 1 })).toEqual({ type: 'highlight-anyway', tabId: 1 });
  });

  it('refuses malformed ones', () => {
    const bad: unknown[] = [
      null, 'reveal', [], { type: 'reveal' },
      { type: 'reveal', tabId: -1, target: { kind: 'quote', index: 0 }, n: 0 },
      { type: 'reveal', tabId: 1.5, target: { kind: 'quote', index: 0 }, n: 0 },
      { type: 'reveal', tabId: '1', target: { kind: 'quote', index: 0 }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'quote', index: -1 }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'quote', index: 0 }, n: -1 },
      { type: 'reveal', tabId: 1, target: { kind: 'quote', index: 0 }, n: Number.NaN },
      { type: 'reveal', tabId: 1, target: { kind: 'quote', index: 0, extra: 1 }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'entity', id: 5, name: 'x' }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'entity', id: null, name: '' }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'entity', id: null, name: 'x'.repeat(201) }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'place', id: 'x' }, n: 0 },
      { type: 'reveal', tabId: 1, target: { kind: 'quote', index: 0 }, n: 0, code: 'alert(1)' },
      { type: 'set-highlights', tabId: 1, on: 'false' },
      { type: 'set-highlights', tabId: 1 },
      { type: 'highlight-anyway' },
      { type: 'highlight-anyway', tabId: 1, force: true },
      { type: 'no-such-type', tabId: 1 },
    ];
    for (const b of bad) expect(parseMessage(b), JSON.stringify(b)).toBeNull();
  });
});

describe('background → lens messages', () => {
  it('parses reveal, the highlight switch and highlight-anyway; refuses the rest', () => {
    expect(parseLensMessage({ type: 'lens-reveal', target: { kind: 'quote', index: 0 }, n: 1 })).toEqual({ type: 'lens-reveal', target: { kind: 'quote', index: 0 }, n: 1 });
    expect(parseLensMessage({ type: 'lens-highlights', on: true })).toEqual({ type: 'lens-highlights', on: true });
    expect(parseLensMessage({ type: 'lens-force' })).toEqual({ type: 'lens-force' });
    expect(parseLensMessage({ type: 'lens-reveal', target: { kind: 'quote' }, n: 1 })).toBeNull();
    expect(parseLensMessage({ type: 'lens-highlights', on: 1 })).toBeNull();
    expect(parseLensMessage({ type: 'lens-explode' })).toBeNull();
  });
  it('checks the lens’s answer to a reveal', () => {
    expect(isRevealResult({ shown: 0, total: 3 })).toBe(true);
    expect(isRevealResult({ shown: -1, total: 0 })).toBe(true);
    expect(isRevealResult({ shown: 0.5, total: 3 })).toBe(false);
    expect(isRevealResult({ shown: 0, total: 3, html: '<b>' })).toBe(false);
    expect(isRevealTarget({ kind: 'quote', index: 300 })).toBe(false);
  });
});
