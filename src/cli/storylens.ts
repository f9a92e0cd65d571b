/**
 * storylens: the command-line face of the analysis core.
 *
 *   storylens analyze <file.html|URL|->... [--url URL] [--json]
 *   storylens dataset --json | --check
 *   storylens eval [fixtures-dir] [--json] [--verbose]
 *
 * Exit codes: 0 done (for analyze: every input analysed, matched or not), 1 usage error or failed
 * check, 2 at least one input could not be read (the others are still analysed).
 */
import { dataset, languageNames } from '../data/index';
import { checkDataset, encyclopediaOnly } from '../data/check';
import { namesProblems } from '../data/names';
import { analyzeHtml, toJsonRecord } from './analyze-html';
import { datasetExport } from './dataset-export';
import { runEval } from './eval';
import { isUrl, readInput, readUrl } from './read-input';
import { formatSummary } from './summary';
import { pageFeatures } from './page-features';

const USAGE = `usage: storylens analyze <file.html|URL|->... [--url URL] [--json [--features]]
       storylens dataset --json | --check
       storylens eval [fixtures-dir] [--json] [--verbose]`;

interface Args {
  positional: string[];
  flags: Set<string>;
  url: string | null;
}

function parseArgs(argv: string[], known: string[]): Args | string {
  const out: Args = { positional: [], flags: new Set(), url: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a value';
      out.url = v;
    } else if (a.startsWith('--url=')) out.url = a.slice(6);
    else if (a.startsWith('--') && known.includes(a)) out.flags.add(a);
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else out.positional.push(a);
  }
  return out;
}

function usageError(message: string): number {
  process.stderr.write(`storylens: ${message}\n${USAGE}\n`);
  return 1;
}

async function analyze(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--json', '--features']);
  if (typeof args === 'string') return usageError(args);
  if (args.positional.length === 0) return usageError('no input file');
  let bad = 0;
  for (const file of args.positional) {
    const input = isUrl(file) ? await readUrl(file) : readInput(file, undefined, args.url);
    if (!input.ok) {
      bad++;
      process.stderr.write(`storylens: ${input.name}: ${input.reason}\n`);
      continue;
    }
    try {
      const analysis = analyzeHtml(input.html, args.url ?? (isUrl(file) ? file : null), dataset);
      const record = toJsonRecord(file, analysis);
      // --features: the story model's named features for this page, as `npm run fit` reads them.
      if (args.flags.has('--features')) record['features'] = pageFeatures(analysis, dataset);
      process.stdout.write(args.flags.has('--json') ? JSON.stringify(record) + '\n' : formatSummary(file, analysis));
    } catch (err) {
      // A page the parser or the core cannot take is reported like unreadable input, not as a crash.
      bad++;
      process.stderr.write(`storylens: ${file}: cannot analyse (${err instanceof Error ? err.message.split('\n')[0] : String(err)})\n`);
    }
  }
  return bad > 0 ? 2 : 0;
}

function datasetCommand(argv: string[]): number {
  const args = parseArgs(argv, ['--json', '--check']);
  if (typeof args === 'string') return usageError(args);
  if (args.flags.has('--check')) {
    const problems = [...checkDataset(dataset), ...namesProblems(dataset.entities, dataset.story, languageNames)];
    for (const p of problems) process.stderr.write(`storylens: dataset: ${p}\n`);
    for (const w of encyclopediaOnly(dataset)) process.stderr.write(`storylens: dataset: warning: ${w}\n`);
    if (!problems.length) process.stdout.write(`dataset ok: ${dataset.entities.length} entities, ${dataset.related.length} related stories\n`);
    return problems.length ? 1 : 0;
  }
  if (!args.flags.has('--json')) return usageError('dataset needs --json or --check');
  process.stdout.write(JSON.stringify(datasetExport(dataset)) + '\n');
  return 0;
}

function evalCommand(argv: string[]): number {
  const args = parseArgs(argv, ['--json', '--verbose']);
  if (typeof args === 'string') return usageError(args);
  return runEval(args.positional[0] ?? 'test/fixtures', { json: args.flags.has('--json'), verbose: args.flags.has('--verbose') });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyze(rest);
    case 'dataset':
      return datasetCommand(rest);
    case 'eval':
      return evalCommand(rest);
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return 0;
    case undefined:
      return usageError('no command');
    default:
      return usageError(`unknown command "${command}"`);
  }
}

// A reader that stops early (`storylens eval | head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Last line of defence: one line, no stack trace.
    process.stderr.write(`storylens: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    process.exitCode = 1;
  },
);
