/** The human-readable summary `storylens analyze` prints without --json. */
import type { Analysis, EntityType } from '../core/types';

const KINDS: [EntityType, string][] = [['person', 'people'], ['organisation', 'organisations'], ['place', 'places'], ['thing', 'things']];

export function formatSummary(file: string, a: Analysis): string {
  const lines = [file, `  title:     ${a.title || '(none)'}`];
  lines.push(`  page:      ${[a.site, a.lang, a.published].filter(Boolean).join(' · ') || '(no metadata)'}`);
  const s = a.story;
  lines.push(`  story:     ${s.matched ? 'MATCHED' : 'not matched'} — ${s.title} (score ${s.score.toFixed(1)})`);
  if (s.related) lines.push(`  instead:   ${s.related.title} (score ${s.related.score.toFixed(1)})`);
  for (const sig of s.signals.slice(0, 8)) lines.push(`             ${sig.weight >= 0 ? '+' : '−'} ${sig.text}`);
  for (const [type, label] of KINDS) {
    const names = a.entities.filter((e) => e.type === type && e.id).map((e) => `${e.name} ×${e.mentions.length}`);
    if (names.length) lines.push(`  ${label.padEnd(10)} ${names.join(', ')}`);
  }
  const others = a.entities.filter((e) => !e.id).map((e) => e.name);
  if (others.length) lines.push(`  other names: ${others.join(', ')}`);
  for (const q of a.quotes) {
    const who = q.speaker ? q.speaker.name : 'unattributed';
    const via = q.via.length ? ` (via ${q.via.map((v) => v.name).join(', ')})` : '';
    const text = q.text.length > 70 ? `${q.text.slice(0, 67)}…` : q.text;
    lines.push(`  quote:     “${text}” — ${who}${via}`);
  }
  return lines.join('\n') + '\n';
}
