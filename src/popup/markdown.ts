/** "Copy summary": the story on this page as Markdown — the story, the names with one line each, the quotes, the address. */
import type { Dataset, Entity } from '../data/schema';
import type { LensReport } from '../shared/messages';
import { formatRange, plural } from './format';
import { groupEntities, quotesBySpeaker } from './model';
import { phaseOfReport } from './render-story';

/** Keeps page text from turning into Markdown structure (emphasis, links, headings). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function summaryMarkdown(report: LensReport, dataset: Dataset, byId: ReadonlyMap<string, Entity>, pageUrl: string | null): string {
  const { story } = dataset;
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(story.title)}`, '');
  lines.push(`${formatRange(story.start, story.end)}. ${escapeMarkdown(story.oneLine)}`, '');
  const phase = phaseOfReport(story, report);
  if (phase) lines.push(`This page: ${escapeMarkdown(phase.label)} (${formatRange(phase.start, phase.end)}).`, '');
  const page = report.title ? escapeMarkdown(report.title) : 'This page';
  const url = pageUrl ?? report.url;
  lines.push(url ? `Page: [${page}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `Page: ${page}`, '');

  const { groups, others } = groupEntities(report.entities, byId);
  if (groups.length || others.length) {
    lines.push('## Names on the page', '');
    for (const g of groups) {
      lines.push(`### ${g.label}`, '');
      for (const n of g.names) lines.push(`- **${escapeMarkdown(n.name)}** (${plural(n.count, 'mention')}): ${escapeMarkdown(n.entity.description)}`);
      lines.push('');
    }
    if (others.length) lines.push(`Other names, without notes: ${others.map((o) => escapeMarkdown(o.name)).join(', ')}`, '');
  }

  const speakers = quotesBySpeaker(report.quotes, byId);
  if (speakers.length) {
    lines.push('## Quotes', '');
    for (const g of speakers) {
      for (const q of g.quotes) {
        const via = q.via.length ? ` (via ${q.via.map(escapeMarkdown).join(', ')})` : '';
        lines.push(`- ${g.speaker ? `**${escapeMarkdown(g.speaker)}**` : 'Unattributed'}: “${escapeMarkdown(q.text)}”${via}`);
      }
    }
    lines.push('');
  }
  lines.push('_Summary by StoryLens._');
  return lines.join('\n') + '\n';
}
