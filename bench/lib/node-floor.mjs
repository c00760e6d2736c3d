// How long a bare `node -e 0` takes right now: the start-up floor every figure of a run sits on. On a
// shared 2-core machine it moves by tens of milliseconds from one minute to the next (and an
// environment with NODE_EXTRA_CA_CERTS adds ~40 ms to it), so benches print it beside their figures.
import { spawnSync } from 'node:child_process';

/** Median wall time of `runs` bare node starts, in ms. */
export function nodeFloorMs(runs = 7, env = process.env) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore', env });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * The line benches print: the floor, and when the environment sets NODE_EXTRA_CA_CERTS, what it is
 * without (Node 20 reads and parses that file when it starts, before any program runs; the figures of
 * the run are measured with it set, as the environment has it).
 */
export function floorLine() {
  const line = `start-up floor: a bare "node -e 0" takes ${nodeFloorMs().toFixed(0)} ms here now`;
  if (!process.env.NODE_EXTRA_CA_CERTS) return line;
  const { NODE_EXTRA_CA_CERTS: _certs, ...without } = process.env;
  return `${line} (${nodeFloorMs(7, without).toFixed(0)} ms without the NODE_EXTRA_CA_CERTS this environment sets: a file Node 20 reads at start-up)`;
}
