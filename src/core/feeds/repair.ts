/** Light repairs that turn common broken feed XML into XML a strict parser accepts. */
import { decodeEntities } from './text.js';
import { closeTruncated } from './truncation.js';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// Characters XML 1.0 forbids anywhere, even as references.
const INVALID_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const REFERENCE = /&(?:(#\d{1,7}|#x[0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{0,31}));?/g;

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function numericRefs(text: string): string {
  return [...text].map((ch) => `&#${ch.codePointAt(0)};`).join('');
}

function repairReference(whole: string, numeric: string | undefined, name: string | undefined): string {
  if (numeric) {
    const code = numeric[1] === 'x' ? Number.parseInt(numeric.slice(2), 16) : Number(numeric.slice(1));
    if (!isXmlChar(code)) return '';
    return whole.endsWith(';') ? whole : `${whole};`;
  }
  if (!whole.endsWith(';')) return XML_ENTITIES.has(name!) ? `${whole};` : `&amp;${whole.slice(1)}`;
  if (XML_ENTITIES.has(name!)) return whole;
  const decoded = decodeEntities(whole);
  // An HTML named entity (&nbsp;, &eacute;): as numeric references, which need no DTD.
  return decoded !== whole ? numericRefs(decoded) : `&amp;${whole.slice(1)}`;
}

function repairSegment(text: string): string {
  return text
    .replace(REFERENCE, (whole, numeric: string | undefined, name: string | undefined) =>
      repairReference(whole, numeric, name),
    )
    .replace(/&(?![a-zA-Z#][a-zA-Z0-9]*;)/g, '&amp;');
}

/** Removes characters XML forbids (C0 controls, U+FFFE/FFFF) and whatever precedes the first `<`. */
export function cleanXmlText(xml: string): string {
  const start = xml.indexOf('<');
  const body = start > 0 ? xml.slice(start) : xml;
  // An XML declaration must come first: drop comments or junk placed before it.
  const decl = body.indexOf('<?xml');
  const trimmed = decl > 0 && decl < 4096 ? body.slice(decl) : body;
  return trimmed.replace(INVALID_CHARS, '');
}

/**
 * Fixes what a strict parser rejects: outside CDATA sections, bare `&`, HTML named entities (as numeric
 * references) and references to characters XML forbids (dropped); then a truncated end (see closeTruncated).
 */
export function repairXml(xml: string): string {
  const parts = closeTruncated(xml).split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  return parts.map((part) => (part.startsWith('<![CDATA[') ? part : repairSegment(part))).join('');
}

const XHTML_TEXT =
  /<((?:[\w-]+:)?(?:title|subtitle|summary|content|rights))\b([^>]*?)\btype\s*=\s*(["'])xhtml\3([^>]*)>([\s\S]*?)<\/\1\s*>/g;

/**
 * Atom `type="xhtml"` text constructs turned into `type="html"` with the markup escaped: object-mapping
 * XML parsers lose the order of mixed content ("<b>Example</b> Atom" → "Example"), escaped HTML keeps it.
 */
export function flattenXhtml(xml: string): string {
  if (!xml.includes('xhtml')) return xml;
  return xml.replace(
    XHTML_TEXT,
    (_whole, name: string, before: string, _q: string, after: string, inner: string) => {
      const escaped = inner.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return `<${name}${before}type="html"${after}>${escaped}</${name}>`;
    },
  );
}

/**
 * Atom date elements renamed so rss-parser leaves them alone: it converts them with `new Date(…)
 * .toISOString()`, which throws on one bad date and would reject the whole feed. parseDate reads them.
 */
export function hideAtomDates(xml: string): string {
  return xml.replace(/<(\/?)(published|updated)(?=[\s>/])/g, '<$1newsink-$2');
}
