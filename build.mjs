// Builds StoryLens with esbuild into two ready-to-load folders, dist/chrome and dist/firefox, a
// zip of each for store upload, and the Node CLI in dist/cli.
//
//   node build.mjs            build everything once
//   node build.mjs --watch    rebuild on change
//   node build.mjs --cli-only only the CLI (for `npm run eval`)
//   node build.mjs --bench    extension with performance marks on (for `npm run bench`), into dist/bench-*
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { makeBasemap } from './src/popup/map/make-basemap.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const bench = args.has('--bench');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Firefox 128 is the oldest Firefox ESR still supported; it has MV3 with `scripting`,
 * `optional_host_permissions` and the host-permission UI the popup relies on. The CSS Custom
 * Highlight API arrived later (140), which is why the lens keeps a wrapping fallback.
 */
const FIREFOX_MIN = '128.0';
const GECKO_ID = 'storylens@storylens.dev';
/** Browser targets for esbuild's syntax lowering: Chrome 120 (MV3 + CSS highlights) and Firefox 128. */
const TARGETS = ['chrome120', 'firefox128'];

const entries = {
  'content/sentinel': 'src/content/sentinel.ts',
  'content/lens': 'src/content/lens.ts',
  background: 'src/background/index.ts',
  'popup/popup': 'src/popup/popup.ts',
  'options/options': 'src/options/options.ts',
};
/**
 * Bench build only: a content script of its own, injected just before the sentinel, whose one
 * statement marks the start (test/bench). A mark inside the sentinel would come after the browser
 * compiled it, and compiling is part of what the sentinel costs a page.
 */
const BENCH_START = {
  file: 'content/bench-start.js',
  code: "performance.mark('storylens:cs:start');\n",
  compiled: "performance.measure('storylens:cs:compile','storylens:cs:start');\n",
};
/** Static files copied as they are (relative to src/ → dist/<browser>/). */
const staticFiles = ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css'];

/**
 * Derives a browser's manifest from the one source manifest. The sentinel is not declared there:
 * the background registers it (src/background/registration.ts) for the pages the user's mode
 * covers, under the one host permission for http(s) pages.
 */
export function manifestFor(browserName) {
  const m = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  m.version = pkg.version;
  if (browserName === 'firefox') {
    m.background = { scripts: [m.background.service_worker] };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN,
        // StoryLens collects nothing and sends nothing anywhere.
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}

function zipFolder(dir, outFile) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(dir);
  writeFileSync(outFile, zipSync(files, { level: 9, mtime: new Date('2023-09-13T00:00:00Z') }));
}

function copyStatic(outDir, browserName) {
  for (const f of staticFiles) {
    mkdirSync(dirname(join(outDir, f)), { recursive: true });
    cpSync(join(root, 'src', f), join(outDir, f));
  }
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(join(root, `icons/icon-${size}.png`), join(outDir, `icons/icon-${size}.png`));
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifestFor(browserName), null, 2) + '\n');
}

/** `import * as basemap from 'storylens:basemap'`: the popup's map, drawn at build time. */
const basemapPlugin = {
  name: 'basemap',
  setup(build) {
    build.onResolve({ filter: /^storylens:basemap$/ }, () => ({ path: 'basemap', namespace: 'storylens' }));
    build.onLoad({ filter: /.*/, namespace: 'storylens' }, () => {
      const places = JSON.parse(readFileSync(join(root, 'src/data/entities/places.json'), 'utf8')).filter((p) => p.coords);
      return { contents: JSON.stringify(makeBasemap(places)), loader: 'json', watchFiles: [join(root, 'src/data/entities/places.json')] };
    });
  },
};

/**
 * The sentinel's term list, derived from the dataset at build time (src/content/sentinel-terms.ts),
 * so the tiny sentinel bundle carries a few hundred folded names instead of the dataset.
 */
async function sentinelTerms() {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: {
      contents: "import { dataset } from './src/data/index'; import { deriveSentinelTerms } from './src/content/sentinel-terms'; export default deriveSentinelTerms(dataset);",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.default;
}

/** A term group as the sentinel carries it: one string, terms between '|' (which no folded term contains). */
function delimited(group, by = '|') {
  const bad = group.find((t) => t.includes('|') || t.includes(by) || t === '');
  if (bad !== undefined) throw new Error(`sentinel term ${JSON.stringify(bad)} cannot be carried in a '${by}'-delimited list`);
  return group.join(by);
}

/** The subject's sets of pieces as the sentinel carries them: sets between '|', pieces between '&'. */
function carriedSets(sets) {
  return delimited(sets.map((set) => delimited(set, '&')));
}

function extensionOptions(outDir, browserName, terms) {
  return {
    absWorkingDir: root,
    entryPoints: entries,
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: TARGETS,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
    define: {
      __STORYLENS_BENCH__: bench ? 'true' : 'false',
      __STORYLENS_BROWSER__: JSON.stringify(browserName),
      // Each group as one '|'-delimited string, split only on pages that pass the early exit (an
      // object literal would be built on every page; splitting is cheaper than JSON.parse).
      __STORYLENS_SENTINEL_SUBJECT__: JSON.stringify(carriedSets(terms.subject)),
      __STORYLENS_SENTINEL_CONTEXT__: JSON.stringify(delimited(terms.context)),
    },
    plugins: [
      basemapPlugin,
      {
        name: 'static-and-zip',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length) return;
            copyStatic(outDir, browserName);
            if (bench) {
              writeFileSync(join(outDir, BENCH_START.file), BENCH_START.code);
              // The sentinel's first statement: how long from the start mark until it runs (its compile).
              const sentinel = join(outDir, 'content/sentinel.js');
              writeFileSync(sentinel, BENCH_START.compiled + readFileSync(sentinel, 'utf8'));
            } else {
              zipFolder(outDir, join(root, `dist/storylens-${browserName}-${pkg.version}.zip`));
            }
          });
        },
      },
    ],
  };
}

const cliOptions = {
  absWorkingDir: root,
  entryPoints: { storylens: 'src/cli/storylens.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsdom loads its own files at run time; keep it a real dependency rather than bundling it.
  external: ['jsdom'],
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __STORYLENS_BENCH__: 'false', __STORYLENS_BROWSER__: '"node"' },
  logLevel: 'warning',
};

async function main() {
  const builds = [];
  if (!args.has('--cli-only')) {
    const terms = await sentinelTerms();
    for (const browserName of ['chrome', 'firefox']) {
      const outDir = join(root, bench ? `dist/bench-${browserName}` : `dist/${browserName}`);
      rmSync(outDir, { recursive: true, force: true });
      builds.push(extensionOptions(outDir, browserName, terms));
    }
  }
  builds.push(cliOptions);

  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('watching src/ for changes…');
    return;
  }
  const results = await Promise.all(builds.map((o) => esbuild.build(o)));
  for (const r of results) {
    if (!r.metafile) continue;
    for (const [file, info] of Object.entries(r.metafile.outputs)) {
      if (file.includes('/chrome/')) console.log(`${file.padEnd(40)} ${(info.bytes / 1024).toFixed(1)} KB`);
    }
  }
  if (!args.has('--cli-only')) console.log(`built dist/chrome, dist/firefox${bench ? ' (bench)' : ' and their zips'}`);
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
