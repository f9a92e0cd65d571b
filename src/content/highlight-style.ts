/** The page-level stylesheet: ::highlight() rules for the Highlight API, and the wrap backend's marks. */
import { HIGHLIGHT_KINDS, type Settings } from '../shared/settings';
import { FLASH_ATTR, FLASH_NAME, HIGHLIGHT_PREFIX, MARK_TAG } from './highlighter/types';

/** Text on every tint is ours, dark, whatever the page's own colour (a dark page's light text would vanish on a pale tint). */
export const HIGHLIGHT_TEXT = '#111';
/** The mark the popup just revealed: a strong amber, 9:1 against HIGHLIGHT_TEXT. */
export const FLASH_BACKGROUND = '#ff9f1c';

export function highlightCss(settings: Settings): string {
  const rules: string[] = [];
  for (const kind of HIGHLIGHT_KINDS) {
    const colour = settings.colours[kind];
    // Quotes get an underline so names inside them keep their own colour; names with no dataset
    // entry get a quieter dotted underline on a pale tint.
    const decl =
      kind === 'quote'
        ? `text-decoration: underline 2px ${colour};`
        : kind === 'other'
          ? `background-color: ${colour}; color: ${HIGHLIGHT_TEXT}; text-decoration: underline dotted 1px #777;`
          : `background-color: ${colour}; color: ${HIGHLIGHT_TEXT};`;
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}${kind}) { ${decl} }`);
    rules.push(`${MARK_TAG}[data-kind="${kind}"] { ${decl} }`);
  }
  const flash = `background-color: ${FLASH_BACKGROUND}; color: ${HIGHLIGHT_TEXT};`;
  rules.push(`::highlight(${FLASH_NAME}) { ${flash} }`);
  rules.push(`${MARK_TAG}[${FLASH_ATTR}] { ${flash} outline: 2px solid #d9480f; }`);
  rules.push(`${MARK_TAG} { display: inline; }`);
  return rules.join('\n');
}
