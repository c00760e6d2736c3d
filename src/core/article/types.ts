import type { PageLink } from '../related/page-links.js';

/** A run of inline text inside a paragraph-like block. Every string is sanitised. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'bold'; readonly text: string }
  | { readonly kind: 'italic'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string };

/** The small block tree an extracted article is made of. */
export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly inlines: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Block[])[] }
  | { readonly kind: 'blockquote'; readonly blocks: readonly Block[] }
  | { readonly kind: 'pre'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'image'; readonly alt: string; readonly src?: string }
  | { readonly kind: 'hr' };

/** A numbered link of an article, in order of first appearance. */
export interface ArticleLink {
  readonly n: number;
  readonly text: string;
  readonly url: string;
}

/** The readable content of a web page (or of a feed item's HTML). */
export interface ExtractedArticle {
  readonly url: string;
  readonly title: string;
  readonly byline?: string;
  readonly siteName?: string;
  /** ISO 8601 when the date could be read, else the page's own string. */
  readonly published?: string;
  readonly lang?: string;
  readonly blocks: readonly Block[];
  /** Plain text: blocks separated by a blank line. */
  readonly text: string;
  readonly links: readonly ArticleLink[];
  readonly related: readonly PageLink[];
}
