/** Charset labels: what a header or declaration says, mapped to the codec that decodes it right. */
import { iconvLite } from './iconv.js';

// Browsers decode these labels with a superset (WHATWG Encoding Standard), and real feeds that declare them
// often contain the superset's extra characters (curly quotes in "ISO-8859-1" feeds, GBK ideographs in "GB2312").
const SUPERSETS: Readonly<Record<string, string>> = {
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  cp819: 'windows-1252',
  ibm819: 'windows-1252',
  'iso-ir-100': 'windows-1252',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  'gb_2312-80': 'gb18030',
  chinese: 'gb18030',
  big5: 'big5hkscs',
  'x-big5': 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  korean: 'cp949',
  shift_jis: 'shift_jis',
  sjis: 'shift_jis',
  'x-sjis': 'shift_jis',
  ms_kanji: 'shift_jis',
  'windows-31j': 'shift_jis',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  'iso-10646-ucs-2': 'utf-16',
  ucs2: 'utf-16',
  unicode: 'utf-16',
};

/**
 * The codec name for a charset label (lower case), or undefined when the label names nothing we can
 * decode. `utf-16` / `utf-32` without an order stay as they are: the caller picks the byte order.
 */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label
    .trim()
    .replace(/^["']+|["';]+$/g, '')
    .trim()
    .toLowerCase();
  if (!name) return undefined;
  const mapped = SUPERSETS[name] ?? name;
  if (mapped === 'utf-16' || mapped === 'utf-32') return mapped;
  // Most feeds: no need to load the legacy codecs to know this one.
  if (mapped === 'utf-8') return mapped;
  return iconvLite().encodingExists(mapped) ? mapped : undefined;
}

/**
 * The charset parameter of a Content-Type header (`text/xml; charset="gb2312"` → `gb2312`), as written
 * (lower-cased, unquoted), or undefined.
 */
export function charsetFromContentType(ct: string | undefined): string | undefined {
  if (!ct) return undefined;
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;,\s]+)/i.exec(ct);
  if (!match) return undefined;
  const value = match[1]!
    .replace(/^["']|["']$/g, '')
    .trim()
    .toLowerCase();
  return value || undefined;
}

/** The `encoding` of an XML declaration at the start of `head` (a latin1 view of the first bytes). */
export function xmlDeclaredEncoding(head: string): string | undefined {
  const match = /^\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)/.exec(
    head,
  );
  return match?.[1]?.toLowerCase();
}

/** The charset an HTML page names in a `<meta charset>` or `<meta http-equiv=content-type>` tag. */
export function htmlDeclaredEncoding(head: string): string | undefined {
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
