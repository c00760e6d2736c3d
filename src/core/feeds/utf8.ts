/** UTF-8 validation that counts, and a decoder that survives a few stray legacy bytes. */
import { isAscii, isUtf8 } from 'node:buffer';
import { iconvLite } from './iconv.js';

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined) return 0;
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (b < min || b > max) return 0;
  }
  return need + 1;
}

export interface Utf8Stats {
  /** Well-formed multi-byte sequences (at least 1 when all the bytes are valid UTF-8 and not ASCII). */
  readonly multibyte: number;
  /** Bytes that start no well-formed sequence. */
  readonly invalid: number;
}

/**
 * Counts multi-byte sequences and invalid bytes, to judge whether bytes are (mostly) UTF-8. Bytes that
 * are all ASCII, or all valid UTF-8 (nearly every feed), are recognised by Node's native checks, which
 * are ~30x faster than this loop; then `multibyte` is only known to be at least 1.
 */
export function utf8Stats(bytes: Uint8Array): Utf8Stats {
  if (isAscii(bytes)) return { multibyte: 0, invalid: 0 };
  if (isUtf8(bytes)) return { multibyte: 1, invalid: 0 };
  return countUtf8(bytes);
}

function countUtf8(bytes: Uint8Array): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      invalid++;
      i++;
    } else {
      multibyte++;
      i += len;
    }
  }
  return { multibyte, invalid };
}

const utf8 = new TextDecoder('utf-8');

/**
 * UTF-8 text in which each byte that is not part of a well-formed sequence is read as windows-1252, the
 * usual accident (a Latin-1 string pasted into a UTF-8 page), so no U+FFFD appears.
 */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out +=
      utf8.decode(bytes.subarray(start, i)) + iconvLite().decode(Buffer.from([bytes[i]!]), 'windows-1252');
    i++;
    start = i;
  }
  return out + utf8.decode(bytes.subarray(start));
}
