import type { Subscription } from '../types.js';
import type { HomeFlags } from './store.js';
import type { Store } from './types.js';

/**
 * Public news feeds a new home starts with: world news, technology and science, in several languages,
 * so that the reader shows something on its first run.
 */
export const BUILT_IN_FEEDS: readonly Omit<Subscription, 'addedAt'>[] = [
  { url: 'https://feeds.bbci.co.uk/news/world/rss.xml', title: 'BBC News - World', tags: ['world'] },
  { url: 'https://www.theguardian.com/world/rss', title: 'The Guardian - World news', tags: ['world'] },
  { url: 'https://www.aljazeera.com/xml/rss/all.xml', title: 'Al Jazeera English', tags: ['world'] },
  { url: 'https://feeds.npr.org/1001/rss.xml', title: 'NPR News', tags: ['world'] },
  { url: 'https://rss.dw.com/xml/rss-de-all', title: 'Deutsche Welle (Deutsch)', tags: ['world', 'deutsch'] },
  { url: 'https://www.lemonde.fr/rss/une.xml', title: 'Le Monde - À la une', tags: ['world', 'français'] },
  {
    url: 'https://www.antaranews.com/rss/terkini.xml',
    title: 'ANTARA News - Terkini',
    tags: ['world', 'indonesia'],
  },
  { url: 'https://feeds.arstechnica.com/arstechnica/index', title: 'Ars Technica', tags: ['technology'] },
  { url: 'https://hnrss.org/frontpage', title: 'Hacker News: Front Page', tags: ['technology'] },
  {
    url: 'https://www.sciencedaily.com/rss/top/science.xml',
    title: 'ScienceDaily - Top Science',
    tags: ['science'],
  },
  { url: 'https://www.quantamagazine.org/feed/', title: 'Quanta Magazine', tags: ['science'] },
];

/**
 * Subscribes a home that has never had subscriptions to the built-in feeds. A home where the user
 * added or imported first, or removed the defaults, is left alone: the flag is set once, forever.
 */
export function ensureDefaultFeeds(store: Store & HomeFlags, now = new Date()): boolean {
  if (store.isInitialized()) return false;
  if (store.subscriptions().length === 0) {
    const addedAt = now.toISOString();
    for (const feed of BUILT_IN_FEEDS) store.addSubscription({ ...feed, addedAt });
  }
  store.markInitialized();
  return true;
}
