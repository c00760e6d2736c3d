import { htmlToText } from '../../core/feeds/text.js';
import { safeHttpUrl, sanitizeLine } from '../../core/sanitize.js';
import type { Store } from '../../core/store/types.js';
import type { ArticleDoc, ArticleRef } from '../state/types.js';

/**
 * Loads what an article view shows: for a cached story, the feed's content (or summary) from the cache;
 * for a bare URL, the page's full text.
 */
export async function loadArticleDoc(store: Store, ref: ArticleRef): Promise<ArticleDoc | { error: string }> {
  if (ref.kind === 'url') {
    // A page that is in no feed (a related story, issue 5): its full text is all there is.
    const url = safeHttpUrl(ref.url);
    if (!url) return { error: 'only http(s) pages are opened' };
    const title = sanitizeLine(ref.title) || url;
    try {
      return await loadFullDoc(store, { title, source: new URL(url).host, url, text: '', body: 'feed' });
    } catch (error) {
      return { error: sanitizeLine(error instanceof Error ? error.message : String(error)) };
    }
  }
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

let fulltextCache:
  | { home: string; cache: import('../../core/article/fulltext-cache.js').FulltextCache }
  | undefined;

async function fulltextTools(home: string): Promise<{
  loadFullText: typeof import('../../core/article/load.js').loadFullText;
  cache: import('../../core/article/fulltext-cache.js').FulltextCache;
}> {
  // Loaded on first use, like linkedom: the first frame does not pay for extraction.
  const [{ loadFullText }, { createFulltextCache }] = await Promise.all([
    import('../../core/article/load.js'),
    import('../../core/article/fulltext-cache.js'),
  ]);
  if (fulltextCache?.home !== home) {
    fulltextCache = { home, cache: createFulltextCache(home, { onWarning: () => {} }) };
  }
  return { loadFullText, cache: fulltextCache.cache };
}

/**
 * Fetches and extracts the pages of these stories into the full-text cache, one after another, so
 * that opening them later is instant (issue 4: prefetch when idle). Pages already cached are skipped;
 * `stop()` is asked before each page. Failures are ignored: opening the story tries again.
 */
export async function prefetchFullText(
  store: Store,
  urls: readonly string[],
  stop: () => boolean,
): Promise<void> {
  const { loadFullText, cache } = await fulltextTools(store.home);
  const { timeoutMs } = store.settings();
  for (const url of urls) {
    if (stop()) return;
    if (cache.get(url)) continue;
    await loadFullText(url, { cache, fetch: timeoutMs ? { timeoutMs } : undefined }).catch(() => undefined);
  }
}

/**
 * The full text of a story's page (issue 4): from the home's full-text cache, else fetched and
 * extracted. Rejects when the page cannot be had; the view then keeps the feed content.
 */
export async function loadFullDoc(store: Store, feedDoc: ArticleDoc): Promise<ArticleDoc> {
  if (!feedDoc.url) throw new Error('this story has no link');
  const { loadFullText, cache } = await fulltextTools(store.home);
  const { timeoutMs } = store.settings();
  const article = await loadFullText(feedDoc.url, {
    cache,
    fetch: timeoutMs ? { timeoutMs } : undefined,
  });
  return {
    title: sanitizeLine(article.title) || feedDoc.title,
    source: feedDoc.source,
    author: sanitizeLine(article.byline) || feedDoc.author,
    published: feedDoc.published ?? article.published,
    url: feedDoc.url,
    text: article.text,
    article,
    body: 'full',
  };
}
