// Dev helper: runs the extractor in-process over a corpus and writes predictions for extract-score --pred.
// Usage: node bench/dev-pred.mjs CORPUS OUT.json   (needs dist-dev/extract.js, built by this script)

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const [corpus, out] = process.argv.slice(2);
await build({
  entryPoints: ['src/core/article/extract.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: '/tmp/nsx/extract.mjs',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
});
const { extractArticle } = await import('/tmp/nsx/extract.mjs');
const pages = [];
if (fs.existsSync(path.join(corpus, 'ground-truth.json'))) {
  const gt = JSON.parse(fs.readFileSync(path.join(corpus, 'ground-truth.json'), 'utf8'));
  for (const [id, { url }] of Object.entries(gt)) {
    const file = path.join(corpus, 'html', `${id}.html.gz`);
    const html = fs.existsSync(file)
      ? zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')
      : fs.readFileSync(path.join(corpus, 'html', `${id}.html`), 'utf8');
    pages.push({ id, url, html });
  }
} else {
  for (const id of fs.readdirSync(corpus)) {
    const dir = path.join(corpus, id);
    if (!fs.existsSync(path.join(dir, 'source.html'))) continue;
    let url = 'http://fakehost/test/page.html';
    try {
      url = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')).url ?? url;
    } catch {}
    pages.push({ id, url, html: fs.readFileSync(path.join(dir, 'source.html'), 'utf8') });
  }
}
const pred = {};
const times = [];
for (const p of pages) {
  const t0 = performance.now();
  const a = extractArticle(p.html, p.url);
  times.push(performance.now() - t0);
  pred[p.id] = { articleBody: a.text };
}
times.sort((a, b) => a - b);
console.error(`median ms ${times[times.length >> 1].toFixed(1)}`);
fs.writeFileSync(out, JSON.stringify(pred));
