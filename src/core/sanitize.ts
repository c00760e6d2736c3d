/**
 * Terminal-safe text. Everything that comes from a feed, a web page or a server passes through here
 * before it is stored or printed: no control character, escape sequence or bidi override survives.
 */

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC strings (ESC ] P X ^ _ … ST or BEL),
// and two-character escapes (ESC + one char). Their 8-bit C1 forms (0x9B CSI, 0x9D OSC, 0x90 DCS, …) too.
const STRING_SEQUENCE =
  /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
const SHORT_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// C0 except tab/newline, DEL and C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates (LRE…RLO, LRI…PDI) can reorder what a terminal shows.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g;

function stripSequences(text: string): string {
  return text.replace(STRING_SEQUENCE, '').replace(CSI_SEQUENCE, '').replace(SHORT_ESCAPE, '');
}

/**
 * Text for a single-line field (a title, an author, an error): control characters and escape
 * sequences removed, tabs and line breaks turned into spaces, runs of white space collapsed.
 */
export function sanitizeLine(input: unknown): string {
  if (input === undefined || input === null) return '';
  const text = stripSequences(String(input)).replace(LINE_BREAKS, ' ');
  return text.replace(CONTROL, '').replace(BIDI, '').replace(/\s+/g, ' ').trim();
}

/**
 * Text that keeps its line structure (an article body): newlines and tabs survive (tabs as spaces),
 * CR/LF pairs become LF, every other control character and escape sequence is removed.
 */
export function sanitizeText(input: unknown): string {
  if (input === undefined || input === null) return '';
  return stripSequences(String(input))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, '  ')
    .replace(CONTROL, '')
    .replace(BIDI, '');
}

/**
 * An http(s) URL in canonical form, or undefined for anything else (javascript:, data:, file:,
 * mailto:, malformed). Relative URLs are resolved against `base` when given.
 */
export function safeHttpUrl(input: unknown, base?: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const raw = sanitizeLine(input);
  if (!raw) return undefined;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href;
}
