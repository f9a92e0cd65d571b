#!/usr/bin/env node
// `npm run bench`: bundles the TypeScript benchmark (test/bench/main.ts) with esbuild on the fly
// (Node 20 cannot run TypeScript) and runs it. Expects `node build.mjs` and `node build.mjs --bench`
// to have run (the npm script does both).
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [join(root, 'test/bench/main.ts')],
  bundle: true, write: false, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  define: { __STORYLENS_BENCH__: 'false', __STORYLENS_BROWSER__: '"node"', 'import.meta.dirname': JSON.stringify(join(root, 'test/bench')) },
});
// Written next to node_modules' resolution root so bare imports (playwright-core, jsdom) resolve.
const dir = mkdtempSync(join(root, 'test/bench/.run-'));
const file = join(dir, 'bench.mjs');
writeFileSync(file, result.outputFiles[0].text);
try {
  const { main } = await import(pathToFileURL(file).href);
  process.exitCode = await main(process.argv.slice(2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
