import type { Segment } from './segment.js';

// File layout: magic, then uint32 header bytes, doc count, pair count and vocabulary bytes; the JSON
// header (feed, ids, titles, urls); the vocabulary as newline-separated UTF-8 (terms never hold a
// newline); padding to 8 bytes; then times, URL hashes and title hashes (float64 × docs), offsets
// (uint32 × docs+1), terms (uint32 × pairs) and weights (uint16 × pairs). The numbers are read in place.
const MAGIC = 0x3252534e; // "NSR2"
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
  const vocab = Buffer.from(segment.vocab.join('\n'), 'utf8');
  const n = segment.ids.length;
  const pairs = segment.terms.length;
  const start = pad8(FIXED + json.length + vocab.length);
  const out = Buffer.alloc(start + n * 24 + (n + 1) * 4 + pairs * 6);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(n, 8);
  out.writeUInt32LE(pairs, 12);
  out.writeUInt32LE(vocab.length, 16);
  json.copy(out, FIXED);
  vocab.copy(out, FIXED + json.length);
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
  const vocabLength = buffer.readUInt32LE(16);
  const start = pad8(FIXED + jsonLength + vocabLength);
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
  const vocabText = buffer.toString('utf8', FIXED + jsonLength, FIXED + jsonLength + vocabLength);
  const vocab = vocabText ? vocabText.split('\n') : [];
  // One aligned copy of the numeric part: a Buffer may start at an offset typed arrays cannot use.
  const body = new Uint8Array(buffer.length - start);
  body.set(buffer.subarray(start));
  const data = body.buffer;
  const offsets = new Uint32Array(data, n * 24, n + 1);
  const terms = new Uint32Array(data, n * 24 + (n + 1) * 4, pairs);
  if (offsets[n] !== pairs) throw new Error('segment offsets do not match its data');
  let max = 0;
  for (let i = 0; i < pairs; i++) if (terms[i]! > max) max = terms[i]!;
  if (pairs > 0 && max >= vocab.length) throw new Error('segment term out of range');
  return {
    feed: header.feed,
    ids: header.ids,
    titles: header.titles,
    urls: header.urls,
    times: new Float64Array(data, 0, n),
    urlHashes: new Float64Array(data, n * 8, n),
    titleHashes: new Float64Array(data, n * 16, n),
    vocab,
    offsets,
    terms,
    weights: new Uint16Array(data, n * 24 + (n + 1) * 4 + pairs * 4, pairs),
  };
}
