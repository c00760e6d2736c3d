// Summarises a V8 .cpuprofile: total sampled time, idle, GC, and where the self time went, by function
// and by source file (bundle positions are mapped back to src/ and node_modules/ through dist/*.map).
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const maps = new Map();

function sourceMapFor(url) {
  if (!url.startsWith('file://') || !/\.c?js$/.test(url)) return undefined;
  if (!maps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    maps.set(url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  return maps.get(url);
}

/** Original source position of a call frame, when the bundle has a source map. */
function locate(callFrame) {
  const map = sourceMapFor(callFrame.url);
  const entry = map?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
  if (entry?.originalSource) {
    const file = entry.originalSource.replace(/^(\.\.\/)+/, '');
    return { file, line: entry.originalLine + 1, name: entry.name };
  }
  const file = callFrame.url
    ? callFrame.url.replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/')
    : '(native)';
  return { file, line: callFrame.lineNumber + 1 };
}

function add(map, key, ms) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

// Areas of newsink, by the first source file (self or caller) that matches; node internals and native
// calls (fsync, writeFileUtf8, …) count towards the area of the code that called them.
const AREAS = [
  [
    'store (cache, config, marks)',
    /^(src\/core\/store\/|node_modules\/(conf|atomically|ajv|semver|dot-prop|env-paths)\b)/,
  ],
  ['related index', /^src\/core\/related\//],
  [
    'feed parsing',
    /^(src\/core\/feeds\/|node_modules\/(sax|xml2js|rss-parser|feedsmith|entities|iconv-lite|chardet)\b)/,
  ],
  ['refresh merge', /^src\/core\/refresh\//],
  ['fetch (our layer)', /^src\/core\/net\//],
  ['sanitize', /^src\/core\/sanitize\.ts/],
  ['command / CLI start-up', /^(src\/commands\/|src\/cli\.tsx|node_modules\/meow\b)/],
  [
    'HTTP (undici, sockets)',
    /^node:(internal\/deps\/undici|net|internal\/webstreams|internal\/streams|_http)/,
  ],
  ['module loading', /^node:internal\/(modules|bootstrap)/],
];

function areaOf(file) {
  return AREAS.find(([, pattern]) => pattern.test(file))?.[0];
}

/** Returns { totalMs, idleMs, gcMs, functions, files, areas } (each a [name, ms][] list) for a --cpu-prof file. */
export function summariseProfile(path, limit = 15) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++)
    add(self, profile.samples[i], (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const functions = new Map();
  const files = new Map();
  const areas = new Map();
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const areaFor = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const area = byId.get(cur).callFrame.url ? areaOf(locate(byId.get(cur).callFrame).file) : undefined;
      if (area) return area;
    }
    return undefined;
  };
  let idleMs = 0;
  let gcMs = 0;
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    totalMs += ms;
    if (callFrame.functionName === '(idle)') idleMs += ms;
    if (callFrame.functionName === '(garbage collector)') gcMs += ms;
    const where = locate(callFrame);
    const packageOrFile = where.file.replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, '$1');
    add(files, callFrame.url ? packageOrFile : callFrame.functionName || '(native)', ms);
    const special = ['(idle)', '(garbage collector)', '(program)'].includes(callFrame.functionName);
    add(areas, special ? callFrame.functionName : (areaFor(id) ?? 'other'), ms);
    add(
      functions,
      `${where.name || callFrame.functionName || '(anonymous)'} ${where.file}:${where.line}`,
      ms,
    );
  }
  const sorted = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, ms]) => [key, Math.round(ms)]);
  return { totalMs, idleMs, gcMs, functions: sorted(functions), files: sorted(files), areas: sorted(areas) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summary = summariseProfile(process.argv[2], Number(process.argv[3] ?? 20));
  console.log(
    `sampled ${summary.totalMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms, GC ${summary.gcMs.toFixed(0)} ms`,
  );
  console.log('by area (callers included):');
  for (const [area, ms] of summary.areas) console.log(`${String(ms).padStart(8)} ms  ${area}`);
  console.log('by file / package:');
  for (const [file, ms] of summary.files) console.log(`${String(ms).padStart(8)} ms  ${file}`);
  console.log('by function:');
  for (const [name, ms] of summary.functions) console.log(`${String(ms).padStart(8)} ms  ${name}`);
}
