import fs from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, startServer, type TestServer } from '../helpers/http-server.js';
import { runCli, tempHome } from '../helpers/run-cli.js';

const pages = path.join(import.meta.dirname, '..', 'fixtures', 'pages');
const fixture = (name: string) => fs.readFileSync(path.join(pages, name));
let server: TestServer;
let home: string;

beforeAll(async () => {
  home = tempHome();
  server = await startServer();
  server.route('/story', serve(fixture('share-bar.html'), 'text/html; charset=utf-8'));
  server.route('/hostile', serve(fixture('hostile.html'), 'text/html; charset=utf-8'));
  server.route('/paper.pdf', serve('%PDF-1.4 not html', 'application/pdf'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(home, { recursive: true, force: true });
});

const read = (...args: string[]) => runCli(['read', ...args], { home });

describe('newsink read', () => {
  it('prints the title, the story and a numbered links list, wrapped to --width', async () => {
    const { code, stdout, stderr } = await read(`${server.origin}/story`, '--width', '50');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Harbour bridge reopens/);
    expect(stdout.replace(/\n(?!\n)/g, ' ')).toContain('Details are in the full report[1].');
    // The links list ends the article; the related stories section (issue 5) may follow it.
    expect(stdout).toMatch(/\nLinks\n\[1\] https:\/\/council\.example\/report\.pdf\n(\nRelated\n[\s\S]*)?$/);
    expect(stdout).not.toContain('Share on Social');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(50);
  });

  it('wraps to 80 columns in a pipe by default', async () => {
    const { stdout } = await read(`${server.origin}/story`);
    const widths = stdout.split('\n').map((l) => stringWidth(l));
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
    expect(Math.max(...widths)).toBeGreaterThan(60);
  });

  it('prints JSON with metadata, text, links and related', async () => {
    const { code, stdout } = await read(`${server.origin}/story`, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'url',
      'title',
      'byline',
      'siteName',
      'published',
      'lang',
      'text',
      'links',
      'related',
    ]);
    expect(json).toMatchObject({
      url: `${server.origin}/story`,
      byline: 'Mara Lindqvist',
      siteName: 'The Coastal Courier',
      published: '2024-03-05T08:30:00.000Z',
      lang: 'en-GB',
      links: [{ n: 1, text: 'full report', url: 'https://council.example/report.pdf' }],
    });
    expect(json.text).toMatch(/^The harbour bridge reopened/);
    expect(Array.isArray(json.related)).toBe(true);
  });

  it('reads a saved FILE, resolving its links against --url', async () => {
    const { code, stdout } = await read(
      path.join(pages, 'hostile.html'),
      '--url',
      'https://saved.example/dir/page',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).links).toEqual([
      { n: 1, text: 'a safe page', url: 'https://saved.example/safe/page' },
    ]);
  });

  it('never lets escape sequences from the page reach the output', async () => {
    for (const args of [[], ['--json'], ['--text-only']]) {
      const { stdout } = await read(`${server.origin}/hostile`, '--width', '40', ...args);
      expect(stdout).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
      expect(stdout).toContain('turn');
    }
  });

  it('cuts code at the width and wraps CJK text between characters', async () => {
    const { stdout } = await read(`${server.origin}/hostile`, '--width', '40');
    expect(stdout).toMatch(/^const answer = 42; \/\/ a code line that ?→$/m);
    for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(stdout).toMatch(/^日本語の文章は/m);
  });

  it('prints only the body with --text-only, one paragraph per line unless --width is given', async () => {
    const { stdout } = await read(`${server.origin}/story`, '--text-only');
    expect(stdout).toMatch(/^The harbour bridge reopened/);
    expect(stdout.split('\n')[0]).toMatch(/said in a statement\.$/);
    const wrapped = await read(`${server.origin}/story`, '--text-only', '--width', '30');
    for (const line of wrapped.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(30);
    expect(stdout).not.toContain('Links');
    expect(stdout).not.toContain('[1]');
  });

  it('fails with a one-line message on a 404, a non-HTML page and a missing file', async () => {
    const missing = await read(`${server.origin}/nope`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/404/);
    const pdf = await read(`${server.origin}/paper.pdf`);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr.trim()).toBe('newsink: not an HTML page (application/pdf)');
    const file = await read(path.join(pages, 'no-such.html'), '--url', 'https://x.example/');
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/no such file/);
  });

  it('rejects usage mistakes with exit 2', async () => {
    expect((await read()).code).toBe(2);
    expect((await read(path.join(pages, 'hostile.html'))).code).toBe(2);
    expect((await read(`${server.origin}/story`, '--width', 'abc')).code).toBe(2);
  });

  it('reports extraction time on stderr when NEWSINK_EXTRACT_MS=1', async () => {
    const { stderr } = await runCli(['read', `${server.origin}/story`, '--text-only'], {
      home,
      env: { NEWSINK_EXTRACT_MS: '1' },
    });
    expect(stderr).toMatch(/^extract-ms: \d+(\.\d+)?\n$/);
  });
});
