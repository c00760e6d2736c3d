import { htmlToText } from '../../core/feeds/text.js';
import { safeHttpUrl, sanitizeLine } from '../../core/sanitize.js';
import type { Store } from '../../core/store/types.js';
import type { ArticleDoc, ArticleRef } from '../state/types.js';

/** Loads what an article view shows from the cache: the feed's content (or summary) as plain text. */
export function loadArticleDoc(store: Store, ref: ArticleRef): ArticleDoc | { error: string } {
  if (ref.kind === 'url') return { error: 'full-text pages are not available yet' };
  const article = store.loadArticle(ref.feed, ref.id);
  if (!article) return { error: 'this story is no longer in the cache' };
  const source = store.subscriptions().find((s) => s.url === ref.feed)?.title ?? ref.feed;
  const text = htmlToText(article.content ?? article.summary ?? '');
  return {
    title: sanitizeLine(article.title) || '(untitled)',
    source: sanitizeLine(source),
    author: article.author ? sanitizeLine(article.author) : undefined,
    published: article.published,
    url: safeHttpUrl(article.url),
    text: text || '(This feed gives no text for this story: o opens it in the browser.)',
    body: 'feed',
  };
}
