#!/usr/bin/env node
// Profiles the lens's analysis on the 50,000-word bench page in Node, per phase, without a browser.
//
//   node test/bench/profile-analysis.mjs [--runs N] [--page story-50k|story-10k|seed]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof test/bench/profile-analysis.mjs --runs 1
//
// Bundles a small TypeScript entry with esbuild on the fly (as run.mjs does), parses the page with
// jsdom, extracts it (extractDocument: article index + metadata) and runs the text analysis the
// background runs for the lens (analyzeText), phase by phase. The first run in the process is the
// cold one (name trie compiled, regular expressions built, code not yet optimised), as a freshly
// started background or the CLI meets it; the following runs are warm, as in a background that has
// analysed pages before. One process per cold figure: run the script several times for a median.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const ENTRY = `
import { JSDOM, VirtualConsole } from 'jsdom';
import { benchPages } from './test/bench/pages';
import { dataset } from './src/data/index';
import { extractDocument } from './src/core/analyze-document';
import { findEntities } from './src/core/analyze-text';
import { matcherFor } from './src/core/matcher';
import { scoreStory } from './src/core/story';
import { findQuotes } from './src/core/quotes/index';
import { groupMentions } from './src/core/linker';

export function main(args) {
  const runs = Number(args[args.indexOf('--runs') + 1] || 5);
  const pageId = args.includes('--page') ? args[args.indexOf('--page') + 1] : 'story-50k';
  const page = benchPages().find((p) => p.id === pageId);
  const { window } = new JSDOM('', { url: page.url, virtualConsole: new VirtualConsole() });
  const rows = [];
  for (let r = 0; r < runs; r++) {
    const doc = new window.DOMParser().parseFromString(page.html, 'text/html');
    const t = {};
    const cpu = {};
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    // Wall time, and the process's CPU time (user + system; steadier on a machine shared with
    // other work, though it includes V8's helper threads: GC, compilers).
    const lap = (name) => {
      const now = performance.now();
      const c = process.cpuUsage(c0);
      t[name] = now - t0;
      cpu[name] = (c.user + c.system) / 1000;
      t0 = now;
      c0 = process.cpuUsage();
    };
    const { index, meta } = extractDocument(doc, { url: page.url });
    lap('extract');
    matcherFor(dataset);
    lap('compile');
    const { text, blocks } = index;
    const { linked, unknown } = findEntities(text, dataset, meta.lang);
    lap('names');
    const mentions = [...linked, ...unknown].sort((a, b) => a.start - b.start);
    const story = scoreStory({ text, title: meta.title, published: meta.published, mentions: linked, dataset });
    lap('story');
    const quotes = findQuotes({ text, blocks, mentions, lang: meta.lang, dataset });
    lap('quotes');
    const entities = groupMentions(mentions, text);
    lap('group');
    t.analyse = t.compile + t.names + t.story + t.quotes + t.group;
    const cpuAnalyse = cpu.compile + cpu.names + cpu.story + cpu.quotes + cpu.group;
    rows.push({ run: r === 0 ? 'cold' : 'warm', ...t, 'cpu:analyse': cpuAnalyse, 'cpu:compile': cpu.compile, 'cpu:names': cpu.names, 'cpu:story': cpu.story, 'cpu:quotes': cpu.quotes, chars: text.length, mentions: mentions.length, nQuotes: quotes.length, matched: story.matched, entities: entities.length });
  }
  const fmt = (x) => (typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(1) : String(x));
  const keys = Object.keys(rows[0]);
  console.log(keys.join('\\t'));
  for (const row of rows) console.log(keys.map((k) => fmt(row[k])).join('\\t'));
  if (process.env.PROFILE_JSON) console.log('JSON ' + JSON.stringify(rows));
}
`;

const result = await esbuild.build({
  absWorkingDir: root,
  stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'profile-entry.ts', loader: 'ts' },
  bundle: true, write: false, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  sourcemap: 'inline',
  define: { __STORYLENS_BENCH__: 'false', __STORYLENS_BROWSER__: '"node"', 'import.meta.dirname': JSON.stringify(join(root, 'test/bench')) },
});
// Written inside the worktree so bare imports (jsdom) resolve from its node_modules.
const dir = mkdtempSync(join(root, 'test/bench/.run-'));
const file = join(dir, 'profile.mjs');
writeFileSync(file, result.outputFiles[0].text);
try {
  const { main } = await import(pathToFileURL(file).href);
  main(process.argv.slice(2));
} finally {
  // PROFILE_KEEP=1 keeps the bundle, so a --cpu-prof profile's line numbers can be looked up in it.
  if (process.env.PROFILE_KEEP) console.error(`bundle kept: ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
