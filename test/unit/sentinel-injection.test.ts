import { describe, expect, it, vi } from 'vitest';

// The module registers listeners through the polyfill; only its pure part is tested here, the
// injection itself in the browser tests (foundation, in-page).
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { isNewsSite } = await import('../../src/background/sentinel-injection');

describe('isNewsSite', () => {
  it('knows listed sites and their subdomains, over http and https', () => {
    expect(isNewsSite('https://www.reuters.com/world/asia-pacific/x')).toBe(true);
    expect(isNewsSite('http://reuters.com/')).toBe(true);
    expect(isNewsSite('https://en.yna.co.kr/view/AEN2023')).toBe(true);
    expect(isNewsSite('https://ria.ru/20230917/kim.html')).toBe(true);
  });
  it('refuses look-alike hosts, other schemes and junk', () => {
    expect(isNewsSite('https://reuters.com.evil.example/')).toBe(false);
    expect(isNewsSite('https://notreuters.com/')).toBe(false);
    expect(isNewsSite('file:///www.reuters.com/x')).toBe(false);
    expect(isNewsSite('chrome://extensions')).toBe(false);
    expect(isNewsSite('not a url')).toBe(false);
  });
});
