import type { DocumentMeta } from './document.js';
import type { Segment } from './segment.js';

// File layout: magic, then four uint32 (header bytes, doc count, pair count, reserved), the JSON header
// (feed, vocab, docs) padded to 4 bytes, then offsets (uint32 × docs+1), terms (uint32 × pairs) and
// weights (uint16 × pairs). Typed arrays are read in place, so loading costs one JSON.parse per feed.
const MAGIC = 0x3152534e; // "NSR1"
const FIXED = 20;

type StoredDoc = [
  id: string,
  title: string,
  url: string,
  urlKey: string,
  titleKey: string,
  time: number | null,
];
interface Header {
  readonly feed: string;
  readonly vocab: readonly string[];
  readonly docs: readonly StoredDoc[];
}

/** Serialises a segment to its compact binary form. */
export function encodeSegment(segment: Segment): Uint8Array {
  const header: Header = {
    feed: segment.feed,
    vocab: segment.vocab,
    docs: segment.docs.map((doc) => [
      doc.id,
      doc.title,
      doc.url ?? '',
      doc.urlKey ?? '',
      doc.titleKey,
      Number.isNaN(doc.time) ? null : doc.time,
    ]),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const jsonPadded = Math.ceil(json.length / 4) * 4;
  const pairs = segment.terms.length;
  const size = FIXED + jsonPadded + segment.offsets.byteLength + pairs * 4 + pairs * 2;
  const out = Buffer.alloc(size);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  out.writeUInt32LE(segment.docs.length, 8);
  out.writeUInt32LE(pairs, 12);
  json.copy(out, FIXED);
  let at = FIXED + jsonPadded;
  for (const array of [segment.offsets, segment.terms, segment.weights]) {
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
  const count = buffer.readUInt32LE(8);
  const pairs = buffer.readUInt32LE(12);
  const jsonPadded = Math.ceil(jsonLength / 4) * 4;
  const expected = FIXED + jsonPadded + (count + 1) * 4 + pairs * 6;
  if (buffer.length !== expected) throw new Error(`segment is ${buffer.length} bytes, expected ${expected}`);
  const header = JSON.parse(buffer.toString('utf8', FIXED, FIXED + jsonLength)) as Header;
  if (typeof header.feed !== 'string' || !Array.isArray(header.vocab) || header.docs?.length !== count) {
    throw new Error('segment header does not match its data');
  }
  // Copy into a fresh aligned buffer: Buffer pools may start at an offset not divisible by 4.
  const body = new Uint8Array(buffer.length - FIXED - jsonPadded);
  body.set(buffer.subarray(FIXED + jsonPadded));
  const offsets = new Uint32Array(body.buffer, 0, count + 1);
  const terms = new Uint32Array(body.buffer, (count + 1) * 4, pairs);
  const weights = new Uint16Array(body.buffer, (count + 1) * 4 + pairs * 4, pairs);
  if (offsets[count] !== pairs) throw new Error('segment offsets do not match its data');
  for (let i = 0; i < pairs; i++)
    if (terms[i]! >= header.vocab.length) throw new Error('segment term out of range');
  const docs: DocumentMeta[] = header.docs.map(([id, title, url, urlKey, titleKey, time]) => ({
    id,
    title,
    url: url || undefined,
    urlKey: urlKey || undefined,
    titleKey,
    time: time ?? Number.NaN,
  }));
  return { feed: header.feed, docs, vocab: header.vocab, offsets, terms, weights };
}
