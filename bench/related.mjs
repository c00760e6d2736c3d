#!/usr/bin/env node
// Related-stories benchmark (issue 5): a synthetic cache of 100,000 articles in 200 feeds and four
// languages (three Latin-script vocabularies and a Japanese one), with stories about shared events and
// some syndicated copies. Builds the index in a temp home, then, in a fresh process, times loading it
// and p50/p95 of look-ups; also times duplicate grouping over the 100,000 headlines.
//
//   node bench/related.mjs [--articles 100000] [--feeds 200] [--queries 300] [--keep]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    feeds: { type: 'string', default: '200' },
    queries: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
    'load-child': { type: 'string' },
    bundle: { type: 'string' },
  },
});

// The built core, bundled on the fly: the CLI bundle does not export it.
async function bundleCore(dir) {
  const { build } = await import('esbuild');
  const outfile = path.join(dir, 'related-core.mjs');
  await build({
    stdin: {
      contents: [
        "export { openRelatedIndex } from './src/core/related/related-index.ts';",
        "export { groupDuplicates } from './src/core/related/duplicates.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = {
  en: {
    syllables:
      'ba be bi bo ca ce co da de di do fa fe fi ga ge go ha he hi la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we'.split(
        ' ',
      ),
    join: ' ',
  },
  id: {
    syllables:
      'ka ki ku ke ko ga gi gu sa si su ja ju ta tu pa pu ba bu ma mu na nu la lu ra ru wa ya ngan nya kan lah ter ber per mem pen'.split(
        ' ',
      ),
    join: ' ',
  },
  de: {
    syllables:
      'ber ger stein haus land zeit lich keit ung schaft bahn stadt wald feld burg dorf markt kraft werk spiel bund recht volk'.split(
        ' ',
      ),
    join: ' ',
  },
  // 1,500 kanji and the kana: bigrams of real Japanese are about this diverse.
  ja: {
    syllables: [
      ...Array.from({ length: 1500 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7)),
      ...'のがをにでとはもへやかなりしたてるれ'.split(''),
    ],
    join: '',
  },
};
const WORDS_PER_LANGUAGE = 30_000;

function vocabulary(language, next) {
  const { syllables } = LANGUAGES[language];
  const words = new Set();
  while (words.size < WORDS_PER_LANGUAGE) {
    const length = language === 'ja' ? 2 + Math.floor(next() * 2) : 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

// Zipf-distributed ranks: a few very common words (stop-word-like), a long tail of rare ones.
function zipfSampler(size, next) {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cumulative[r] = sum += 1 / (r + 1);
  return () => {
    const target = next() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function generate(articleCount, feedCount) {
  const next = random(42);
  const languages = Object.keys(LANGUAGES);
  const vocab = Object.fromEntries(languages.map((language) => [language, vocabulary(language, next)]));
  const zipf = zipfSampler(WORDS_PER_LANGUAGE, next);
  const start = Date.parse('2026-08-01T00:00:00Z');
  const events = Array.from({ length: articleCount / 5 }, () => ({
    language: languages[Math.floor(next() * languages.length)],
    words: Array.from({ length: 8 }, () => 200 + Math.floor(next() * (WORDS_PER_LANGUAGE - 200))),
    time: start + next() * 120 * 86_400_000,
  }));
  const feeds = Array.from({ length: feedCount }, (_, f) => ({
    url: `https://outlet${f}.example/feed.xml`,
    language: languages[f % languages.length],
    articles: [],
  }));
  const text = (language, event, eventWords, others) => {
    const words = [];
    for (let i = 0; i < eventWords; i++) words.push(vocab[language][event.words[Math.floor(next() * 8)]]);
    for (let i = 0; i < others; i++) words.push(vocab[language][zipf()]);
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [words[i], words[j]] = [words[j], words[i]];
    }
    return words.join(LANGUAGES[language].join);
  };
  const byLanguage = Object.fromEntries(
    languages.map((language) => [language, events.filter((e) => e.language === language)]),
  );
  const titles = new Map();
  for (let a = 0; a < articleCount; a++) {
    const feed = feeds[a % feedCount];
    const sameLanguage = byLanguage[feed.language];
    const event = sameLanguage[Math.floor(next() * sameLanguage.length)];
    const published = new Date(event.time + next() * 36 * 3_600_000).toISOString();
    // One article in twenty is syndicated: another feed's title for the same event, word for word.
    const earlier = titles.get(event);
    const title = earlier && next() < 0.05 ? earlier : text(feed.language, event, 3, 5);
    if (!earlier) titles.set(event, title);
    feed.articles.push({
      id: `a${a}`,
      feed: feed.url,
      title,
      url: `https://${new URL(feed.url).host}/story/${a}`,
      published,
      firstSeen: published,
      summary: `<p>${text(feed.language, event, 6, 34)}</p>`,
      enclosures: [],
    });
  }
  return feeds;
}

// CPU time of this process since `since`: on a busy machine wall time mostly measures the neighbours.
function cpuMs(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function dirSize(dir) {
  return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

// In a fresh process: open the saved index, time the first look-up (reads and indexes every feed), then more.
async function loadChild(home, bundle) {
  const { openRelatedIndex } = await import(pathToFileURL(bundle).href);
  const queries = JSON.parse(fs.readFileSync(path.join(home, 'queries.json'), 'utf8'));
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const index = openRelatedIndex(home);
  index.similar(queries[0], 5);
  const load = performance.now() - started;
  const loadCpu = cpuMs(startedCpu);
  const times = [];
  let found = 0;
  const lookupCpu = process.cpuUsage();
  for (const query of queries) {
    const t = performance.now();
    const matches = index.similar(query, 5);
    times.push(performance.now() - t);
    if (matches.length > 0) found++;
  }
  const meanCpu = cpuMs(lookupCpu) / queries.length;
  times.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      load,
      loadCpu,
      meanCpu,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1),
      found,
      rss: process.memoryUsage().rss,
    }),
  );
}

async function main() {
  const articleCount = Number(opts.articles);
  const feedCount = Number(opts.feeds);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-bench-related-'));
  const home = path.join(work, 'home');
  try {
    const bundle = await bundleCore(work);
    const { openRelatedIndex, groupDuplicates } = await import(pathToFileURL(bundle).href);
    let t = performance.now();
    const feeds = generate(articleCount, feedCount);
    console.log(
      `generated ${articleCount} articles in ${feedCount} feeds (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );

    t = performance.now();
    const index = openRelatedIndex(home);
    for (const feed of feeds) index.updateFeed(feed.url, feed.articles);
    index.save();
    const build = performance.now() - t;
    const size = dirSize(path.join(home, 'related'));

    const next = random(7);
    const all = feeds.flatMap((feed) => feed.articles);
    const queries = Array.from({ length: Number(opts.queries) }, () => {
      const article = all[Math.floor(next() * all.length)];
      return {
        id: article.id,
        url: article.url,
        title: article.title,
        text: article.summary,
        published: article.published,
      };
    });
    fs.writeFileSync(path.join(home, 'queries.json'), JSON.stringify(queries));
    const child = JSON.parse(
      execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--load-child', home, '--bundle', bundle],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      ),
    );

    const headlines = all.map(({ id, feed, title, url, published, firstSeen }) => ({
      id,
      feed,
      title,
      url,
      published,
      firstSeen,
    }));
    t = performance.now();
    const groupingStart = process.cpuUsage();
    const groups = groupDuplicates(headlines);
    const grouping = performance.now() - t;
    const groupingCpu = cpuMs(groupingStart);
    const grouped = groups.filter((group) => group.others.length > 0);

    console.log(
      `index build (tokenise + write): ${(build / 1000).toFixed(1)} s, on disk ${(size / 1048576).toFixed(1)} MiB`,
    );
    console.log(
      `load (fresh process, read all feeds): ${child.load.toFixed(0)} ms (${child.loadCpu.toFixed(0)} ms CPU), RSS ${(child.rss / 1048576).toFixed(0)} MiB`,
    );
    console.log(
      `look-up among ${articleCount}: p50 ${child.p50.toFixed(2)} ms, p95 ${child.p95.toFixed(2)} ms, max ${child.max.toFixed(2)} ms, mean CPU ${child.meanCpu.toFixed(2)} ms (${child.found}/${queries.length} with matches)`,
    );
    console.log(
      `groupDuplicates over ${headlines.length} headlines: ${grouping.toFixed(0)} ms (${groupingCpu.toFixed(0)} ms CPU; ${grouped.length} groups of 2+)`,
    );
    console.log(
      `load average at the end: ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`,
    );
  } finally {
    if (opts.keep) console.log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

if (opts['load-child']) await loadChild(opts['load-child'], opts.bundle);
else await main();
