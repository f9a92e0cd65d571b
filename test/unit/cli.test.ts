/**
 * The built CLI (dist/cli/storylens.mjs), run as a user runs it: exit codes, one-line errors with
 * no stack trace for every kind of bad input, and the documented JSON.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
  it('invalid UTF-8', () => {
    writeFileSync(join(tmp, 'bad.html'), Buffer.concat([Buffer.from('<p>Kim '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('</p>')]));
    expectBadInput(join(tmp, 'bad.html'), ['analyze', join(tmp, 'bad.html')], /not valid UTF-8/);
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
      if (req.url === '/missing') res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>gone</h1>');
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
