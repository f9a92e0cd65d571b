/** Loads test fixtures: folders holding page.html (a news page we wrote) and gold.json (its answer). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type GoldParty = string | { name: string };

export interface GoldQuote {
  text: string;
  speaker: GoldParty | null;
  via: GoldParty[];
  note?: string;
}

export interface Gold {
  label: string | null;
  url: string | null;
  lang: string;
  published: string | null;
  entities: string[];
  others?: string[];
  quotes: GoldQuote[];
}

export interface Fixture {
  name: string;
  html: string;
  gold: Gold;
}

export function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gold.json')) && existsSync(join(dir, d.name, 'page.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'page.html'), 'utf8'),
      gold: JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as Gold,
    }));
}
