/**
 * storylens: the command-line face of the analysis core.
 *
 *   storylens analyze <file.html|->... [--url URL] [--json]
 *   storylens dataset --json
 *
 * Exit codes: 0 analysed (matched or not), 1 usage error, 2 at least one input could not be read.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readInput } from './read-input';

const USAGE = `usage: storylens analyze <file.html|->... [--url URL] [--json]
       storylens dataset --json`;

interface AnalyzeArgs {
  files: string[];
  url: string | null;
  json: boolean;
}

function parseAnalyzeArgs(argv: string[]): AnalyzeArgs | string {
  const out: AnalyzeArgs = { files: [], url: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a value';
      out.url = v;
    } else if (a.startsWith('--url=')) out.url = a.slice(6);
    else if (a.startsWith('--') ) return `unknown option ${a}`;
    else out.files.push(a);
  }
  if (out.files.length === 0) return 'no input file';
  return out;
}

function parseHtml(html: string, url: string | null): Document {
  // A silent virtual console: page scripts never run (jsdom's default), and CSS parse noise is not ours to print.
  const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() });
  return dom.window.document;
}

function analyze(argv: string[]): number {
  const args = parseAnalyzeArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`storylens: ${args}\n${USAGE}\n`);
    return 1;
  }
  let bad = 0;
  for (const file of args.files) {
    const input = readInput(file);
    if (!input.ok) {
      bad++;
      process.stderr.write(`storylens: ${input.name}: ${input.reason}\n`);
      continue;
    }
    const doc = parseHtml(input.html, args.url);
    const title = doc.title.trim();
    if (args.json) process.stdout.write(JSON.stringify({ file, title }) + '\n');
    else process.stdout.write(`${file}\n  title: ${title || '(none)'}\n`);
  }
  return bad > 0 ? 2 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyze(rest);
    case '--help':
    case '-h':
    case undefined:
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`storylens: unknown command "${command}"\n${USAGE}\n`);
      return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
