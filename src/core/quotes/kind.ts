/**
 * Direct or partial, and scare quotes. A direct quote is a sentence of the speaker's: it starts
 * with a capital (or an uncased script) and ends on punctuation or is introduced by a colon or a
 * comma. A partial quote sits inside the reporter's sentence ("termed it "illegal and unjust"").
 * One or two quoted words with no cue near them are scare quotes, not quotations; so are short
 * title-case runs (names of marches, films, operations) with no cue.
 */
import { isLetter, isUncased, isUpper, wordCount } from './chars';
import { SO_CALLED } from './cues';

const ENDS_PUNCT = /[.!?…,。！？，、:;—–-]$/u;
const ENDS_SENTENCE_KO = /(?:다|요|까|죠|니다)$/u;

export function quoteKind(content: string, introducedBy: string, continuesDirect: boolean): 'direct' | 'partial' {
  let i = 0;
  while (i < content.length && !isLetter(content[i]) && !/\p{N}/u.test(content[i] as string)) i++;
  const first = content[i];
  const intro = introducedBy.trimEnd();
  const introduced = intro === '' || /[:,，：]$/u.test(intro);
  if (isUncased(first)) {
    return ENDS_PUNCT.test(content) || ENDS_SENTENCE_KO.test(content) || wordCount(content) >= 8 ? 'direct' : 'partial';
  }
  if (!isUpper(first)) return continuesDirect ? 'direct' : 'partial';
  return ENDS_PUNCT.test(content) || introduced ? 'direct' : 'partial';
}

export function isScareQuote(text: string, open: number, content: string, cueNear: boolean): boolean {
  if (SO_CALLED.test(text.slice(Math.max(0, open - 24), open))) return true;
  if (cueNear) return false;
  const words = wordCount(content);
  if (words <= 2) return true;
  // "Farewell of Slavianka." : the sentence's full stop sits inside the marks in American style
  const bare = content.replace(/[.,;:!?…]+$/u, '');
  const latinWords = bare.split(/\s+/u).filter((w) => isLetter(w[0]));
  const titleCase = latinWords.length > 0 && latinWords.every((w) => isUpper(w[0]) || /^(?:of|the|and|de|du|la|le|der|die|das|von|y|el|for|in|on)$/u.test(w));
  return words <= 4 && titleCase && !/[!?…]$/u.test(content);
}
