/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), mapped to RawFeed. */
import { NotAFeedError } from './errors.js';
import { first, prop, type RawEnclosure, type RawFeed, type RawItem } from './raw.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function authorName(node: unknown): unknown {
  return prop(first(prop(node, 'authors')), 'name') ?? prop(prop(node, 'author'), 'name');
}

function mapItem(item: unknown, feedAuthor: unknown): RawItem {
  const text = prop(item, 'content_text');
  const html = prop(item, 'content_html');
  const attachments = prop(item, 'attachments');
  const enclosures: RawEnclosure[] = (Array.isArray(attachments) ? attachments : []).map((a) => ({
    url: prop(a, 'url'),
    type: prop(a, 'mime_type'),
    length: prop(a, 'size_in_bytes'),
  }));
  const id = prop(item, 'id');
  return {
    id: typeof id === 'number' ? String(id) : id,
    title: prop(item, 'title'),
    link: prop(item, 'url') ?? prop(item, 'external_url'),
    author: authorName(item) ?? feedAuthor,
    date: prop(item, 'date_published') ?? prop(item, 'date_modified'),
    // summary is plain text in JSON Feed; everything downstream treats summaries as HTML.
    summary:
      typeof prop(item, 'summary') === 'string' ? escapeHtml(prop(item, 'summary') as string) : undefined,
    // content_text is plain text; content is HTML everywhere else, so escape it.
    content: typeof html === 'string' ? html : typeof text === 'string' ? escapeHtml(text) : undefined,
    enclosures,
  };
}

/** True when parsed JSON has the shape of a JSON Feed (a version URL, or a title and an items array). */
export function isJsonFeed(doc: unknown): boolean {
  const version = prop(doc, 'version');
  if (typeof version === 'string' && /jsonfeed\.org\/version\//i.test(version)) return true;
  return Array.isArray(prop(doc, 'items')) && typeof prop(doc, 'title') === 'string';
}

/** Maps a parsed JSON Feed document; throws NotAFeedError for JSON that is not one. */
export function mapJsonFeed(doc: unknown): RawFeed {
  if (!isJsonFeed(doc)) throw new NotAFeedError();
  const items = prop(doc, 'items');
  const feedAuthor = authorName(doc);
  return {
    title: prop(doc, 'title'),
    link: prop(doc, 'home_page_url'),
    items: (Array.isArray(items) ? items : []).map((item) => mapItem(item, feedAuthor)),
  };
}
