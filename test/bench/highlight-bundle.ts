/** The in-page side of the highlight comparison, bundled on the fly for injection into a page. */
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../e2e/harness';

export const MARKJS_PATH = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

let cached: Promise<string> | null = null;

/** inpage-highlight.ts as one minified IIFE, built the way build.mjs builds the extension. */
export function highlightBundle(): Promise<string> {
  cached ??= esbuild
    .build({
      absWorkingDir: ROOT,
      entryPoints: [join(ROOT, 'test/bench/inpage-highlight.ts')],
      bundle: true, write: false, format: 'iife', target: ['chrome120', 'firefox128'], minify: true, logLevel: 'warning',
      define: { __STORYLENS_BENCH__: 'false', __STORYLENS_BROWSER__: '"chrome"' },
    })
    .then((r) => r.outputFiles[0]!.text);
  return cached;
}
