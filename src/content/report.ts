/** The lens's report to the background: the analysis without its long text (see LensReport). */
import type { Analysis } from '../core/types';
import type { HighlightBackendName, LensReport } from '../shared/messages';

const MAX_QUOTE = 1000;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/**
 * Scores and weights as finite numbers: messaging and JSON turn ±Infinity into null, which fails
 * the report's shape check and loses the whole report. "Rules the story out" stays a big negative.
 */
const SCORE_LIMIT = 999;
export const finite = (n: number): number => (Number.isNaN(n) ? 0 : Math.max(-SCORE_LIMIT, Math.min(SCORE_LIMIT, n)));

export function toReport(analysis: Omit<Analysis, 'text'>, highlights: number, backend: HighlightBackendName): LensReport {
  return {
    url: analysis.url === null ? null : clip(analysis.url, 4000),
    title: clip(analysis.title, 1000),
    site: analysis.site === null ? null : clip(analysis.site, 300),
    lang: analysis.lang === null ? null : clip(analysis.lang, 20),
    published: analysis.published,
    story: {
      id: analysis.story.id,
      title: clip(analysis.story.title, 300),
      matched: analysis.story.matched,
      score: finite(analysis.story.score),
      signals: analysis.story.signals.slice(0, 100).map((s) => ({ kind: clip(s.kind, 40), text: clip(s.text, 300), weight: finite(s.weight) })),
      related: analysis.story.related ? { id: analysis.story.related.id, title: clip(analysis.story.related.title, 300), score: finite(analysis.story.related.score) } : null,
      phase: analysis.story.phase ? { id: clip(analysis.story.phase.id, 100), label: clip(analysis.story.phase.label, 300) } : null,
    },
    entities: analysis.entities.slice(0, 500).map((e) => ({ id: e.id, name: clip(e.name, 200), type: e.type, count: e.mentions.length })),
    quotes: analysis.quotes.slice(0, 300).map((q) => ({
      text: clip(q.text, MAX_QUOTE),
      speaker: q.speaker ? { id: q.speaker.id, name: clip(q.speaker.name, 200), ...(q.speaker.title ? { title: clip(q.speaker.title, 200) } : {}) } : null,
      via: q.via.slice(0, 20).map((v) => ({ id: v.id, name: clip(v.name, 200) })),
    })),
    highlights,
    backend,
  };
}

/** Entities of a later fragment folded into the page's list (same id, or same name when unlinked). */
export function mergeEntities(into: Analysis['entities'], more: Analysis['entities']): Analysis['entities'] {
  const out = into.map((e) => ({ ...e, mentions: [...e.mentions] }));
  for (const e of more) {
    const same = out.find((o) => (e.id !== null ? o.id === e.id : o.id === null && o.name === e.name));
    if (same) same.mentions.push(...e.mentions);
    else out.push({ ...e, mentions: [...e.mentions] });
  }
  return out;
}
