import { htmlToText } from '../../core/feeds/text.js';
import { safeHttpUrl, sanitizeLine } from '../../core/sanitize.js';
import type { Store } from '../../core/store/types.js';
import type { ArticleDoc, ArticleRef } from '../state/types.js';

/** Loads what an article view shows from the cache: the feed's content (or summary) as plain text. */
export async function loadArticleDoc(store: Store, ref: ArticleRef): Promise<ArticleDoc | { error: string }> {
  if (ref.kind === 'url') return { error: 'full-text pages are not available yet' };
  const article = store.loadArticle(ref.feed, ref.id);
  if (!article) return { error: 'this story is no longer in the cache' };
  const source = store.subscriptions().find((s) => s.url === ref.feed)?.title ?? ref.feed;
  const html = article.content ?? article.summary ?? '';
  const text = htmlToText(html);
  const url = safeHttpUrl(article.url);
  // Loaded on first use: linkedom is not needed for the first frame.
  const { articleFromFeedHtml } = await import('../../core/article/feed-html.js');
  const structured = text ? articleFromFeedHtml(html, url ?? ref.feed) : undefined;
  return {
    article: structured && structured.blocks.length > 0 ? structured : undefined,
    title: sanitizeLine(article.title) || '(untitled)',
    source: sanitizeLine(source),
    author: article.author ? sanitizeLine(article.author) : undefined,
    published: article.published,
    url,
    text: text || '(This feed gives no text for this story: o opens it in the browser.)',
    body: 'feed',
  };
}
