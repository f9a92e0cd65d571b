// Types of the vendored copy: the package's own (the code is the same but for three DOM-copy edits).
export { Readability } from '@mozilla/readability';
