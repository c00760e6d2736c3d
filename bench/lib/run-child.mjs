// Runs a command and measures wall time and peak RSS (VmHWM sampled from /proc while it runs).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

function vmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // exited between samples
  }
}

/** Resolves { code, stdout, stderr, wallMs, peakRssKb }. */
export function runChild(command, args, { env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const sample = () => {
      peak = Math.max(peak, vmHwmKb(child.pid));
    };
    const timer = setInterval(sample, 5);
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    // stdout closes just before exit: the last moment the high-water mark can still be read.
    child.stdout.on('end', sample);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
        wallMs: performance.now() - started,
        peakRssKb: peak,
      });
    });
  });
}
