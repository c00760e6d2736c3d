import { useEffect } from 'react';
import { openRelatedIndex, type RelatedIndex } from '../../core/related/related-index.js';
import { normaliseUrl } from '../../core/related/url.js';
import type { Store } from '../../core/store/types.js';
import type { Action } from '../state/actions.js';
import { topFrame } from '../state/article.js';
import { mergeRelated } from '../state/related-lines.js';
import type { ArticleFrame, Library, State } from '../state/types.js';

/** Similar stories shown under "In your feeds". */
const FEED_MATCHES = 5;
// Long enough for the first frame of the article to be painted before the look-up takes the thread.
const AFTER_PAINT_MS = 30;

let opened: { home: string; index: RelatedIndex } | undefined;

function indexFor(store: Store): RelatedIndex {
  // Kept for the session: its first look-up loads the home's index (~0.7 s at 100,000 stories).
  if (opened?.home !== store.home)
    opened = { home: store.home, index: openRelatedIndex(store.home, { store }) };
  return opened.index;
}

function findByUrl(lib: Library, url: string | undefined): number | undefined {
  const key = normaliseUrl(url);
  if (!key) return undefined;
  for (let i = 0; i < lib.headlines.length; i++) {
    const u = lib.headlines[i]!.url;
    if (u && (u === url || normaliseUrl(u) === key)) return i;
  }
  return undefined;
}

/** The Related entries of a frame: page links of its full text, then similar cached stories. */
export function computeRelated(store: Store, lib: Library, frame: ArticleFrame) {
  const full = [frame.doc, frame.other].find((d) => d?.body === 'full');
  const doc = full ?? frame.doc;
  const pageLinks = full?.article?.related ?? [];
  const url = doc?.url ?? (frame.ref.kind === 'url' ? frame.ref.url : undefined);
  const at = frame.ref.kind === 'headline' ? lib.indexById.get(frame.ref.id) : findByUrl(lib, url);
  const cached = at === undefined ? undefined : lib.headlines[at]!;
  const article = cached ? store.loadArticle(cached.feed, cached.id) : undefined;
  const query = article
    ? {
        id: article.id,
        url: article.url,
        title: article.title,
        text: [article.summary, article.content].filter(Boolean).join(' '),
        published: article.published ?? article.firstSeen,
      }
    : { url, title: doc?.title ?? '', text: doc?.text, published: doc?.published };
  let matches: ReturnType<RelatedIndex['similar']> = [];
  try {
    matches = indexFor(store).similar(query, FEED_MATCHES + pageLinks.length + 1);
  } catch {
    // No index yet (nothing refreshed): the page's own links are still worth showing.
  }
  return mergeRelated(url, pageLinks, matches, lib.feedTitles, FEED_MATCHES);
}

/**
 * Fills the top frame's Related section once its article is shown: after the frame is painted, so
 * keys are never held by the look-up; again when the full text (with the page's links) arrives.
 */
export function useRelated(store: Store, state: State, dispatch: (action: Action) => void): void {
  const frame = topFrame(state);
  const doc = frame?.doc;
  const other = frame?.other;
  const lib = state.lib;
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when the article's bodies change, not on scroll
  useEffect(() => {
    if (!frame || !doc) return;
    const timer = setTimeout(() => {
      const entries = computeRelated(store, lib, frame);
      dispatch({ type: 'relatedLoaded', ref: frame.ref, entries });
    }, AFTER_PAINT_MS);
    return () => clearTimeout(timer);
  }, [doc, other, store, dispatch]);
}
