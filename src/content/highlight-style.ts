/** The page-level stylesheet: ::highlight() rules for the Highlight API, and the wrap backend's marks. */
import { HIGHLIGHT_KINDS, type Settings } from '../shared/settings';
import { HIGHLIGHT_PREFIX, MARK_TAG } from './highlighter/types';

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
          ? `background-color: ${colour}; text-decoration: underline dotted 1px #777;`
          : `background-color: ${colour}; color: #111;`;
    rules.push(`::highlight(${HIGHLIGHT_PREFIX}${kind}) { ${decl} }`);
    rules.push(`${MARK_TAG}[data-kind="${kind}"] { ${decl} }`);
  }
  rules.push(`${MARK_TAG} { display: inline; }`);
  return rules.join('\n');
}
