import type { Segment } from './segment.js';

// File layout: magic, then uint32 header bytes, doc count, pair count and a reserved word; the JSON
// header (feed, ids, titles, urls); padding to 8 bytes; then times, URL hashes and title hashes
// (float64 × docs), offsets (uint32 × docs+1), term hashes (uint32 × pairs) and weights (uint16 × pairs).
// The numbers are read in place: loading costs one JSON.parse and one copy per feed.
const MAGIC = 0x3352534e; // "NSR3"
const FIXED = 20;

interface Header {
  readonly feed: string;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly urls: readonly string[];
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8;

/** Serialises a segment to its compact binary form. */
export function encodeSegment(segment: Segment): Uint8Array {
  const header: Header = { feed: segment.feed, ids: segment.ids, titles: segment.titles, urls: segment.urls };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const n = segment.ids.length;
  const pairs = segment.terms.length;
  const start = pad8(FIXED + json.length);
  const out = Buffer.alloc(start + n * 24 + (n + 1) * 4 + pairs * 6);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(pairs, 12);
  json.copy(out, FIXED);
  let at = start;
  for (const array of [
    segment.times,
    segment.urlHashes,
    segment.titleHashes,
    segment.offsets,
    segment.terms,
    segment.weights,
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
  const pairs = buffer.readUInt32LE(12);
  const start = pad8(FIXED + jsonLength);
  const expected = start + n * 24 + (n + 1) * 4 + pairs * 6;
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
  const offsets = new Uint32Array(data, n * 24, n + 1);
  const terms = new Uint32Array(data, n * 24 + (n + 1) * 4, pairs);
  if (offsets[n] !== pairs) throw new Error('segment offsets do not match its data');
  for (let i = 0; i < n; i++) {
    if (offsets[i]! > offsets[i + 1]!) throw new Error('segment offsets are out of order');
  }
  return {
    feed: header.feed,
    ids: header.ids,
    titles: header.titles,
    urls: header.urls,
    times: new Float64Array(data, 0, n),
    urlHashes: new Float64Array(data, n * 8, n),
    titleHashes: new Float64Array(data, n * 16, n),
    offsets,
    terms,
    weights: new Uint16Array(data, n * 24 + (n + 1) * 4 + pairs * 4, pairs),
  };
}
