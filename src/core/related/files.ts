import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Writes a file so that readers see the old or the new content, never half of it (temp + rename). */
export function writeAtomic(file: string, data: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Moves an unreadable file aside as `<name>.corrupt-<time>` and returns the new path. */
export function moveAside(file: string): string {
  const target = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, target);
  return target;
}

/** The file name of a feed's segment: a hash, since feed URLs are not safe file names. */
export function segmentName(feedUrl: string): string {
  return `${createHash('sha256').update(feedUrl).digest('hex').slice(0, 20)}.seg`;
}
