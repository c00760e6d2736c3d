#!/usr/bin/env node
// Refresh benchmark: 200 generated feeds (30 items each) on 20 loopback hosts with 100 ms latency and
// ETags. Subscribes them via `newsink import`, then times `newsink refresh --json` cold and again (all 304),
// reporting wall time, items/s, the child's peak RSS and what it wrote to NEWSINK_HOME.
//
//   node bench/refresh.mjs [--feeds-per-host 10] [--hosts 20] [--items 30] [--latency 100]
//                          [--concurrency N] [--per-host N] [--runs N]
//                          [--cpu-prof DIR] [--compare-newsboat] [--keep] [--serve]
//
// --concurrency / --per-host write those settings into the temp home's config.json before refreshing
// (default: newsink's own defaults); --runs repeats the whole thing on fresh homes and prints medians;
// --untitled writes outlines without titles (newsink then renames each subscription from its feed).
// --serve only starts the farm and prints the URLs (for curl); --cpu-prof passes --cpu-prof to the
// refresh children and writes the profiles to DIR; --keep leaves the temp home in place.
//
// Wall times are of `newsink refresh` run directly, as a user runs it. CPU time and peak RSS come from
// the same two refreshes (cold, then all-304) run again on a second home under /usr/bin/time, whose own
// exec would add ~5 ms to the wall time; their wall times are printed too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { opml, startFeedFarm } from './lib/feed-farm.mjs';
import { diffSnapshots, snapshot } from './lib/home-snapshot.mjs';
import { floorLine } from './lib/node-floor.mjs';
import { summariseProfile } from './lib/profile-summary.mjs';
import { runChild } from './lib/run-child.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'newsink.js');
const { values: opts } = parseArgs({
  options: {
    hosts: { type: 'string', default: '20' },
    'feeds-per-host': { type: 'string', default: '10' },
    items: { type: 'string', default: '30' },
    latency: { type: 'string', default: '100' },
    concurrency: { type: 'string' },
    'per-host': { type: 'string' },
    runs: { type: 'string', default: '1' },
    untitled: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'compare-newsboat': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
  },
});
const TARGETS = { coldMs: 1500, warmMs: 900 };

const farm = await startFeedFarm({
  hosts: Number(opts.hosts),
  feedsPerHost: Number(opts['feeds-per-host']),
  items: Number(opts.items),
  latencyMs: Number(opts.latency),
});
if (opts.serve) {
  process.stdout.write(`${farm.urls.join('\n')}\nserving ${farm.urls.length} feeds; Ctrl-C to stop\n`);
  process.on('SIGINT', () => farm.close().then(() => process.exit(0)));
} else {
  try {
    await main();
  } finally {
    await farm.close();
  }
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'cli.cjs')))
    throw new Error('dist/cli.cjs missing: run "npm run build" first');
  const feeds = farm.urls.length;
  const settings = {
    ...(opts.concurrency ? { concurrency: Number(opts.concurrency) } : {}),
    ...(opts['per-host'] ? { perHost: Number(opts['per-host']) } : {}),
  };
  console.log(
    `newsink refresh: ${feeds} feeds × ${opts.items} items on ${opts.hosts} hosts, ${opts.latency} ms latency` +
      (Object.keys(settings).length ? `, settings ${JSON.stringify(settings)}` : '') +
      (opts.untitled ? ', OPML without titles' : ''),
  );
  console.log(floorLine());
  const walls = { cold: [], 'all-304': [] };
  for (let i = 0; i < Number(opts.runs); i++) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'newsink-bench-'));
    const opmlFile = path.join(work, 'feeds.opml');
    writeFileSync(opmlFile, opml(farm.urls, { titled: !opts.untitled }));
    const homes = [];
    for (const name of ['home', 'home-usage']) {
      const home = path.join(work, name);
      mkdirSync(home);
      const env = { ...process.env, NEWSINK_HOME: home, NO_COLOR: '1' };
      const imported = await runChild(process.execPath, [bin, 'import', opmlFile], { env });
      if (imported.code !== 0) throw new Error(`import failed (${imported.code}): ${imported.stderr.trim()}`);
      if (Object.keys(settings).length) patchSettings(home, settings);
      homes.push({ home, env, importMs: imported.wallMs });
    }
    const [timed, usage] = homes;
    console.log(`\nrun ${i + 1}: import ${ms(timed.importMs)}\n`);
    const cold = await refreshRun('cold', timed);
    const warm = await refreshRun('all-304', timed);
    const coldUsage = await refreshRun('cold', usage, { usage: true });
    const warmUsage = await refreshRun('all-304', usage, { usage: true });
    report(cold, coldUsage, feeds * Number(opts.items), TARGETS.coldMs, 'cold');
    report(warm, warmUsage, 0, TARGETS.warmMs, 'all-304');
    walls.cold.push(cold.run.wallMs);
    walls['all-304'].push(warm.run.wallMs);
    if (opts['compare-newsboat'] && i === 0) await compareNewsboat(work);
    if (opts.keep) console.log(`home kept at ${home}`);
    else rmSync(work, { recursive: true, force: true });
  }
  if (Number(opts.runs) > 1) {
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `median of ${opts.runs}: cold ${ms(median(walls.cold))} (target ≤ ${ms(TARGETS.coldMs)}), ` +
        `all-304 ${ms(median(walls['all-304']))} (target ≤ ${ms(TARGETS.warmMs)})`,
    );
  }
}

/** Writes settings into the home's config.json, as a user editing it would. */
function patchSettings(home, patch) {
  const file = path.join(home, 'config.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  config.settings = { ...config.settings, ...patch };
  writeFileSync(file, JSON.stringify(config, null, 2));
}

async function refreshRun(label, { home, env }, { usage = false } = {}) {
  const before = snapshot(home);
  farm.resetStats();
  const profile =
    opts['cpu-prof'] && !usage
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${path.resolve(opts['cpu-prof'])}`,
          `--cpu-prof-name=refresh-${label}.cpuprofile`,
        ]
      : [];
  const run = await runChild(process.execPath, [...profile, bin, 'refresh', '--json'], { env, usage });
  const written = diffSnapshots(before, snapshot(home));
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new Error(
      `refresh (${label}) printed no JSON (exit ${run.code}): ${run.stderr.trim() || run.stdout.slice(0, 200)}`,
    );
  }
  // Summarised at once: a later build renames the dist/ chunks and their source maps.
  const profileSummary = profile.length
    ? summariseProfile(path.resolve(opts['cpu-prof'], `refresh-${label}.cpuprofile`), 12)
    : undefined;
  return { label, run, json, written, server: { ...farm.stats }, profileSummary };
}

function report({ label, run, json, written, server, profileSummary }, usage, expectedItems, targetMs, name) {
  const byStatus = { ok: 0, 'not-modified': 0, error: 0 };
  let newItems = 0;
  for (const feed of json.feeds) {
    byStatus[feed.status] = (byStatus[feed.status] ?? 0) + 1;
    newItems += feed.newItems;
  }
  const seconds = run.wallMs / 1000;
  const verdict = run.wallMs <= targetMs ? 'meets' : 'MISSES';
  console.log(`${label}:`);
  console.log(
    `  wall time        ${ms(run.wallMs)}   (target ≤ ${ms(targetMs)}: ${verdict})   refresh's own durationMs ${json.durationMs} ms` +
      `, exit ${ms(run.exitLagMs)} after its output`,
  );
  console.log(
    `  usage            CPU ${usage.run.cpuMs === undefined ? 'unknown' : ms(usage.run.cpuMs)}, peak RSS ${(usage.run.peakRssKb / 1024).toFixed(1)} MB` +
      `   (same refresh on a second home under /usr/bin/time: wall ${ms(usage.run.wallMs)}, ${usage.json.feeds.filter((f) => f.status !== 'error').length} feeds read)`,
  );
  console.log(
    `  feeds            ${byStatus.ok} ok, ${byStatus['not-modified']} not-modified, ${byStatus.error} error`,
  );
  console.log(
    `  new items        ${newItems}${expectedItems ? ` of ${expectedItems}` : ''}   (${Math.round(newItems / seconds)} items/s, ${Math.round(json.feeds.length / seconds)} feeds/s)`,
  );
  console.log(
    `  written to home  ${written.written.length} files, ${kb(written.bytes)}${written.removed.length ? `, ${written.removed.length} removed` : ''}`,
  );
  if (name === 'all-304' && written.written.length > 0) {
    const list = written.written
      .slice(0, 5)
      .map((w) => `${w.file} (${kb(w.size)})`)
      .join(', ');
    console.log(`                   ${list}${written.written.length > 5 ? ', …' : ''}`);
  }
  console.log(
    `  server           ${server.requests} requests: ${server[200]} × 200, ${server[304]} × 304; ${kb(server.bytes)} of bodies; max ${server.maxInFlight} in flight`,
  );
  if (profileSummary) {
    const areas = profileSummary.areas.map(([area, ms]) => `${area} ${ms}`).join(', ');
    console.log(`  profile (ms)     sampled ${Math.round(profileSummary.totalMs)}: ${areas}`);
  }
  const errors = json.feeds.filter((f) => f.status === 'error').slice(0, 3);
  for (const feed of errors) console.log(`  error            ${feed.url}: ${feed.error}`);
  if (name === 'all-304') {
    const ok = written.written.length <= 1 && written.bytes < 256 * 1024;
    console.log(`  target writes    at most one small state file: ${ok ? 'meets' : 'MISSES'}`);
  }
  console.log('');
}

async function compareNewsboat(work) {
  let newsboat;
  try {
    newsboat = execFileSync('sh', ['-c', 'command -v newsboat'], { encoding: 'utf8' }).trim();
  } catch {
    console.log('newsboat: not installed, comparison skipped');
    return;
  }
  const urlsFile = path.join(work, 'newsboat-urls');
  writeFileSync(urlsFile, `${farm.urls.join('\n')}\n`);
  const config = path.join(work, 'newsboat-config');
  writeFileSync(config, 'reload-threads 32\n');
  const args = ['-u', urlsFile, '-c', path.join(work, 'newsboat-cache.db'), '-C', config, '-x', 'reload'];
  for (const label of ['cold', 'all-304']) {
    const run = await runChild(newsboat, args, { env: { ...process.env, HOME: work } });
    console.log(
      `newsboat ${label}: ${ms(run.wallMs)}, peak RSS ${(run.peakRssKb / 1024).toFixed(1)} MB (exit ${run.code})`,
    );
  }
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

function kb(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
