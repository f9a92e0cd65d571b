/**
 * The card's DOM, built with createElement/textContent only (never innerHTML: dataset text and
 * page text are data, not markup).
 */
import type { CardData } from './card-data';

const KIND_LABEL: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  thing: 'Thing',
};
const QUOTE_PREVIEW = 180;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string | null, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface CardParts {
  root: HTMLElement;
  close: HTMLButtonElement;
  /** One sentence for the live region when the card opens from the keyboard. */
  announcement: string;
}

/** Builds the card's body. ids are unique inside the card's own shadow root. */
export function buildCard(doc: Document, data: CardData, onClose: () => void): CardParts {
  const root = el(doc, 'div', 'card');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'false');
  root.setAttribute('aria-labelledby', 'sl-card-title');
  root.setAttribute('aria-describedby', 'sl-card-desc');
  root.tabIndex = -1;

  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', onClose);

  const head = el(doc, 'div', 'head');
  const title = el(doc, 'h2', 'title');
  title.id = 'sl-card-title';
  const kind = el(doc, 'p', 'kind');
  const desc = el(doc, 'p', 'desc');
  desc.id = 'sl-card-desc';
  head.append(title, close);
  root.append(head, kind);

  let announcement: string;
  switch (data.kind) {
    case 'entity': {
      title.textContent = data.name;
      kind.textContent = KIND_LABEL[data.type] ?? data.type;
      desc.textContent = data.description;
      root.append(desc, el(doc, 'p', 'note', data.note));
      root.append(el(doc, 'h3', null, 'In this story'), el(doc, 'p', 'role', data.role));
      if (data.later.length) {
        root.append(el(doc, 'h3', null, 'Since then (after the story)'));
        const ul = el(doc, 'ul', 'later');
        for (const change of data.later) {
          const li = el(doc, 'li', null);
          const time = el(doc, 'time', null, change.date);
          time.dateTime = change.date;
          li.append(time, doc.createTextNode(` ${change.text}`));
          ul.append(li);
        }
        root.append(ul);
      }
      const link = el(doc, 'a', 'ref', 'Wikipedia article');
      link.href = data.wikipedia;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      root.append(link);
      announcement = `${data.name}, ${kind.textContent}: ${data.description}`;
      break;
    }
    case 'unknown':
      title.textContent = data.name;
      kind.textContent = KIND_LABEL[data.type] ?? data.type;
      desc.textContent = "Name not in StoryLens's dataset.";
      root.append(desc);
      announcement = `${data.name}: name not in StoryLens's dataset.`;
      break;
    case 'quote': {
      const speaker = data.speaker?.name ?? 'Speaker not named';
      title.textContent = speaker;
      kind.textContent = 'Quote';
      const preview = data.text.length > QUOTE_PREVIEW ? `${data.text.slice(0, QUOTE_PREVIEW - 1)}…` : data.text;
      desc.textContent = `“${preview}”`;
      root.append(desc);
      if (data.speaker?.note) root.append(el(doc, 'p', 'note', data.speaker.note));
      root.append(el(doc, 'p', 'via', data.via.length ? `Reported through ${data.via.join(', ')}.` : 'No outlet named for this quote.'));
      announcement = `Quote from ${speaker}.`;
      break;
    }
  }
  return { root, close, announcement };
}
