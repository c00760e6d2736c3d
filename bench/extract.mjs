// Extraction quality and speed (issue 4). Runs the shared scorer on both corpora through the built
// CLI (`newsink read FILE --url URL --text-only`: body text only, as the ground truth has no title
// or link list), then times extraction in one warm process (the figure the 30 ms target is for:
// a fresh process per page pays module loading and a cold JIT, which the reader pays once).
//
// Usage: npm run build && node bench/extract.mjs [--jobs N] [--limit N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(root, '..', 'shared');
const scorer = path.join(shared, 'tools', 'extract-score.mjs');
const corpora = [
  { name: 'extraction-dev', dir: path.join(shared, 'corpus', 'extraction-dev'), metric: 'shingle4' },
  { name: 'readability', dir: path.join(shared, 'corpus', 'readability'), metric: 'bow' },
];
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const jobs = opt('--jobs', '2');
const limit = opt('--limit');

if (!fs.existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  console.error('bench/extract: run "npm run build" first');
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-extract-bench-'));
// Run a private copy of the build: a rebuild of dist/ while the bench runs must not fail pages.
const app = path.join(tmp, 'app');
for (const dir of ['bin', 'dist']) fs.cpSync(path.join(root, dir), path.join(app, dir), { recursive: true });
fs.copyFileSync(path.join(root, 'package.json'), path.join(app, 'package.json'));
fs.symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');
const results = {};
for (const corpus of corpora) {
  const summary = path.join(tmp, `${corpus.name}.json`);
  const cmd = `node ${JSON.stringify(path.join(app, 'bin', 'newsink.js'))} read {file} --url {url} --text-only`;
  const scorerArgs = [
    scorer,
    '--corpus',
    corpus.dir,
    '--cmd',
    cmd,
    '--jobs',
    jobs,
    '--quiet',
    '--summary-json',
    summary,
  ];
  if (limit) scorerArgs.push('--limit', limit);
  const run = spawnSync(process.execPath, scorerArgs, {
    env: { ...process.env, NEWSINK_EXTRACT_MS: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  console.log(`== ${corpus.name}`);
  console.log(run.stdout.trim());
  results[corpus.name] = JSON.parse(fs.readFileSync(summary, 'utf8'));
}

// Warm, in-process timing of extractArticle over every page of both corpora (second pass measured).
const bundle = path.join(tmp, 'extract.mjs');
await build({
  absWorkingDir: root,
  stdin: {
    contents:
      "export { extractArticle } from './src/core/article/extract.ts';\n" +
      "export { Readability } from '@mozilla/readability';\nexport { parseHTML } from 'linkedom';\n",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
});
const { extractArticle, Readability, parseHTML } = await import(bundle);
const pages = [];
for (const corpus of corpora) {
  const gt = path.join(corpus.dir, 'ground-truth.json');
  if (fs.existsSync(gt)) {
    for (const [id, { url }] of Object.entries(JSON.parse(fs.readFileSync(gt, 'utf8')))) {
      const file = path.join(corpus.dir, 'html', `${id}.html.gz`);
      const raw = fs.readFileSync(fs.existsSync(file) ? file : file.slice(0, -3));
      pages.push({
        url,
        html: (file.endsWith('.gz') && raw[0] === 0x1f ? zlib.gunzipSync(raw) : raw).toString('utf8'),
      });
    }
  } else {
    for (const id of fs.readdirSync(corpus.dir)) {
      const source = path.join(corpus.dir, id, 'source.html');
      if (fs.existsSync(source))
        pages.push({ url: 'http://fakehost/test/page.html', html: fs.readFileSync(source, 'utf8') });
    }
  }
}
for (const page of pages) extractArticle(page.html, page.url);
// Plain Readability on linkedom, timed page by page alternately with ours: the machine's load then
// weighs on both figures alike.
const times = [];
const plain = [];
for (const page of pages) {
  let start = performance.now();
  new Readability(parseHTML(page.html).document).parse();
  plain.push(performance.now() - start);
  start = performance.now();
  extractArticle(page.html, page.url);
  times.push(performance.now() - start);
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
fs.rmSync(tmp, { recursive: true, force: true });

console.log('== figures');
for (const corpus of corpora) {
  const s = results[corpus.name];
  const f = (x) => (typeof x === 'number' ? x.toFixed(4) : 'NA');
  console.log(
    `${corpus.name}: shingle4 F1 ${f(s.shingle.f1)} (P ${f(s.shingle.precision)} R ${f(s.shingle.recall)}), ` +
      `BoW F1 ${f(s.bow.f1)}, ${s.pages} pages, ${s.failures} failures, ` +
      `extract-ms median ${s.innerMsPerPageMedian ?? 'NA'} (fresh process per page)`,
  );
}
console.log(
  `warm in-process extraction: median ${median(times).toFixed(1)} ms over ${pages.length} pages ` +
    `(plain Readability on linkedom, same run: ${median(plain).toFixed(1)} ms)`,
);
