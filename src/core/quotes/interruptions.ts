/**
 * Russian-style interrupted quotes: «Первая часть, — сказал он. — Вторая часть». The author's
 * words sit inside the marks between dashes; they split the span into two quotations, and the
 * middle words are their attribution. Only a middle that holds a cue splits, so a dash inside
 * quoted speech stays part of it.
 */
import type { QuoteCandidate } from './candidate';
import type { QuoteContext } from './context';

const INTERRUPTION = /[,.!?…]?\s+[—–]\s+([^—–«»]{2,160}?)[.,:]\s*[—–]\s+(?=\S)/gu;

export function splitInterruptions(ctx: QuoteContext, cands: readonly QuoteCandidate[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const c of cands) {
    if (c.source !== 'marks') {
      out.push(c);
      continue;
    }
    const content = ctx.text.slice(c.start, c.end);
    let from = c.start;
    let open = c.open;
    INTERRUPTION.lastIndex = 0;
    for (let m = INTERRUPTION.exec(content); m !== null; m = INTERRUPTION.exec(content)) {
      const middleStart = c.start + m.index + m[0].indexOf(m[1] as string);
      const middleEnd = middleStart + (m[1] as string).length;
      if (ctx.cues.find(ctx.text, middleStart, middleEnd).length === 0) continue;
      const pieceEnd = c.start + m.index;
      const dashAt = c.start + m.index + m[0].search(/[—–]\s*$/u);
      if (pieceEnd > from) out.push({ start: from, end: pieceEnd, open, closeEnd: pieceEnd, source: 'marks' });
      from = c.start + m.index + m[0].length;
      open = dashAt; // the second dash opens the next piece, as a mark would
    }
    out.push(from === c.start ? c : { start: from, end: c.end, open, closeEnd: c.closeEnd, source: 'marks' });
  }
  return out;
}
