/**
 * What the popup shows, worked out from the lens's report and the bundled dataset: plain data,
 * no DOM, so the rendering and the Markdown summary share it and tests can check it directly.
 */
import type { Dataset, Entity, EntityType, RelatedStory } from '../data/schema';
import type { LensReport, ReportParty } from '../shared/messages';

export const GROUPS: readonly { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organisation', label: 'Organisations' },
  { type: 'place', label: 'Places' },
  { type: 'thing', label: 'Things' },
];

export interface KnownName {
  entity: Entity;
  /** The name as the report gives it (the dataset's canonical name). */
  name: string;
  count: number;
}

export interface OtherName {
  name: string;
  type: EntityType;
  count: number;
}

export interface EntityGroup {
  type: EntityType;
  label: string;
  names: KnownName[];
}

export interface EntityGroups {
  groups: EntityGroup[];
  /** Names found on the page that the dataset has no note for. */
  others: OtherName[];
}

const byCountThenName = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || a.name.localeCompare(b.name);

/** Known names by kind (most mentioned first), and the names without notes. Empty groups are left out. */
export function groupEntities(entities: LensReport['entities'], byId: ReadonlyMap<string, Entity>): EntityGroups {
  const known = new Map<string, KnownName>();
  const others = new Map<string, OtherName>();
  for (const e of entities) {
    const entity = e.id !== null ? byId.get(e.id) : undefined;
    if (entity) {
      // The lens may report one id twice (a later fragment of a live page): counts add up.
      const prev = known.get(entity.id);
      if (prev) prev.count += e.count;
      else known.set(entity.id, { entity, name: entity.name, count: e.count });
    } else {
      const k = `${e.type}:${e.name}`;
      const prev = others.get(k);
      if (prev) prev.count += e.count;
      else others.set(k, { name: e.name, type: e.type, count: e.count });
    }
  }
  const groups = GROUPS.map(({ type, label }) => ({
    type,
    label,
    names: [...known.values()].filter((k) => k.entity.type === type).sort(byCountThenName),
  })).filter((g) => g.names.length > 0);
  return { groups, others: [...others.values()].sort(byCountThenName) };
}

export interface QuoteItem {
  /** Index in LensReport.quotes: how the lens is asked to reveal it. */
  index: number;
  text: string;
  via: string[];
}

export interface SpeakerGroup {
  /** The dataset's name when the speaker is known, the name as written otherwise; null when nobody is named. */
  speaker: string | null;
  description: string | null;
  quotes: QuoteItem[];
}

/** The dataset's name for a party when it has one, else the name as the page wrote it. */
export function partyName(p: ReportParty, byId: ReadonlyMap<string, Entity>): string {
  return (p.id !== null ? byId.get(p.id)?.name : undefined) ?? p.name;
}

/** The dataset's name, with the page's own form beside it when that differs: "Korean Central News Agency (KCNA)". */
export function partyLabel(p: ReportParty, byId: ReadonlyMap<string, Entity>): string {
  const name = partyName(p, byId);
  const written = p.name.trim();
  return written && !name.toLowerCase().includes(written.toLowerCase()) ? `${name} (${written})` : name;
}

/** Quotes grouped by speaker, speakers in the order they are first quoted; unattributed quotes last. */
export function quotesBySpeaker(quotes: LensReport['quotes'], byId: ReadonlyMap<string, Entity>): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  let nobody: SpeakerGroup | null = null;
  quotes.forEach((q, index) => {
    const item: QuoteItem = { index, text: q.text, via: q.via.map((v) => partyLabel(v, byId)) };
    if (!q.speaker) {
      nobody ??= { speaker: null, description: null, quotes: [] };
      nobody.quotes.push(item);
      return;
    }
    const label = partyLabel(q.speaker, byId);
    const key = q.speaker.id ?? `name:${label.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      // a speaker the dataset does not know is shown with the title the page gives: "Matthew Miller, State Department spokesman"
      const name = q.speaker.id === null && q.speaker.title ? `${label}, ${q.speaker.title}` : label;
      g = { speaker: name, description: q.speaker.id !== null ? byId.get(q.speaker.id)?.description ?? null : null, quotes: [] };
      groups.set(key, g);
    }
    g.quotes.push(item);
  });
  const out = [...groups.values()];
  if (nobody) out.push(nobody);
  return out;
}

export type DayMark = 'published' | 'names';

export interface TimelineRow {
  date: string;
  placeId: string;
  placeName: string;
  text: string;
  /** Why this row is marked as the day the page covers, or null. */
  mark: DayMark | null;
}

/**
 * The trip's timeline with the day this page covers marked: the page's own date when it falls
 * within the trip (or the day after, when news of the last day is published), else the one day
 * whose people and places the page names clearly more than any other day's.
 */
export function timeline(report: Pick<LensReport, 'published' | 'entities'> | null, dataset: Dataset, byId: ReadonlyMap<string, Entity>): TimelineRow[] {
  const { story } = dataset;
  const rows: TimelineRow[] = story.timeline.map((t) => ({
    date: t.date,
    placeId: t.place,
    placeName: byId.get(t.place)?.name ?? t.place,
    text: t.text,
    mark: null,
  }));
  if (!report) return rows;
  const published = report.published;
  if (published && rows.some((r) => r.date === published)) {
    for (const r of rows) if (r.date === published) r.mark = 'published';
    return rows;
  }
  const named = new Set(report.entities.filter((e) => e.id !== null && e.count > 0).map((e) => e.id as string));
  // Names that every day shares (Kim himself, the train) say nothing about which day.
  const dayCount = new Map<string, number>();
  for (const t of story.timeline) for (const id of new Set([t.place, ...t.entities])) dayCount.set(id, (dayCount.get(id) ?? 0) + 1);
  const byDate = new Map<string, number>();
  for (const t of story.timeline) {
    const ids = new Set([t.place, ...t.entities]);
    let score = 0;
    for (const id of ids) if (named.has(id) && (dayCount.get(id) ?? 0) <= 2) score += 1;
    byDate.set(t.date, Math.max(byDate.get(t.date) ?? 0, score));
  }
  const ranked = [...byDate.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= 2 && (!second || best[1] > second[1])) {
    for (const r of rows) if (r.date === best[0]) r.mark = 'names';
  }
  return rows;
}

/** The related story the page is about, with its dataset entry, when the report names one. */
export function relatedStory(report: Pick<LensReport, 'story'> | null, dataset: Dataset): RelatedStory | null {
  const id = report?.story.related?.id;
  return id ? dataset.related.find((r) => r.id === id) ?? null : null;
}

export interface Signals {
  /** Evidence for the story, strongest first. */
  for: string[];
  /** Evidence against it (a look-alike's marks, a date outside the visit). */
  against: string[];
}

export function signalsInWords(report: Pick<LensReport, 'story'>): Signals {
  const sorted = [...report.story.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return {
    for: sorted.filter((s) => s.weight > 0).map((s) => s.text),
    against: sorted.filter((s) => s.weight < 0).map((s) => s.text),
  };
}

export interface MapPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  onRoute: boolean;
  onPage: boolean;
  /** Mentions on the page (0 for stops the page does not name). */
  count: number;
}

export interface MapModel {
  /** The route as drawn: each leg once (the way home retraces the way out), repeats dropped. */
  route: [[number, number], [number, number]][];
  points: MapPoint[];
  /** Places the page names that lie outside the map's frame (Moscow, New York…). */
  offMap: string[];
}

/** The trip's route and the page's places on the basemap's projected points. */
export function mapModel(report: Pick<LensReport, 'entities'> | null, dataset: Dataset, byId: ReadonlyMap<string, Entity>, projected: Readonly<Record<string, readonly [number, number]>>): MapModel {
  const route: [[number, number], [number, number]][] = [];
  const legs = new Set<string>();
  let prev: readonly [number, number] | null = null;
  for (const id of dataset.story.route) {
    const p = projected[id];
    if (!p) continue;
    if (prev && (prev[0] !== p[0] || prev[1] !== p[1])) {
      const a = `${prev[0]},${prev[1]}`;
      const b = `${p[0]},${p[1]}`;
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      if (!legs.has(key)) {
        legs.add(key);
        route.push([[prev[0], prev[1]], [p[0], p[1]]]);
      }
    }
    prev = p;
  }
  const counts = new Map<string, number>();
  for (const e of report?.entities ?? []) if (e.id !== null && e.type === 'place') counts.set(e.id, (counts.get(e.id) ?? 0) + e.count);
  const routeIds = new Set(dataset.story.route);
  const points = new Map<string, MapPoint>();
  const offMap: string[] = [];
  const add = (id: string) => {
    if (points.has(id)) return;
    const p = projected[id];
    const entity = byId.get(id);
    if (!entity) return;
    if (!p) {
      if (counts.has(id) && entity.coords) offMap.push(entity.name);
      return;
    }
    points.set(id, { id, name: entity.name, x: p[0], y: p[1], onRoute: routeIds.has(id), onPage: counts.has(id), count: counts.get(id) ?? 0 });
  };
  // The page's places first (most mentioned first), so they win the label placement.
  for (const [id] of [...counts.entries()].sort((a, b) => b[1] - a[1])) add(id);
  for (const id of dataset.story.route) add(id);
  return { route, points: [...points.values()], offMap };
}
