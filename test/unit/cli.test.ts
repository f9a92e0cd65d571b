/**
 * The built CLI (dist/cli/storylens.mjs), run as a user runs it: exit codes, one-line errors with
 * no stack trace for every kind of bad input, and the documented JSON.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLegacy } from './cli-legacy-encode';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli/storylens.mjs');
const SEED = join(ROOT, 'test/fixtures/en-story-seed-artyom/page.html');
const tmp = mkdtempSync(join(tmpdir(), 'storylens-cli-'));

function run(args: string[], input?: string | Buffer) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Like run(), without blocking the event loop (for tests that serve HTTP from this process). */
function runAsync(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => ok({ code, out, err }));
  });
}

/** Asserts exit 2 and exactly one clean error line naming the input. */
function expectBadInput(name: string, args: string[], reason: RegExp, got = run(args)) {
  const r = got;
  expect(r.code, r.err).toBe(2);
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^storylens: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(reason);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.out).toBe('');
}

describe('storylens analyze: bad input', () => {
  it('a missing file', () => expectBadInput('nope.html', ['analyze', 'nope.html'], /no such file/));
  it('a directory', () => expectBadInput(tmp, ['analyze', tmp], /is a directory/));
  it('an empty file', () => {
    writeFileSync(join(tmp, 'empty.html'), '');
    expectBadInput(join(tmp, 'empty.html'), ['analyze', join(tmp, 'empty.html')], /empty file/);
  });
  it('a binary file', () => {
    writeFileSync(join(tmp, 'bin.html'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    expectBadInput(join(tmp, 'bin.html'), ['analyze', join(tmp, 'bin.html')], /binary file/);
  });
  it('UTF-16 without a byte order mark (half NUL bytes) is binary', () => {
    writeFileSync(join(tmp, 'u16.html'), Buffer.from('<html><body><p>Kim</p></body></html>', 'utf16le'));
    expectBadInput(join(tmp, 'u16.html'), ['analyze', join(tmp, 'u16.html')], /binary file/);
  });
  it('a PDF', () => {
    writeFileSync(join(tmp, 'doc.pdf'), '%PDF-1.7\n1 0 obj <<>> endobj\n');
    expectBadInput(join(tmp, 'doc.pdf'), ['analyze', join(tmp, 'doc.pdf')], /PDF/);
  });
  it('a 50 MB HTML file is refused with its size, without reading it into memory', () => {
    const big = join(tmp, 'big.html');
    writeFileSync(big, `<html><body><p>${'Kim Jong Un met Vladimir Putin. '.repeat(1_700_000)}</p></body></html>`);
    expectBadInput(big, ['analyze', big], /too large \(5\d\.\d MB; the limit is 20 MB\)/);
  });
  it('keeps analysing the good files and exits 2 when one is bad', () => {
    const r = run(['analyze', '--json', 'nope.html', SEED]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('storylens: nope.html: no such file');
    expect(JSON.parse(r.out.trim()).file).toBe(SEED);
  });
  it('an unknown option is a usage error (exit 1)', () => {
    const r = run(['analyze', '--frobnicate', SEED]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown option --frobnicate/);
  });
});

describe('storylens analyze: URLs', () => {
  let base = '';
  let close = () => {};
  beforeAll(async () => {
    const server = createServer((req, res) => {
      if (req.url === '/cp1251') {
        // The header names the encoding; the page's own <meta> is wrong, as on misconfigured sites.
        const page = '<html><head><meta charset="utf-8"><title>Ким Чен Ын во Владивостоке</title></head><body><p>Путин.</p></body></html>';
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(encodeLegacy(page, 'windows-1251'));
      } else if (req.url === '/missing') res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>gone</h1>');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Hello</title></head><body><p>Nothing here.</p></body></html>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('a URL that returns 404', async () => {
    const url = `${base}/missing`;
    expectBadInput(url, [], /server answered 404/, await runAsync(['analyze', url]));
  });
  it('an unreachable URL', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/`;
    await new Promise((ok) => probe.close(ok));
    expectBadInput(url, [], /cannot fetch \(connection refused\)/, await runAsync(['analyze', url]));
  });
  it('the HTTP Content-Type charset decides over the page\'s <meta>', async () => {
    const r = await runAsync(['analyze', '--json', `${base}/cp1251`]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).title).toBe('Ким Чен Ын во Владивостоке');
  });
  it('a page at a URL is analysed with that URL', async () => {
    const r = await runAsync(['analyze', '--json', `${base}/page`]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ url: `${base}/page`, title: 'Hello' });
  });
});

describe('storylens analyze: odd but valid input', () => {
  it('HTML nested 10,000 levels deep is analysed or refused cleanly', () => {
    const deep = join(tmp, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(10_000)}<p>Kim Jong Un</p>${'</div>'.repeat(10_000)}</body></html>`);
    const r = run(['analyze', '--json', deep]);
    expect([0, 2]).toContain(r.code);
    expect(r.err).not.toMatch(/\n\s+at /);
    if (r.code === 0) expect(JSON.parse(r.out).file).toBe(deep);
    else expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('reads standard input with "-"', () => {
    const r = run(['analyze', '--json', '-'], '<html><head><title>From stdin</title></head><body><p>Hello.</p></body></html>');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).title).toBe('From stdin');
  });
  it('decodes a page that declares another character set', () => {
    const cp1251 = join(tmp, 'ru.html');
    // "Путин" in windows-1251
    writeFileSync(cp1251, Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"><title>'), Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]), Buffer.from('</title></head><body></body></html>')]));
    const r = run(['analyze', '--json', cp1251]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).title).toBe('Путин');
  });
});

/**
 * Pages as old news sites serve them: one of our fixtures re-encoded in a legacy encoding (a
 * character the encoding lacks becomes a numeric reference) must give exactly the analysis of the
 * UTF-8 original.
 */
describe('storylens analyze: legacy-encoded pages', () => {
  const fixture = (name: string) => join(ROOT, 'test/fixtures', name, 'page.html');
  const analyse = (file: string) => {
    const r = run(['analyze', '--json', file]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    return JSON.parse(r.out);
  };
  const reencode = (name: string, encoding: string, declaration: string) => {
    const html = readFileSync(fixture(name), 'utf8');
    expect(html).toContain('<meta charset="utf-8">');
    const file = join(tmp, `${name}.${encoding}.html`);
    writeFileSync(file, encodeLegacy(html.replace('<meta charset="utf-8">', declaration), encoding));
    return file;
  };
  const sameAnalysis = (got: Record<string, unknown>, want: Record<string, unknown>) => {
    const { file: _a, ...g } = got;
    const { file: _b, ...w } = want;
    expect(g).toEqual(w);
  };

  it('a windows-1252 page without a charset prints its analysis and exits 0', () => {
    for (const name of ['de-story-spiegel-artyom-shoigu', 'en-story-seed-artyom', 'fr-story-lemonde-vostochny']) {
      const file = reencode(name, 'windows-1252', '');
      const bytes = readFileSync(file);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the test page must not be valid UTF-8').toThrow();
      expect(bytes.includes(Buffer.from('charset'))).toBe(false);
      // The human-readable summary, exit 0, nothing on stderr.
      const human = run(['analyze', file]);
      expect(human.code, human.err).toBe(0);
      expect(human.err).toBe('');
      expect(human.out).toMatch(/matched|story/i);
      const got = analyse(file);
      expect(got.story.matched).toBe(true);
      sameAnalysis(got, analyse(fixture(name)));
    }
  });
  it.each([
    ['ko-story-yonhap-vostochny', 'euc-kr', '<meta charset="euc-kr">'],
    ['ru-story-ria-komsomolsk', 'windows-1251', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'],
    ['ja-story-nhk-summit-matsuno', 'shift_jis', '<meta charset="Shift_JIS">'],
    ['zh-story-xinhua-vostochny', 'gb18030', '<meta http-equiv="content-type" content="text/html;charset=gb2312">'],
  ])('%s in %s, declared in <meta>, gives the analysis of the UTF-8 original', (name, encoding, declaration) => {
    const got = analyse(reencode(name, encoding, declaration));
    expect(got.story.matched).toBe(true);
    sameAnalysis(got, analyse(fixture(name)));
  });
  it('an undeclared windows-1251 page with <html lang="ru"> reads as Cyrillic', () => {
    const got = analyse(reencode('ru-story-ria-komsomolsk', 'windows-1251', ''));
    sameAnalysis(got, analyse(fixture('ru-story-ria-komsomolsk')));
  });
  it('UTF-16 pages with a byte order mark, little- and big-endian', () => {
    const html = readFileSync(fixture('ko-story-chosun-artyom-shoigu'), 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(tmp, 'le.html'), le);
    writeFileSync(join(tmp, 'be.html'), be);
    const want = analyse(fixture('ko-story-chosun-artyom-shoigu'));
    sameAnalysis(analyse(join(tmp, 'le.html')), want);
    sameAnalysis(analyse(join(tmp, 'be.html')), want);
  });
});

describe('storylens analyze: the seed article', () => {
  it('prints the story as matched, with signals, entities with exact spans, and the four quotations', () => {
    const r = run(['analyze', '--json', '--url', 'https://www.reuters.com/world/asia-pacific/north-koreas-kim-heads-home-after-russia-trip-2023-09-17/', SEED]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(['file', 'url', 'title', 'site', 'lang', 'published', 'story', 'entities', 'quotes', 'text']);
    expect(out.story.matched).toBe(true);
    expect(out.story.signals.length).toBeGreaterThan(0);
    const ids = out.entities.map((e: { id: string }) => e.id);
    for (const id of ['kim-jong-un', 'vladimir-putin', 'yoon-suk-yeol', 'sergei-shoigu', 'kcna', 'ria-novosti', 'reuters', 'associated-press', 'united-nations', 'artyom', 'khasan', 'pyongyang', 'moscow', 'new-york', 'ukraine']) {
      expect(ids).toContain(id);
    }
    for (const e of out.entities) for (const m of e.mentions) expect(out.text.slice(m.start, m.end)).toBe(m.text);
    const quotes = out.quotes.map((q: { text: string; speaker: { id: string } | null; via: { id: string }[] }) => [q.text.slice(0, 25), q.speaker?.id ?? null, q.via.map((v) => v.id)]);
    expect(quotes).toEqual([
      ['a new heyday of friendshi', 'kcna', []],
      ['illegal and unjust', 'yoon-suk-yeol', []],
      ['unite more tightly', 'yoon-suk-yeol', []],
      ['exchanged their construct', 'kcna', ['reuters']],
    ]);
    for (const q of out.quotes) expect(out.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('prints a readable summary without --json', () => {
    const r = run(['analyze', SEED]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/story: +MATCHED/);
    expect(r.out).toMatch(/Sergei Shoigu/);
  });
});

describe('storylens dataset', () => {
  it('--json prints story, related and entities', () => {
    const r = run(['dataset', '--json']);
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.story.id).toBe('kim-russia-2023-09');
    expect(d.related.length).toBeGreaterThanOrEqual(5);
    expect(d.entities.length).toBeGreaterThanOrEqual(100);
    for (const e of d.entities) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'type', 'name', 'aliases', 'description', 'note', 'role', 'sources']));
      if (e.type === 'place') expect(e.coords).toHaveLength(2);
    }
  });
  it('--check validates the bundled dataset', () => {
    const r = run(['dataset', '--check']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^dataset ok/);
  });
});

describe('a reader that stops early', () => {
  it('exits 0 with nothing on stderr when stdout is closed mid-output (storylens eval | head -1)', async () => {
    const r = await new Promise<{ code: number | null; err: string }>((ok) => {
      const child = spawn(process.execPath, [CLI, 'eval', join(ROOT, 'test/fixtures'), '--verbose']);
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => ok({ code, err }));
    });
    expect(r.err).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });
});
