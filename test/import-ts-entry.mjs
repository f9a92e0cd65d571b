/**
 * Bundles a TypeScript entry of the test scripts (the fitter, the sentinel recall) for Node and
 * imports it: the same esbuild settings as the CLI build, jsdom left external.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export async function importTsEntry(root, entry) {
  // Inside the project's dist/, so that jsdom resolves from its node_modules.
  const out = path.join(root, 'dist', `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { __STORYLENS_BENCH__: 'false', __STORYLENS_BROWSER__: '"node"' },
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    fs.rmSync(out, { force: true });
  }
}
