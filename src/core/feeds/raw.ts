/** The shape every parser's output is mapped to before normalising: values as found, not yet cleaned. */

export interface RawEnclosure {
  readonly url?: unknown;
  readonly type?: unknown;
  readonly length?: unknown;
}

export interface RawItem {
  readonly id?: unknown;
  readonly title?: unknown;
  readonly link?: unknown;
  readonly author?: unknown;
  readonly date?: unknown;
  readonly summary?: unknown;
  readonly content?: unknown;
  readonly enclosures?: readonly RawEnclosure[];
  /** The item's xml:base, when it has one. */
  readonly base?: string;
}

export interface RawFeed {
  readonly title?: unknown;
  readonly link?: unknown;
  /** The feed-level xml:base, when there is one. */
  readonly base?: string;
  readonly items: readonly RawItem[];
}

/** A property of an object-like value, or undefined. */
export function prop(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** The first element of an array, or the value itself. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The text of a value from an XML-to-object parser: a string as is; xml2js `{_: text}` or feedsmith
 * `{value: text}`; a number as its digits; for nested markup (Atom type="xhtml"), the text of the children
 * in order, attributes (`$`) left out.
 */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record._ === 'string') return record._;
    if (typeof record.value === 'string') return record.value;
    return Object.entries(record)
      .filter(([key]) => key !== '$')
      .map(([, child]) => textOf(child))
      .join(' ');
  }
  return '';
}
