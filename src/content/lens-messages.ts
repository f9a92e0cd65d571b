/**
 * What the lens does with each message from the background, by type. Anything that is not
 * exactly one of the lens's own messages is left alone (undefined: not answered here), so a
 * message meant for someone else can never switch the lens off.
 */
import { parseLensMessage, type RevealResult } from '../shared/messages';
import type { Lens } from './lens-controller';

const NOTHING_SHOWN: RevealResult = { shown: -1, total: 0 };

/** Runs the message on the lens; the promise carries the answer (true, or a RevealResult for lens-reveal). */
export function handleLensMessage(lens: Lens, raw: unknown, onTeardown: () => void): Promise<boolean | RevealResult> | undefined {
  const msg = parseLensMessage(raw);
  if (!msg) return undefined;
  try {
    switch (msg.type) {
      case 'lens-step':
        lens.step(msg.direction);
        return Promise.resolve(true);
      case 'lens-reveal':
        return Promise.resolve(lens.reveal(msg.target, msg.n));
      case 'lens-highlights':
        return lens.setHighlights(msg.on).then(() => true, () => false);
      case 'lens-force':
        return lens.force().then(() => true, () => false);
      case 'lens-teardown':
        lens.teardown();
        onTeardown();
        return Promise.resolve(true);
    }
  } catch {
    // Never into the page; the popup shows that nothing happened.
  }
  return Promise.resolve(msg.type === 'lens-reveal' ? NOTHING_SHOWN : false);
}
