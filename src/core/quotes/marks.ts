/**
 * Quotation-mark conventions. Each mark belongs to a family; closing marks pair with an open
 * mark of the same family. Which direction an ambiguous mark (", ', ’, “, », …) faces is decided
 * in spans.ts from its neighbours, because the same glyph opens in one language and closes in
 * another (“ opens in English, closes after „ in German; » closes in French, opens in German).
 */

export type Family = 'double' | 'single' | 'guil' | 'guilSingle' | 'corner' | 'whiteCorner' | 'prime';

export const FAMILY: Readonly<Record<string, Family>> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  "'": 'single',
  '‘': 'single',
  '’': 'single',
  '‚': 'single',
  '«': 'guil',
  '»': 'guil',
  '‹': 'guilSingle',
  '›': 'guilSingle',
  '「': 'corner',
  '」': 'corner',
  '『': 'whiteCorner',
  '』': 'whiteCorner',
  '〝': 'prime',
  '〞': 'prime',
  '〟': 'prime',
};

/** Every character that can be a quotation mark, for a fast scan. */
export const MARK_RE = /["'“”„‟‘’‚«»‹›「」『』〝〞〟]/g;

/** Characters that may reopen a quote at the start of a continuation paragraph, per family. */
export const REOPENERS: Readonly<Record<Family, string>> = {
  double: '"“„”',
  single: "'‘‚",
  guil: '«»',
  guilSingle: '‹›',
  corner: '「',
  whiteCorner: '『',
  prime: '〝',
};
