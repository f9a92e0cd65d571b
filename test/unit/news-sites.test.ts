import { describe, expect, it } from 'vitest';
import sites from '../../src/data/news-sites.json';
import { LANGS, MAIN_LANGS, NewsSiteSchema } from '../../src/data/schema';

describe('the bundled news-site list', () => {
  it('validates against NewsSiteSchema', () => {
    for (const s of sites) expect(NewsSiteSchema.safeParse(s).success, s.domain).toBe(true);
  });

  it('has at least 150 sites and no duplicate domains', () => {
    expect(sites.length).toBeGreaterThanOrEqual(150);
    const domains = sites.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('lists no subdomain of a listed domain (the match pattern already covers subdomains)', () => {
    const domains = new Set(sites.map((s) => s.domain));
    const covered = sites.filter((s) => {
      const parts = s.domain.split('.');
      return parts.slice(1, -1).some((_, i) => domains.has(parts.slice(i + 1).join('.')));
    });
    expect(covered.map((s) => s.domain)).toEqual([]);
  });

  it('covers every language with several outlets: 15 in each main language, 4 in each added one', () => {
    for (const lang of LANGS) {
      const min = MAIN_LANGS.includes(lang) ? 15 : 4;
      expect(sites.filter((s) => s.lang === lang).length, lang).toBeGreaterThanOrEqual(min);
    }
  });

  it('includes the main outlets of the countries in the story', () => {
    const domains = new Set(sites.map((s) => s.domain));
    for (const d of ['yna.co.kr', 'chosun.com', 'nknews.org', 'ria.ru', 'tass.ru', 'tass.com', 'meduza.io', 'nhk.or.jp', 'kyodonews.jp', 'xinhuanet.com', 'news.cn', 'scmp.com', 'ltn.com.tw', 'reuters.com', 'apnews.com'])
      expect(domains.has(d), d).toBe(true);
  });
});
