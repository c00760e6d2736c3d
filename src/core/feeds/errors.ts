/** Errors parseFeed throws that callers tell apart. */

/** Thrown when a document is not a feed at all (an HTML page, other JSON, an unknown XML root). */
export class NotAFeedError extends Error {
  constructor() {
    super('not a feed');
    this.name = 'NotAFeedError';
  }
}
