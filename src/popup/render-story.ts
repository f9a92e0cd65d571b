/** The story at the top of the popup: title, dates, one line, and why this page matched (folded). */
import type { Phase, Story } from '../data/schema';
import type { LensReport } from '../shared/messages';
import { h, uid } from './h';
import { formatRange } from './format';
import { signalsInWords } from './model';

export function renderStory(story: Story, report: LensReport): HTMLElement {
  const headingId = uid('story');
  const signals = signalsInWords(report);
  return h('section', { class: 'story', 'aria-labelledby': headingId },
    h('p', { class: 'eyebrow' }, 'This page carries the story'),
    h('h2', { id: headingId }, story.title),
    h('p', { class: 'dates' }, h('time', { datetime: story.start }, formatRange(story.start, story.end))),
    h('p', { class: 'one-line' }, story.oneLine),
    phaseLine(story, report),
    h('details', { class: 'why' },
      h('summary', {}, 'Why this page matched'),
      signals.for.length ? h('ul', { class: 'for' }, signals.for.map((t) => h('li', {}, capitalise(t)))) : h('p', {}, 'No single signal stood out.'),
      signals.against.length ? [h('p', { class: 'against-head' }, 'Against it, weighed and outweighed:'), h('ul', { class: 'against' }, signals.against.map((t) => h('li', {}, capitalise(t))))] : null,
    ),
  );
}

/** Which part of the arc this page covers: "This page: the summit with Putin … (13–14 September 2023)". */
function phaseLine(story: Story, report: LensReport): HTMLElement | null {
  const phase = phaseOfReport(story, report);
  if (!phase) return null;
  return h('p', { class: 'phase' }, `This page: ${phase.label} (${formatRange(phase.start, phase.end)})`);
}

export function phaseOfReport(story: Story, report: Pick<LensReport, 'story'>): Phase | null {
  const id = report.story.phase?.id;
  return (id && story.phases?.find((p) => p.id === id)) || null;
}

export const capitalise = (t: string) => (t ? t[0]!.toUpperCase() + t.slice(1) : t);
