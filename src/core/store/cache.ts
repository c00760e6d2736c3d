import fs from 'node:fs';
import path from 'node:path';
import type { Article, Enclosure, Headline } from '../types.js';
import { readJsonFile, type Warn, writeFileAtomic } from './atomic.js';
import { feedFileKey } from './ids.js';

/** Length of the plain-text snippet kept with each headline (search and previews). */
export const SNIPPET_LENGTH = 300;

type StoredHeadline = Omit<Headline, 'feed'>;
interface HeadlineFile {
  readonly v: 1;
  readonly feed: string;
  readonly items: StoredHeadline[];
}
interface StoredBody {
  readonly summary?: string;
  readonly content?: string;
  readonly enclosures?: readonly Enclosure[];
}
interface BodyFile {
  readonly v: 1;
  readonly feed: string;
  readonly bodies: Record<string, StoredBody>;
}

const isHeadlineFile = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Array.isArray((value as HeadlineFile).items);
const isBodyFile = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as BodyFile).bodies === 'object';

/**
 * The article cache: per feed, a compact headline file (what lists and start-up read) and a body file
 * (summaries and content, read only when an article is opened).
 */
export class ArticleCache {
  readonly #dir: string;
  readonly #warn: Warn;

  constructor(home: string, warn: Warn) {
    this.#dir = path.join(home, 'cache');
    this.#warn = warn;
  }

  #file(feedUrl: string, kind: 'headlines' | 'bodies'): string {
    return path.join(this.#dir, `${feedFileKey(feedUrl)}.${kind}.json`);
  }

  loadHeadlines(feedUrl: string): Headline[] {
    const file = readJsonFile<HeadlineFile>(this.#file(feedUrl, 'headlines'), this.#warn, isHeadlineFile);
    if (!file) return [];
    return file.items.map((item) => ({ ...item, feed: feedUrl }));
  }

  loadArticles(feedUrl: string): Article[] {
    const headlines = this.loadHeadlines(feedUrl);
    if (headlines.length === 0) return [];
    const bodies =
      readJsonFile<BodyFile>(this.#file(feedUrl, 'bodies'), this.#warn, isBodyFile)?.bodies ?? {};
    return headlines.map((headline) => toArticle(headline, bodies[headline.id]));
  }

  save(feedUrl: string, articles: readonly Article[], snippet: (html: string) => string): void {
    const items: StoredHeadline[] = [];
    const bodies: Record<string, StoredBody> = {};
    for (const article of articles) {
      items.push(
        compact({
          id: article.id,
          title: article.title,
          url: article.url,
          author: article.author,
          published: article.published,
          firstSeen: article.firstSeen,
          snippet: makeSnippet(article, snippet),
        }),
      );
      bodies[article.id] = compact({
        summary: article.summary,
        content: article.content,
        enclosures: article.enclosures.length > 0 ? article.enclosures : undefined,
      });
    }
    // Bodies first: a reader that sees the new headlines can always find their bodies.
    writeFileAtomic(this.#file(feedUrl, 'bodies'), JSON.stringify({ v: 1, feed: feedUrl, bodies }));
    writeFileAtomic(this.#file(feedUrl, 'headlines'), JSON.stringify({ v: 1, feed: feedUrl, items }));
  }

  remove(feedUrl: string): void {
    fs.rmSync(this.#file(feedUrl, 'headlines'), { force: true });
    fs.rmSync(this.#file(feedUrl, 'bodies'), { force: true });
  }
}

function makeSnippet(article: Article, toText: (html: string) => string): string | undefined {
  const html = article.summary ?? article.content;
  if (!html) return undefined;
  const text = toText(html);
  if (!text) return undefined;
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}

function toArticle(headline: Headline, body: StoredBody | undefined): Article {
  const { snippet: _snippet, ...rest } = headline;
  return compact({
    ...rest,
    summary: body?.summary,
    content: body?.content,
    enclosures: body?.enclosures ?? [],
  }) as Article;
}

/** Drops undefined fields so the files stay small. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = field;
  return out as T;
}
