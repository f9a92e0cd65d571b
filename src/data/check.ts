/**
 * Whole-dataset checks: the zod schemas plus the rules a schema cannot express (unique ids,
 * unambiguous aliases, known references, minimum coverage). Used by test/unit/dataset.test.ts and
 * by `storylens dataset --check`. Returns one plain sentence per problem; an empty list means ok.
 *
 * The semantic checks read the raw data defensively, so one malformed entity does not hide the
 * problems of the others.
 */
import { z } from 'zod';
import { ENGLISH_MONTHS } from '../core/months';
import { AmbiguousAliasSchema, EntitySchema, RelatedStorySchema, StorySchema } from './schema';

export const MIN_COUNTS = { entities: 100, person: 30, organisation: 20, place: 25, thing: 10 } as const;

/**
 * People and places that genuinely have no Korean or Russian name in use. Keep it short: an
 * entry here is a claim that outlets in that language never name the entity.
 */
export const NO_KO_RU_NAME: ReadonlySet<string> = new Set<string>([]);

const DatasetSchema = z.object({
  story: StorySchema,
  related: z.array(RelatedStorySchema),
  entities: z.array(EntitySchema),
  ambiguous: z.array(AmbiguousAliasSchema),
});

export interface CheckOptions {
  /** Names (e.g. every proper name of the seed article) that must be an alias, short form or ambiguous alias. */
  requiredNames?: readonly string[];
}

/** How aliases are compared: Unicode NFC, lower case, hyphens and spaces alike. */
export function aliasKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—_]+/g, ' ')
    .trim();
}

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Every string of a per-language names record ({ en: [...], ko: [...] }). */
function namesOf(rec: unknown): { lang: string; name: string }[] {
  if (!isObj(rec)) return [];
  const out: { lang: string; name: string }[] = [];
  for (const [lang, list] of Object.entries(rec)) for (const n of arr(list)) if (typeof n === 'string') out.push({ lang, name: n });
  return out;
}

function entityLabel(e: unknown, i: number): string {
  return isObj(e) && typeof e.id === 'string' ? e.id : `entities[${i}]`;
}

function schemaProblems(data: unknown): string[] {
  const parsed = DatasetSchema.safeParse(data);
  if (parsed.success) return [];
  const entities = isObj(data) ? arr(data.entities) : [];
  return parsed.error.issues.map((iss) => {
    const path = iss.path.map(String);
    // Name the entity by id rather than by index, so the message points at the right JSON object.
    if (path[0] === 'entities' && path[1] !== undefined) {
      const i = Number(path[1]);
      return `schema: entity ${entityLabel(entities[i], i)}: ${path.slice(2).join('.') || '(entity)'}: ${iss.message}`;
    }
    return `schema: ${path.join('.') || '(root)'}: ${iss.message}`;
  });
}

function duplicateIds(entities: unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entities) {
    const id = isObj(e) ? str(e.id) : null;
    if (id === null) continue;
    if (seen.has(id)) out.push(`duplicate entity id "${id}"`);
    seen.add(id);
  }
  return out;
}

function aliasCollisions(entities: unknown[], ambiguous: unknown[]): string[] {
  const owners = new Map<string, { alias: string; ids: Set<string> }>();
  for (const e of entities) {
    if (!isObj(e) || typeof e.id !== 'string') continue;
    for (const { name } of [...namesOf(e.aliases), ...namesOf(e.short)]) {
      const key = aliasKey(name);
      const slot = owners.get(key) ?? { alias: name, ids: new Set<string>() };
      slot.ids.add(e.id);
      owners.set(key, slot);
    }
  }
  const declared = new Map<string, Set<string>>();
  for (const a of ambiguous) {
    if (!isObj(a) || typeof a.alias !== 'string') continue;
    const key = aliasKey(a.alias);
    const set = declared.get(key) ?? new Set<string>();
    for (const c of arr(a.candidates)) if (typeof c === 'string') set.add(c);
    declared.set(key, set);
  }
  const out: string[] = [];
  for (const [key, { alias, ids }] of owners) {
    if (ids.size < 2) continue;
    const allowed = declared.get(key);
    const missing = [...ids].filter((id) => !allowed?.has(id));
    if (missing.length) out.push(`alias "${alias}" names ${[...ids].join(', ')} but is not declared in ambiguous.json for ${missing.join(', ')}`);
  }
  return out;
}

function unknownReferences(data: Raw, known: Set<string>): string[] {
  const out: string[] = [];
  const need = (id: unknown, where: string): void => {
    if (typeof id === 'string' && !known.has(id)) out.push(`${where} names unknown entity "${id}"`);
  };
  const signals = (list: unknown, where: string): void => {
    for (const s of arr(list)) if (isObj(s) && s.kind === 'entity') need(s.id, `${where} signal`);
  };
  const story = isObj(data.story) ? data.story : {};
  for (const t of arr(story.timeline)) {
    if (!isObj(t)) continue;
    need(t.place, `timeline ${String(t.date)} place`);
    for (const id of arr(t.entities)) need(id, `timeline ${String(t.date)}`);
  }
  for (const id of arr(story.route)) need(id, 'story route');
  for (const e of arr(data.entities)) {
    if (!isObj(e)) continue;
    for (const f of [...arr(e.facts), ...arr(e.later)]) if (isObj(f)) need(f.place, `entity ${String(e.id)} fact ${String(f.date)} place`);
  }
  for (const id of arr(story.requires)) need(id, 'story protagonists');
  signals(story.signals, 'story');
  for (const r of arr(data.related)) if (isObj(r)) signals(r.signals, `related story ${String(r.id)}`);
  for (const a of arr(data.ambiguous)) {
    if (!isObj(a)) continue;
    for (const id of arr(a.candidates)) need(id, `ambiguous alias "${String(a.alias)}"`);
    if (a.preferred !== undefined && !arr(a.candidates).includes(a.preferred)) out.push(`ambiguous alias "${String(a.alias)}": preferred ${String(a.preferred)} is not one of its candidates`);
    for (const id of arr(a.preferredWhen)) need(id, `ambiguous alias "${String(a.alias)}" preferredWhen`);
  }
  return out;
}

function entityContent(entities: unknown[]): string[] {
  const out: string[] = [];
  entities.forEach((e, i) => {
    const label = entityLabel(e, i);
    if (!isObj(e)) return void out.push(`entity ${label} is not an object`);
    const note = str(e.note);
    if (note === null || note.trim() === '') out.push(`entity ${label} has no note`);
    else if (note.length > 600) out.push(`entity ${label}: note is ${note.length} characters (max 600)`);
    if (arr(e.sources).length === 0) out.push(`entity ${label} has no source`);
    if (e.type === 'place' && !Array.isArray(e.coords)) out.push(`place ${label} has no coords`);
    if ((e.type === 'person' || e.type === 'place') && !NO_KO_RU_NAME.has(label)) {
      const aliases = isObj(e.aliases) ? e.aliases : {};
      for (const lang of ['ko', 'ru'] as const) {
        if (arr(aliases[lang]).length === 0) out.push(`${String(e.type)} ${label} has no ${lang} name`);
      }
    }
  });
  return out;
}

function coverage(entities: unknown[]): string[] {
  const out: string[] = [];
  if (entities.length < MIN_COUNTS.entities) out.push(`only ${entities.length} entities (need ${MIN_COUNTS.entities})`);
  for (const type of ['person', 'organisation', 'place', 'thing'] as const) {
    const n = entities.filter((e) => isObj(e) && e.type === type).length;
    if (n < MIN_COUNTS[type]) out.push(`only ${n} entities of type ${type} (need ${MIN_COUNTS[type]})`);
  }
  return out;
}

function missingNames(entities: unknown[], ambiguous: unknown[], required: readonly string[]): string[] {
  const aliasKeys = new Set<string>();
  const shorts = new Set<string>();
  for (const e of entities) {
    if (!isObj(e)) continue;
    for (const { name } of namesOf(e.aliases)) aliasKeys.add(aliasKey(name));
    // Short forms match only with their exact capitalisation, so compare them as written.
    for (const { name } of namesOf(e.short)) shorts.add(name.normalize('NFC'));
  }
  // An ambiguous alias ("Kim") is matched like a short form and resolved from context.
  for (const a of ambiguous) if (isObj(a) && typeof a.alias === 'string') shorts.add(a.alias.normalize('NFC'));
  return required
    .filter((n) => !aliasKeys.has(aliasKey(n)) && !shorts.has(n.normalize('NFC')))
    .map((n) => `name "${n}" is not an alias, short form or ambiguous alias of any entity`);
}

/**
 * A description still in the present tense with "since" ("defence minister since 2012") reads
 * wrong once a `later` entry records that the role changed. Descriptions are written as of the
 * story and say when the role ended ("at the time (2012–2024)").
 */
function staleDescriptions(entities: unknown[]): string[] {
  const out: string[] = [];
  entities.forEach((e, i) => {
    if (!isObj(e)) return;
    const changed = arr(e.later).some((f) => isObj(f) && /\b(replac|remov|dismiss|resign|became|appointed|succeed|impeach|retir|moved)/i.test(str(f.text) ?? ''));
    if (!changed) return;
    const d = str(e.description) ?? '';
    if (/\bsince\b/i.test(d) && !/\bat the time\b|\buntil\b|\bwas\b|\u2013|\bformer\b/i.test(d)) {
      out.push(`entity ${entityLabel(e, i)}: description says "since" in the present tense but a later entry records a change of role`);
    }
  });
  return out;
}

/** The publication day a source URL carries (/2023/09/14/, 2023-09-14, 20230914), or null. */
export function urlDate(u: string): string | null {
  const path = u.replace(/^https:\/\/[^/]+/, '');
  const pats = [/\/(20\d\d)\/(\d\d)\/(\d\d)(?:\/|$)/, /(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)/, /(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)/];
  for (const re of pats) {
    const m = re.exec(path);
    if (!m) continue;
    const [, y, mo, d] = m;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) return `${y}-${mo}-${d}`;
  }
  return null;
}

const dayNum = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * A fact's date against its source's publication window, where the URL carries a date.
 * The window: a source cannot report what happened after it was published, so a fact dated
 * more than a day (time zones) after the publication day fails, compared at the fact's own
 * precision (2023-09 against a 2023-08-30 source fails, 2023 against it passes). Background facts
 * (years earlier) are fine from a later source. But a fact dated to a day of the story month
 * (September 2023) must cite a report from within 10 days of it: a piece published later is a
 * round-up, and the day's reports are the source for what was said or done that day.
 */
function sourceDates(entities: unknown[]): string[] {
  const out: string[] = [];
  entities.forEach((e, i) => {
    if (!isObj(e)) return;
    for (const f of [...arr(e.facts), ...arr(e.later)]) {
      if (!isObj(f)) continue;
      const date = str(f.date);
      const src = str(f.source);
      if (!date || !src) continue;
      const pub = urlDate(src);
      if (!pub) continue;
      const late = date.length === 10 ? dayNum(date) - dayNum(pub) > 1 : date > pub.slice(0, date.length);
      if (late) out.push(`entity ${entityLabel(e, i)}: fact dated ${date} cites a source published ${pub}, before it`);
      else if (date.length === 10 && date.startsWith('2023-09') && dayNum(pub) - dayNum(date) > 10) {
        out.push(`entity ${entityLabel(e, i)}: fact dated ${date} cites a round-up published ${pub}; cite the day's reports`);
      }
    }
  });
  return out;
}

const ENCYCLOPEDIA = /(^|\.)(wikipedia\.org|wikidata\.org|britannica\.com|wikiwand\.com|dbpedia\.org|encyclopedia\.com|ruwiki\.ru|namu\.wiki)$/;

/**
 * Entities whose every source (entity sources and fact sources) is an encyclopedia. Listed as a
 * warning, not a problem: an encyclopedia is not wrong as such, and a hard failure would block
 * every other dataset edit until each is re-sourced; `dataset --check` prints the list so it shrinks.
 */
export function encyclopediaOnly(data: unknown): string[] {
  if (!isObj(data)) return [];
  const out: string[] = [];
  arr(data.entities).forEach((e, i) => {
    if (!isObj(e)) return;
    const urls = [...arr(e.sources), ...arr(e.facts).map((f) => (isObj(f) ? f.source : null))].map(str).filter((u): u is string => !!u);
    const hosts = urls.map((u) => { try { return new URL(u).hostname; } catch { return ''; } });
    if (hosts.length > 0 && hosts.every((h) => ENCYCLOPEDIA.test(h))) out.push(`entity ${entityLabel(e, i)}: every source is an encyclopedia`);
  });
  return out;
}

const MONTHS = ENGLISH_MONTHS.map((m) => m.toLowerCase());

/** The days a fact's text names outright ("on 10 September", "September 10"), in the fact's year. */
function daysNamed(text: string, year: string): Set<string> {
  const out = new Set<string>();
  const month = MONTHS.join('|');
  const re = new RegExp(`\\b(?:(\\d{1,2}) (${month})|(${month}) (\\d{1,2}))\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    const d = m[1] ?? m[4] ?? '';
    const mo = MONTHS.indexOf((m[2] ?? m[3] ?? '').toLowerCase()) + 1;
    out.add(`${year}-${String(mo).padStart(2, '0')}-${d.padStart(2, '0')}`);
  }
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names the entity by one of its English names (short forms in their exact case). */
function namesEntity(text: string, e: Raw | undefined): boolean {
  if (!e) return false;
  const test = (n: string, flags: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n)}(?![\\p{L}\\p{N}])`, flags).test(text);
  const aliases = isObj(e.aliases) ? arr(e.aliases.en) : [];
  const shorts = isObj(e.short) ? arr(e.short.en) : [];
  return aliases.some((n) => typeof n === 'string' && test(n, 'iu')) || shorts.some((n) => typeof n === 'string' && test(n, 'u'));
}

/**
 * The timeline and the entities' facts must give an event the same date and place.
 *
 * A fact that reports a timeline event says so (`event`): its date must be the entry's, at the
 * fact's precision, and its `place`, if given, the entry's place. An unknown event id fails.
 *
 * A guard for facts that carry no link: a story-day fact of entity X that names (by an English
 * name) the place of a timeline entry listing X describes that entry's event, so it must share a
 * date with one such entry, or name that entry's day in its text (a fact about a later report:
 * "KCNA reported that Kim had left Pyongyang on 10 September"). Places alone would not do: the
 * trip passed Vladivostok and Pyongyang on several days; X and the place together pin the event.
 */
function timelineAgreement(data: Raw): string[] {
  const story = isObj(data.story) ? data.story : {};
  const timeline = arr(story.timeline).filter(isObj);
  const start = str(story.start) ?? '';
  const end = str(story.end) ?? '';
  const out: string[] = [];
  const byEvent = new Map<string, Raw>();
  for (const t of timeline) {
    const ev = str(t.event);
    if (ev === null) continue;
    if (byEvent.has(ev)) out.push(`timeline event "${ev}" is listed twice`);
    byEvent.set(ev, t);
  }
  const byId = new Map<string, Raw>();
  for (const e of arr(data.entities)) if (isObj(e) && typeof e.id === 'string') byId.set(e.id, e);
  arr(data.entities).forEach((e, i) => {
    if (!isObj(e)) return;
    const label = entityLabel(e, i);
    for (const f of [...arr(e.facts), ...arr(e.later)]) {
      if (!isObj(f)) continue;
      const date = str(f.date) ?? '';
      const ev = str(f.event);
      const place = str(f.place);
      if (ev === null) {
        if (place !== null) out.push(`entity ${label}: fact ${date} gives a place but no timeline event`);
        if (date.length !== 10 || date < start || date > end) continue;
        const text = str(f.text) ?? '';
        const about = timeline.filter((t) => (arr(t.entities).includes(e.id) || t.place === e.id) && namesEntity(text, byId.get(String(t.place))));
        if (about.length === 0 || about.some((t) => t.date === date)) continue;
        const named = daysNamed(text, date.slice(0, 4));
        if (about.some((t) => named.has(String(t.date)))) continue;
        const list = about.map((t) => `${String(t.event)} (${String(t.date)})`).join(', ');
        out.push(`entity ${label}: fact dated ${date} describes ${list} of the timeline at another date; link it (event) or fix the date`);
        continue;
      }
      const t = byEvent.get(ev);
      if (!t) {
        out.push(`entity ${label}: fact ${date} names unknown timeline event "${ev}"`);
        continue;
      }
      const tDate = str(t.date) ?? '';
      if (tDate.slice(0, date.length) !== date) out.push(`entity ${label}: fact dated ${date} reports ${ev}, which the timeline dates ${tDate}`);
      if (place !== null && place !== t.place) out.push(`entity ${label}: fact ${date} places ${ev} at ${place}, the timeline at ${String(t.place)}`);
    }
  });
  return out;
}

/** All problems found in `data` (a Dataset, or anything claiming to be one). */
export function checkDataset(data: unknown, opts: CheckOptions = {}): string[] {
  if (!isObj(data)) return ['dataset is not an object'];
  const entities = arr(data.entities);
  const known = new Set(entities.map((e) => (isObj(e) ? str(e.id) : null)).filter((id): id is string => id !== null));
  return [
    ...schemaProblems(data),
    ...duplicateIds(entities),
    ...aliasCollisions(entities, arr(data.ambiguous)),
    ...unknownReferences(data, known),
    ...entityContent(entities),
    ...staleDescriptions(entities),
    ...sourceDates(entities),
    ...timelineAgreement(data),
    ...coverage(entities),
    ...missingNames(entities, arr(data.ambiguous), opts.requiredNames ?? []),
  ];
}
