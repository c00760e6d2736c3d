/** Closing what a truncated download left open, so the items that did arrive can be read. */

const TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/gi;

/**
 * `xml` with an unterminated CDATA section or comment closed, a cut-off tag at the end dropped and every
 * element still open closed in order. Well-formed input comes back unchanged.
 */
export function closeTruncated(xml: string): string {
  let text = xml;
  const lastCdata = text.lastIndexOf('<![CDATA[');
  if (lastCdata >= 0 && text.indexOf(']]>', lastCdata) < 0) text += ']]>';
  const lastComment = text.lastIndexOf('<!--');
  if (lastComment >= 0 && text.indexOf('-->', lastComment) < 0) text += '-->';
  const lastOpen = text.lastIndexOf('<');
  if (lastOpen > text.lastIndexOf('>')) text = text.slice(0, lastOpen);
  const open: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const name = match[2];
    if (!name || match[3]) continue;
    if (!match[1]) {
      open.push(name);
      continue;
    }
    const at = open.lastIndexOf(name);
    if (at >= 0) open.length = at;
  }
  if (open.length === 0) return text;
  return (
    text +
    open
      .reverse()
      .map((name) => `</${name}>`)
      .join('')
  );
}
