/** A fixed lens report for the popup's DOM tests: the seed article's story, and a look-alike. */
import type { LensReport } from '../../src/shared/messages';

export const SEED_URL = 'https://www.reuters.com/world/asia-pacific/north-koreas-kim-heads-home-after-russia-trip-2023-09-17/';

export const MATCHED: LensReport = {
  url: SEED_URL,
  title: "North Korea's Kim heads home after Russia trip | Reuters",
  site: 'Reuters',
  lang: 'en',
  published: '2023-09-17',
  story: {
    id: 'kim-russia-2023-09',
    title: "Kim Jong Un's visit to Russia's Far East, September 2023",
    matched: true,
    score: 14.5,
    signals: [
      { kind: 'entity', text: 'mentions Artyom, where Kim left Russia', weight: 2 },
      { kind: 'title', text: 'names Kim Jong Un and Russia (in the title)', weight: 4 },
      { kind: 'date', text: 'published on 17 September 2023, during the visit', weight: 3 },
      { kind: 'related', text: 'mentions Vladivostok, which points to the 2019 summit', weight: -1 },
    ],
    related: null,
    phase: { id: 'return', label: 'the farewell at Artyom and the return to Pyongyang' },
  },
  entities: [
    { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'person', count: 9 },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', count: 4 },
    { id: 'sergei-shoigu', name: 'Sergei Shoigu', type: 'person', count: 2 },
    { id: 'yoon-suk-yeol', name: 'Yoon Suk Yeol', type: 'person', count: 2 },
    { id: null, name: 'Clarence Fernandez', type: 'person', count: 1 },
    { id: 'kcna', name: 'Korean Central News Agency', type: 'organisation', count: 3 },
    { id: 'reuters', name: 'Reuters', type: 'organisation', count: 1 },
    { id: 'associated-press', name: 'Associated Press', type: 'organisation', count: 1 },
    { id: 'artyom', name: 'Artyom', type: 'place', count: 2 },
    { id: 'khasan', name: 'Khasan', type: 'place', count: 1 },
    { id: 'pyongyang', name: 'Pyongyang', type: 'place', count: 2 },
    { id: 'moscow', name: 'Moscow', type: 'place', count: 1 },
    { id: 'new-york', name: 'New York', type: 'place', count: 1 },
    { id: 'un-sanctions', name: 'UN Security Council sanctions resolutions on North Korea', type: 'thing', count: 1 },
    { id: null, name: 'Daily Ledger', type: 'organisation', count: 2 },
  ],
  quotes: [
    { text: 'a new heyday of friendship, solidarity, and cooperation', speaker: { id: 'kcna', name: 'KCNA' }, via: [] },
    { text: 'illegal and unjust', speaker: { id: 'yoon-suk-yeol', name: 'Yoon' }, via: [{ id: 'associated-press', name: 'AP' }] },
    { text: 'We will remember this', speaker: null, via: [{ id: 'reuters', name: 'Reuters' }] },
    { text: 'unite more tightly', speaker: { id: 'yoon-suk-yeol', name: 'Yoon Suk Yeol' }, via: [{ id: 'associated-press', name: 'Associated Press' }] },
    { text: 'strategic and tactical coordination', speaker: { id: null, name: 'a ministry official' }, via: [] },
  ],
  highlights: 30,
  backend: 'highlight-api',
};

export const LOOKALIKE: LensReport = {
  url: 'https://apnews.com/article/kim-putin-vladivostok-2019',
  title: 'Kim and Putin meet in Vladivostok | AP News',
  site: 'AP News',
  lang: 'en',
  published: '2019-04-25',
  story: {
    id: 'kim-russia-2023-09',
    title: "Kim Jong Un's visit to Russia's Far East, September 2023",
    matched: false,
    score: 2,
    signals: [{ kind: 'date', text: 'published on 25 April 2019, years before the visit', weight: -5 }],
    related: { id: 'summit-2019-04', title: 'First Kim–Putin summit, Vladivostok, April 2019', score: 9 }, phase: null,
  },
  entities: [
    { id: 'kim-jong-un', name: 'Kim Jong Un', type: 'person', count: 5 },
    { id: 'vladivostok', name: 'Vladivostok', type: 'place', count: 3 },
  ],
  quotes: [],
  highlights: 0,
  backend: 'highlight-api',
};
