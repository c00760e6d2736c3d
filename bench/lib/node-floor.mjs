// How long a bare `node -e 0` takes right now: the start-up floor every figure of a run sits on. On a
// shared 2-core machine it moves by tens of milliseconds from one minute to the next (and an
// environment with NODE_EXTRA_CA_CERTS adds ~45 ms to it), so benches print it beside their figures.
import { spawnSync } from 'node:child_process';

/** Median wall time of `runs` bare node starts, in ms. */
export function nodeFloorMs(runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
