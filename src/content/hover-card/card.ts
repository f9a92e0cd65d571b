/**
 * The hover card: one host element of our own (<storylens-card>) with a CLOSED shadow root, placed
 * next to the name with @floating-ui/dom (flip + shift: never off-screen). Opened by hover or by
 * the keyboard command; Escape or the close button closes it; a keyboard-opened card takes focus
 * and is announced through a polite live region, and focus goes back where it was on close.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { CardData } from './card-data';
import { buildCard } from './card-dom';
import { CARD_CSS } from './card-style';
import { adoptStyles, type StyleHandle } from '../styles';

export const CARD_HOST_TAG = 'storylens-card';

export interface OpenOptions {
  /** The pointer position, to pick the line box of a name that wraps. */
  point?: { x: number; y: number };
  viaKeyboard: boolean;
}

export interface CardController {
  show(data: CardData, anchor: Range, opts: OpenOptions): void;
  hide(): void;
  isOpen(): boolean;
  /** True for events inside the card (the host is all the page can see of it). */
  owns(target: EventTarget | null): boolean;
  readonly host: HTMLElement | null;
  destroy(): void;
}

function anchorRect(anchor: Range, point?: { x: number; y: number }): DOMRect {
  const rects = Array.from(anchor.getClientRects());
  if (point) {
    const under = rects.find((r) => point.x >= r.left - 1 && point.x <= r.right + 1 && point.y >= r.top - 1 && point.y <= r.bottom + 1);
    if (under) return under;
  }
  return rects[0] ?? anchor.getBoundingClientRect();
}

export function createCard(doc: Document, hooks: { onPointer(inside: boolean): void }): CardController {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let wrap: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let styles: StyleHandle | null = null;
  let open = false;
  let returnFocus: Element | null = null;
  let openedByKeyboard = false;
  let anchorRange: Range | null = null;
  let anchorPoint: { x: number; y: number } | undefined;

  const ensureHost = (): void => {
    if (host) return;
    host = doc.createElement(CARD_HOST_TAG);
    shadow = host.attachShadow({ mode: 'closed' });
    styles = adoptStyles(doc, shadow, CARD_CSS);
    wrap = doc.createElement('div');
    wrap.className = 'wrap';
    wrap.hidden = true;
    live = doc.createElement('div');
    live.className = 'sr';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    shadow.append(wrap, live);
    host.addEventListener('pointerenter', () => hooks.onPointer(true));
    host.addEventListener('pointerleave', () => hooks.onPointer(false));
    doc.documentElement.appendChild(host);
  };

  const place = (): void => {
    if (!wrap || !anchorRange) return;
    const rect = anchorRect(anchorRange, anchorPoint);
    const reference = { getBoundingClientRect: () => rect, getClientRects: () => [rect] };
    const target = wrap;
    void computePosition(reference, target, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(
      ({ x, y }) => {
        target.style.setProperty('left', `${Math.round(x)}px`);
        target.style.setProperty('top', `${Math.round(y)}px`);
      },
      () => {
        // The page removed or hid the anchor meanwhile: the card keeps its last place.
      },
    );
  };

  const onKey = (e: KeyboardEvent): void => {
    if (open && e.key === 'Escape') {
      hide();
      e.stopPropagation();
    }
  };
  const onScroll = (): void => {
    if (!open) return;
    // A hover card belongs to the spot under the pointer; a keyboard card follows its name.
    if (openedByKeyboard) place();
    else hide();
  };

  function hide(): void {
    if (!open || !wrap) return;
    open = false;
    wrap.hidden = true;
    wrap.replaceChildren();
    doc.removeEventListener('keydown', onKey, true);
    doc.defaultView?.removeEventListener('scroll', onScroll, true);
    if (openedByKeyboard && returnFocus instanceof (doc.defaultView?.HTMLElement ?? Object)) (returnFocus as HTMLElement).focus?.({ preventScroll: true });
    returnFocus = null;
    anchorRange = null;
  }

  return {
    show(data, anchor, opts) {
      ensureHost();
      if (!wrap || !live) return;
      const wasOpen = open;
      const parts = buildCard(doc, data, hide);
      wrap.replaceChildren(parts.root);
      wrap.hidden = false;
      open = true;
      openedByKeyboard = opts.viaKeyboard;
      anchorRange = anchor;
      anchorPoint = opts.point;
      place();
      if (!wasOpen) {
        doc.addEventListener('keydown', onKey, true);
        doc.defaultView?.addEventListener('scroll', onScroll, { capture: true, passive: true });
      }
      if (opts.viaKeyboard) {
        if (!wasOpen || returnFocus === null) returnFocus = doc.activeElement === host ? null : doc.activeElement;
        parts.root.focus({ preventScroll: true });
        live.textContent = parts.announcement;
      }
    },
    hide,
    isOpen: () => open,
    owns: (target) => host !== null && target === host,
    get host() {
      return host;
    },
    destroy() {
      hide();
      styles?.remove();
      host?.remove();
      host = shadow = wrap = live = null;
    },
  };
}
