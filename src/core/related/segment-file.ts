import type { Segment } from './segment.js';

// File layout: magic; uint32 header bytes, doc count, term count and posting count; the JSON header
// (feed, ids, titles, urls); padding to 8 bytes; then times, URL hashes, title hashes (float64 × docs),
// lengths (float32 × docs), term hashes (uint32 × terms), posting starts (uint32 × terms+1), posting
// documents (uint32 × postings) and weights (uint16 × postings). The numbers are used in place:
// loading a feed is one read, one JSON.parse and one copy.
const MAGIC = 0x3452534e; // "NSR4"
const FIXED = 24;

interface Header {
  readonly feed: string;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly urls: readonly string[];
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8;
const bodySize = (n: number, terms: number, postings: number) => n * 28 + (terms * 2 + 1) * 4 + postings * 6;

/** Serialises a segment to its compact binary form. */
export function encodeSegment(segment: Segment): Uint8Array {
  const header: Header = { feed: segment.feed, ids: segment.ids, titles: segment.titles, urls: segment.urls };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const n = segment.ids.length;
  const terms = segment.termHashes.length;
  const postings = segment.postDoc.length;
  const start = pad8(FIXED + json.length);
  const out = Buffer.alloc(start + bodySize(n, terms, postings));
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(terms, 12);
  out.writeUInt32LE(postings, 16);
  json.copy(out, FIXED);
  let at = start;
  for (const array of [
    segment.times,
    segment.urlHashes,
    segment.titleHashes,
    segment.lengths,
    segment.termHashes,
    segment.postStart,
    segment.postDoc,
    segment.postWeight,
  ]) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  return out;
}

/** Parses a segment file; throws on anything malformed (the caller moves the file aside). */
export function decodeSegment(bytes: Uint8Array): Segment {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < FIXED || buffer.readUInt32LE(0) !== MAGIC)
    throw new Error('not a related-index segment');
  const jsonLength = buffer.readUInt32LE(4);
  const n = buffer.readUInt32LE(8);
  const terms = buffer.readUInt32LE(12);
  const postings = buffer.readUInt32LE(16);
  const start = pad8(FIXED + jsonLength);
  const expected = start + bodySize(n, terms, postings);
  if (buffer.length !== expected) throw new Error(`segment is ${buffer.length} bytes, expected ${expected}`);
  const header = JSON.parse(buffer.toString('utf8', FIXED, FIXED + jsonLength)) as Header;
  if (
    typeof header.feed !== 'string' ||
    header.ids?.length !== n ||
    header.titles?.length !== n ||
    header.urls?.length !== n
  ) {
    throw new Error('segment header does not match its data');
  }
  // One aligned copy of the numeric part: a Buffer may start at an offset typed arrays cannot use.
  const body = new Uint8Array(buffer.length - start);
  body.set(buffer.subarray(start));
  const data = body.buffer;
  let at = 0;
  const take = <T>(make: (offset: number) => T, bytes: number): T => {
    const array = make(at);
    at += bytes;
    return array;
  };
  const times = take((o) => new Float64Array(data, o, n), n * 8);
  const urlHashes = take((o) => new Float64Array(data, o, n), n * 8);
  const titleHashes = take((o) => new Float64Array(data, o, n), n * 8);
  const lengths = take((o) => new Float32Array(data, o, n), n * 4);
  const termHashes = take((o) => new Uint32Array(data, o, terms), terms * 4);
  const postStart = take((o) => new Uint32Array(data, o, terms + 1), (terms + 1) * 4);
  const postDoc = take((o) => new Uint32Array(data, o, postings), postings * 4);
  const postWeight = take((o) => new Uint16Array(data, o, postings), postings * 2);
  checkPostings(n, termHashes, postStart, postDoc);
  return { ...header, times, urlHashes, titleHashes, lengths, termHashes, postStart, postDoc, postWeight };
}

// A damaged file must fail here, not send a query out of bounds later.
function checkPostings(
  n: number,
  termHashes: Uint32Array,
  postStart: Uint32Array,
  postDoc: Uint32Array,
): void {
  if (postStart[0] !== 0 || postStart[termHashes.length] !== postDoc.length) {
    throw new Error('segment postings do not match its data');
  }
  for (let t = 0; t < termHashes.length; t++) {
    if (postStart[t]! > postStart[t + 1]! || (t > 0 && termHashes[t - 1]! >= termHashes[t]!)) {
      throw new Error('segment terms are out of order');
    }
  }
  for (let p = 0; p < postDoc.length; p++)
    if (postDoc[p]! >= n) throw new Error('segment posting out of range');
}
