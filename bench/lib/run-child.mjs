// Runs a command and measures wall time, CPU time and peak RSS: through /usr/bin/time when it exists,
// else by sampling VmHWM from /proc while the child runs (CPU time is then unknown). With
// { usage: false } the command runs directly and only wall time is measured: /usr/bin/time's own
// start (one more exec) adds ~5 ms to the wall time of what it runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TIME = '/usr/bin/time';

function vmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // exited between samples
  }
}

/** Resolves { code, stdout, stderr, wallMs, exitLagMs, cpuMs?, peakRssKb? }. */
export function runChild(command, args, { env, cwd, usage = true } = {}) {
  const timed = usage && existsSync(TIME);
  const dir = timed ? mkdtempSync(path.join(os.tmpdir(), 'newsink-time-')) : undefined;
  const timeFile = dir && path.join(dir, 'time.txt');
  const [file, argv] = timed ? [TIME, ['-o', timeFile, '-f', '%U %S %M', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const timer =
      timed || !usage ? undefined : setInterval(() => (peak = Math.max(peak, vmHwmKb(child.pid))), 5);
    const out = [];
    const err = [];
    let lastOutputMs = 0;
    child.stdout.on('data', (chunk) => {
      out.push(chunk);
      lastOutputMs = performance.now() - started;
    });
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      let cpuMs;
      if (timeFile) {
        const fields = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpuMs = (fields[0] + fields[1]) * 1000;
        peak = fields[2];
        rmSync(dir, { recursive: true, force: true });
      }
      resolve({
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        wallMs,
        // How long the child lived on after its last output (timers, sockets or workers holding it open).
        exitLagMs: wallMs - lastOutputMs,
        cpuMs,
        peakRssKb: usage ? peak : undefined,
      });
    });
  });
}
