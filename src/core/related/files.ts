import { createHash } from 'node:crypto';

// The index writes and quarantines its files like every other file in the home.
export { moveAside, writeFileAtomic as writeAtomic } from '../store/atomic.js';

/** The file name of a feed's segment: a hash, since feed URLs are not safe file names. */
export function segmentName(feedUrl: string): string {
  return `${createHash('sha256').update(feedUrl).digest('hex').slice(0, 20)}.seg`;
}
