/** Bytes of a feed or page → text, choosing the charset the way readers that get it right do. */
import { analyse } from 'chardet';
import {
  charsetFromContentType,
  htmlDeclaredEncoding,
  normaliseCharset,
  xmlDeclaredEncoding,
} from './charsets.js';
import { iconvLite } from './iconv.js';
import { decodeUtf8Lenient, utf8Stats } from './utf8.js';

export { charsetFromContentType };

export interface DecodeOptions {
  readonly contentType?: string;
  readonly kind: 'xml' | 'html' | 'json';
}

export interface Decoded {
  readonly text: string;
  /** The codec used, lower case (`utf-8`, `windows-1252`, `gb18030`, `utf-16le`, …). */
  readonly charset: string;
}

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  for (const [bom, charset] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { charset, length: bom.length };
  }
  return undefined;
}

// Feeds are mostly ASCII markup, so UTF-16/32 without a BOM shows as zero bytes at fixed positions.
const SNIFF_BYTES = 512;

/** `utf-16be` / `utf-16le` / `utf-32be` / `utf-32le` when the zero-byte pattern says so. */
function sniffWideCharset(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~3;
  if (n < 4) return undefined;
  let be32 = 0;
  let le32 = 0;
  for (let i = 0; i < n; i += 4) {
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] !== 0) be32++;
    if (bytes[i] !== 0 && bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] === 0) le32++;
  }
  const groups = n / 4;
  if (be32 > groups / 2) return 'utf-32be';
  if (le32 > groups / 2) return 'utf-32le';
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const pairs = n / 2;
  if (zeroEven > pairs / 3 && zeroOdd < zeroEven / 8) return 'utf-16be';
  if (zeroOdd > pairs / 3 && zeroEven < zeroOdd / 8) return 'utf-16le';
  return undefined;
}

// Below this chardet confidence (0-100) a guess is no better than windows-1252.
const MIN_DETECTOR_CONFIDENCE = 25;
// A weak non-Latin guess still beats a Latin one when the text does not look Latin (see meanHighRun).
const MIN_ALTERNATIVE_CONFIDENCE = 5;
const LATIN = /^(?:windows-125[02478]|iso-8859-(?:1|2|3|4|9|10|13|14|15|16))$/;

/**
 * Mean length of runs of bytes >= 0x80. Latin-script text has isolated accented letters (runs of 1);
 * Thai, Hebrew, Cyrillic or Greek in a single-byte charset has whole words of them.
 */
function meanHighRun(bytes: Uint8Array): number {
  let runs = 0;
  let high = 0;
  let inRun = false;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (!inRun) runs++;
      inRun = true;
    } else inRun = false;
  }
  return runs ? high / runs : 0;
}

function detectCharset(bytes: Uint8Array): string | undefined {
  const matches = analyse(bytes)
    .map((match) => ({ name: normaliseCharset(match.name), confidence: match.confidence }))
    .filter((m): m is { name: string; confidence: number } => !!m.name && !m.name.startsWith('utf-'));
  if (meanHighRun(bytes) >= 3) {
    const other = matches.find((m) => !LATIN.test(m.name) && m.confidence >= MIN_ALTERNATIVE_CONFIDENCE);
    if (other) return other.name;
  }
  const top = matches[0];
  if (!top || top.confidence < MIN_DETECTOR_CONFIDENCE) return undefined;
  return top.name;
}

function declaredCharsets(bytes: Uint8Array, opts: DecodeOptions): string[] {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const labels = [charsetFromContentType(opts.contentType)];
  if (opts.kind === 'xml') labels.push(xmlDeclaredEncoding(head));
  if (opts.kind === 'html') labels.push(htmlDeclaredEncoding(head), xmlDeclaredEncoding(head));
  const out: string[] = [];
  for (const label of labels) {
    const name = normaliseCharset(label);
    // A UTF-16/32 label on bytes without the zero-byte pattern is a lie: the text is ASCII-compatible.
    if (name && !name.startsWith('utf-16') && !name.startsWith('utf-32')) out.push(name);
  }
  return out;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset, {
    stripBOM: true,
  });
}

/** Picks the charset (see decodeBytes) and decodes; `lenient` marks UTF-8 that had stray legacy bytes. */
function chooseAndDecode(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const bom = bomCharset(bytes);
  if (bom?.charset === 'utf-8') return { text: decodeUtf8Lenient(bytes.subarray(3)), charset: 'utf-8' };
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset };
  const wide = sniffWideCharset(bytes);
  if (wide) return { text: decodeWith(bytes, wide), charset: wide };
  const stats = utf8Stats(bytes);
  const cleanUtf8 = stats.invalid === 0;
  if (cleanUtf8 && stats.multibyte > 0) return { text: decodeUtf8Lenient(bytes), charset: 'utf-8' };
  const mostlyUtf8 = stats.multibyte > stats.invalid;
  for (const name of declaredCharsets(bytes, opts)) {
    if (name !== 'utf-8') return { text: decodeWith(bytes, name), charset: name };
    if (cleanUtf8 || mostlyUtf8) return { text: decodeUtf8Lenient(bytes), charset: 'utf-8' };
  }
  if (cleanUtf8 || mostlyUtf8) return { text: decodeUtf8Lenient(bytes), charset: 'utf-8' };
  const detected = detectCharset(bytes) ?? 'windows-1252';
  return { text: decodeWith(bytes, detected), charset: detected };
}

// A comment body is matched one way only ("-" not followed by "->"): `[\s\S]*?-->` inside a repeated
// group backtracks exponentially on an HTML page full of comments (a page hung `newsink read`).
const XML_DECL_ENCODING =
  /^(\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2/;
// The declaration is at the very start (after comments at most): only that much is searched.
const DECL_SCAN_LENGTH = 4096;

/**
 * Decodes a document's bytes to text.
 *
 * Order: a BOM (UTF-8/16/32), then UTF-16/32 recognised by its zero bytes, then — unless the bytes are
 * valid multi-byte UTF-8 — the charset of `contentType`, then the document's own declaration (XML
 * `encoding`, or an HTML `<meta charset>`), then UTF-8 when it decodes cleanly (stray bytes in mostly-UTF-8
 * text are read as windows-1252), then chardet, then windows-1252. Legacy labels decode with the superset
 * browsers use (ISO-8859-1 → windows-1252, GB2312/GBK → GB18030, EUC-KR → CP949). The BOM is removed and
 * an XML declaration's encoding is rewritten to UTF-8, since the text is no longer in the declared bytes.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const decoded = chooseAndDecode(bytes, opts);
  let text = decoded.text.replace(/^\uFEFF/, '');
  if (opts.kind !== 'json') {
    const start = text.slice(0, DECL_SCAN_LENGTH);
    const fixed = start.replace(XML_DECL_ENCODING, (whole, head: string, quote: string, value: string) =>
      value.toLowerCase() === 'utf-8' ? whole : `${head}${quote}UTF-8${quote}`,
    );
    if (fixed !== start) text = fixed + text.slice(DECL_SCAN_LENGTH);
  }
  return { text, charset: decoded.charset };
}
