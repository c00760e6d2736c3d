// Measures the reader in a real pseudo-terminal (util-linux `script`): first frame, key-to-repaint
// latency idle and during a refresh, a 200-key burst, idle RSS. Run `npm run build` first.
//   node bench/tui.mjs [--sizes 6000,100000] [--keys 200]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { floorLine } from './lib/node-floor.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = arg('sizes', '6000,100000').split(',').map(Number);
const KEYS = Number(arg('keys', '200'));
const COLS = 120;
const ROWS = 40;
const CLOCK_TICKS = 100;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ANSI =
  /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][0-9A-B]|\u001b[=>78]/g;

if (!fs.existsSync(path.join(root, 'dist', 'cli.cjs'))) throw new Error('run npm run build first');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-bench-tui-'));

// The generator runs the real store code, bundled like the app.
const generator = path.join(work, 'gen.mjs');
await build({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'bench', 'tui-home.ts')],
  outfile: generator,
  bundle: true,
  format: 'esm',
  platform: 'node',
  banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  logLevel: 'warning',
});

/** A loopback site serving every bench feed with 30 items, 3 of them new, so a refresh has work. */
function startFeedServer() {
  const server = http.createServer((req, res) => {
    const n = Number(req.url.match(/\/feed\/(\d+)\.xml/)?.[1] ?? 0);
    const now = Date.now();
    const items = Array.from({ length: 30 }, (_, k) => {
      const when = new Date(now - k * 3_600_000).toUTCString();
      return `<item><title>Fresh story ${n}-${k} from the bench feed</title><link>http://127.0.0.1/fresh/${n}/${k}</link><guid>fresh-${n}-${k}</guid><pubDate>${when}</pubDate><description>Body ${k}</description></item>`;
    }).join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed ${n}</title>${items}</channel></rss>`,
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The reader in a pty: output kept with arrival times, keys written to the terminal. */
function startReader(home, extra = [], program = [path.join(root, 'bin', 'newsink.js')]) {
  const cmd = `stty rows ${ROWS} cols ${COLS}; exec ${process.execPath} ${[...program, ...extra].join(' ')}`;
  const started = performance.now();
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], {
    env: { ...process.env, NEWSINK_HOME: home, TERM: 'xterm-256color', BROWSER: 'true' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const reader = { child, started, text: '', chunks: [] };
  // Waiters are checked when output arrives (never by polling: a busy loop here would take one of the
  // machine's two cores from the reader and inflate every figure).
  const waiters = new Set();
  const check = () => {
    for (const w of waiters) {
      const plain = reader.text.slice(w.from).replace(ANSI, '');
      if (w.test(plain)) {
        waiters.delete(w);
        clearTimeout(w.timer);
        w.resolve(performance.now());
      }
    }
  };
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.stdout.on('data', (buf) => {
    const t = performance.now();
    reader.text += buf.toString('utf8');
    reader.chunks.push(t);
    check();
  });
  reader.waitFor = (test, from = 0, timeout = 20_000) =>
    new Promise((resolve, reject) => {
      const w = { test, from, resolve };
      w.timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`timeout; last output: ${reader.text.slice(-400).replace(ANSI, '')}`));
      }, timeout);
      waiters.add(w);
      check();
    });
  const nodePid = () =>
    fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0];
  reader.rssMb = () => {
    const status = fs.readFileSync(`/proc/${nodePid()}/status`, 'utf8');
    return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024;
  };
  // CPU time (user + system) the reader has used, in ms: a figure other load on the machine barely moves.
  reader.cpuMs = () => {
    const fields = fs.readFileSync(`/proc/${nodePid()}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  };
  reader.quit = async () => {
    child.stdin.write('\u0003');
    await new Promise((r) => child.once('exit', r));
  };
  return reader;
}

const live = new Set();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** The last "N/M" position in some plain output. */
function lastPosition(plain) {
  const all = [...plain.matchAll(/(\d+)\/(\d+)\s*$/gm)];
  return all.length ? `${all.at(-1)[1]}/${all.at(-1)[2]}` : undefined;
}

/**
 * Presses `j` and times until a frame with a different position has arrived (a refresh can renumber
 * the list, so the position is compared with the previous one, not predicted).
 */
async function keyLatencies(reader, count, stopWhen) {
  const samples = [];
  let before = lastPosition(reader.text.replace(ANSI, ''));
  for (let i = 0; i < count; i++) {
    if (stopWhen?.()) break;
    const from = reader.text.length;
    const t0 = performance.now();
    reader.child.stdin.write('j');
    const t1 = await reader.waitFor(
      (plain) => {
        const now = lastPosition(plain);
        if (now === undefined || now === before) return false;
        before = now;
        return true;
      },
      from,
      5000,
    );
    samples.push(t1 - t0);
    await sleep(15);
  }
  return samples;
}

async function runSize(total, server) {
  const feeds = Math.max(10, Math.round(total / 500));
  const home = path.join(work, `home-${total}`);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const g0 = performance.now();
  await new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [generator, home, String(total), String(feeds), origin], {
      stdio: 'inherit',
    });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generator exited ${code}`))));
  });
  const genMs = performance.now() - g0;

  // First frame. The first start of a new cache reads all of it before painting; every later start
  // paints from the first screen the reader saved when it quit (cache/first-screen.json) and reads the
  // cache after the frame. The first is reported on its own; the median is of five later starts.
  // The first frame is painted before the UI (Ink) has loaded; a key sent the moment it shows is
  // answered once the UI is up: "first key" is when that key's repaint arrives, from the start.
  const first = async () => {
    const r = startReader(home, ['--no-refresh']);
    const t = await r.waitFor((plain) => plain.includes(`1/${total}`));
    const sample = { ms: t - r.started, cpu: r.cpuMs() };
    const from = r.text.length;
    r.child.stdin.write('j');
    const answered = await r.waitFor((plain) => plain.includes(`2/${total}`), from);
    sample.keyMs = answered - r.started;
    await r.quit();
    return sample;
  };
  const newCache = await first();
  const firsts = [];
  const firstCpu = [];
  const firstKeys = [];
  for (let run = 0; run < 5; run++) {
    const { ms, cpu, keyMs } = await first();
    firsts.push(ms);
    firstCpu.push(cpu);
    firstKeys.push(keyMs);
  }

  const r = startReader(home, ['--no-refresh']);
  await r.waitFor((plain) => plain.includes(`1/${total}`));
  await sleep(500);
  const cpu0 = r.cpuMs();
  const idle = await keyLatencies(r, KEYS);
  const cpuPerKey = (r.cpuMs() - cpu0) / idle.length;
  await sleep(1000);
  const rssBusy = r.rssMb();
  // Idle: V8's memory reducer compacts the heap once allocation stops for a few seconds.
  await sleep(12_000);
  const rss = r.rssMb();

  // Burst: 200 keys in one write; every one must move the selection.
  r.child.stdin.write('g');
  await r.waitFor((plain) => plain.includes(`1/${total}`), r.text.length - 10, 5000);
  await sleep(200);
  const from = r.text.length;
  r.child.stdin.write('j'.repeat(200));
  let burstOk = true;
  try {
    await r.waitFor((plain) => plain.includes(`201/${total}`), from, 10_000);
  } catch {
    burstOk = false;
  }
  await sleep(500);
  const seen = [
    ...r.text
      .slice(from)
      .replace(ANSI, '')
      .matchAll(new RegExp(`(\\d+)/${total}`, 'g')),
  ].map((m) => Number(m[1]));
  const lost = 200 - (Math.max(1, ...seen) - 1);

  // During a refresh: keys while the worker fetches and the UI merges.
  const refreshFrom = r.text.length;
  r.child.stdin.write('R');
  let refreshing = true;
  const refreshStart = performance.now();
  const watcher = r
    .waitFor(
      // Done when the summary shows, or when the list total changed (a key may clear the summary
      // before it is painted).
      (plain) =>
        /new stor|feeds? failed|Refresh failed/.test(plain) ||
        [...plain.matchAll(/\d+\/(\d+)\s*$/gm)].some((m) => Number(m[1]) !== total),
      refreshFrom,
      300_000,
    )
    .then(() => {
      refreshing = false;
    });
  await sleep(30);
  let during = [];
  let refreshError = '';
  try {
    during = await keyLatencies(r, 10_000, () => !refreshing);
    await watcher;
  } catch (error) {
    refreshError = String(error.message).split(';')[0];
  }
  const refreshMs = performance.now() - refreshStart;
  await r.quit();
  fs.rmSync(home, { recursive: true, force: true });
  return {
    total,
    feeds,
    genMs,
    newCache,
    firsts,
    firstCpu,
    firstKeys,
    cpuPerKey,
    idle,
    rss,
    rssBusy,
    lost,
    burstOk,
    during,
    refreshMs,
    refreshError,
  };
}

const server = await startFeedServer();
const f = (x) => x.toFixed(1);
console.log(
  `newsink reader bench: ${COLS}x${ROWS} pty, node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`,
);
console.log(floorLine());
{
  // The same path as a first frame (script, stty, node in the pty) for a program that prints at once.
  const floors = [];
  for (let i = 0; i < 5; i++) {
    const r = startReader(work, [], ['-e', `"process.stdout.write('floor'); setInterval(() => {}, 1000)"`]);
    floors.push((await r.waitFor((plain) => plain.includes('floor'))) - r.started);
    await r.quit();
  }
  console.log(
    `pty floor: node printing one line through the same pty path takes ${pct(floors, 50).toFixed(0)} ms`,
  );
}
for (const size of SIZES) {
  const r = await runSize(size, server);
  console.log(`\n${r.total} cached headlines (${r.feeds} feeds; home generated in ${f(r.genMs / 1000)} s)`);
  console.log(`  first frame       median ${f(pct(r.firsts, 50))} ms  (runs: ${r.firsts.map(f).join(', ')})`);
  console.log(
    `  new cache         ${f(r.newCache.ms)} ms, ${f(r.newCache.cpu)} ms CPU (first start: the whole cache is read before the frame)`,
  );
  console.log(`  first frame CPU   median ${f(pct(r.firstCpu, 50))} ms (user+sys, 10 ms ticks)`);
  console.log(
    `  first key         median ${f(pct(r.firstKeys, 50))} ms from the start (a key sent as the first frame shows, answered once the UI is up)`,
  );
  console.log(
    `  key to repaint    p50 ${f(pct(r.idle, 50))} ms  p95 ${f(pct(r.idle, 95))} ms  (${r.idle.length} keys)`,
  );
  console.log(`  CPU per key       ${f(r.cpuPerKey)} ms (idle keys, incl. the 15 ms gaps' idle work)`);
  console.log(
    `  during refresh    p50 ${f(pct(r.during, 50))} ms  p95 ${f(pct(r.during, 95))} ms  (${r.during.length} keys; refresh ${f(r.refreshMs / 1000)} s)${r.refreshError ? ` ${r.refreshError}` : ''}`,
  );
  console.log(`  200-key burst     ${r.lost} lost${r.burstOk ? '' : ' (final position not reached)'}`);
  console.log(`  RSS               ${f(r.rssBusy)} MB 1 s after the keys, ${f(r.rss)} MB idle (13 s after)`);
}
server.close();
fs.rmSync(work, { recursive: true, force: true });
