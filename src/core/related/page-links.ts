/** A link that an article page itself presents as related ("Related", "Baca juga", "Lesen Sie auch", …). */
export interface PageLink {
  readonly title: string;
  readonly url: string;
}

export interface PageRelated {
  /** Same-site article links, in page order, de-duplicated by normalised URL. */
  readonly links: readonly PageLink[];
  /** The elements that hold them (boxes, lists, inline "Read also" paragraphs): removed from the body before extraction. */
  readonly containers: readonly Element[];
}

/**
 * Finds the links the page marks as related. Work in progress (issue 5): returns nothing yet.
 */
export function collectPageRelated(_document: Document, _pageUrl: string): PageRelated {
  return { links: [], containers: [] };
}
