/** Small helpers for writing the demo site's HTML and XML by hand. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML/XML element content and double- or single-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Formats a date the way a person reads it on a news page, e.g. "27 Nov 2026, 08:14". */
// Creating an Intl formatter costs about a millisecond; the site needs one per language.
const formats = new Map<string, Intl.DateTimeFormat>();

export function humanDate(date: Date, lang: string): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format.format(date);
}
