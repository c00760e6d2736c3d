import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority } from '../../src/core/thread-priority.js';

const niceOf = (tid: string) =>
  Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
  it('lowers the calling thread only, not the rest of the process', () => {
    const self = fs.readlinkSync('/proc/thread-self').split('/').pop()!;
    const before = new Map(fs.readdirSync('/proc/self/task').map((tid) => [tid, niceOf(tid)]));
    lowerThreadPriority(3);
    expect(os.getPriority(0)).toBe(before.get(self)! + 3);
    for (const [tid, nice] of before) {
      if (tid !== self && fs.existsSync(`/proc/self/task/${tid}`)) expect(niceOf(tid), tid).toBe(nice);
    }
  });
});
