import fs from 'node:fs';
import path from 'node:path';
import type { Article, Enclosure, Headline } from '../types.js';
import { readJsonFile, type Warn, writeFileAtomic } from './atomic.js';
import { feedFileKey } from './ids.js';

/** Length of the plain-text snippet kept with each headline (search and previews). */
export const SNIPPET_LENGTH = 300;

/**
 * One headline as a tuple: [id, title, url, author, published, firstSeen]. Tuples without the
 * snippets make the file start-up reads about half the size of objects with them (at 100,000
 * headlines: 18 MB instead of 41 MB, and about half the time to read and collect).
 */
type HeadlineTuple = [string, string, string | null, string | null, string | null, string];
interface HeadlineFile {
  readonly v: 2;
  readonly feed: string;
  readonly items: HeadlineTuple[];
}
interface SnippetFile {
  readonly v: 1;
  readonly feed: string;
  readonly snippets: Record<string, string>;
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isHeadlineFile = (value: unknown): boolean =>
  isObject(value) && value.v === 2 && Array.isArray(value.items);
const isSnippetFile = (value: unknown): boolean => isObject(value) && isObject(value.snippets);
const isBodyFile = (value: unknown): boolean => isObject(value) && isObject(value.bodies);

type Kind = 'headlines' | 'snippets' | 'bodies';

/**
 * The article cache: per feed, a compact headline file (what lists and start-up read), a snippet
 * file (read on the first search) and a body file (read only when an article is opened).
 */
export class ArticleCache {
  readonly #dir: string;
  readonly #warn: Warn;

  constructor(home: string, warn: Warn) {
    this.#dir = path.join(home, 'cache');
    this.#warn = warn;
  }

  /** The folder of the cache files. */
  get dir(): string {
    return this.#dir;
  }

  /** The compact headline file of a feed (what start-up reads). */
  headlineFile(feedUrl: string): string {
    return this.#file(feedUrl, 'headlines');
  }

  #file(feedUrl: string, kind: Kind): string {
    return path.join(this.#dir, `${feedFileKey(feedUrl)}.${kind}.json`);
  }

  loadHeadlines(feedUrl: string): Headline[] {
    const file = readJsonFile<HeadlineFile>(this.#file(feedUrl, 'headlines'), this.#warn, isHeadlineFile);
    if (!file) return [];
    const out: Headline[] = new Array(file.items.length);
    for (let i = 0; i < file.items.length; i++) out[i] = fromTuple(file.items[i]!, feedUrl);
    return out;
  }

  loadSnippets(feedUrl: string): Record<string, string> {
    return (
      readJsonFile<SnippetFile>(this.#file(feedUrl, 'snippets'), this.#warn, isSnippetFile)?.snippets ?? {}
    );
  }

  loadArticles(feedUrl: string): Article[] {
    const headlines = this.loadHeadlines(feedUrl);
    if (headlines.length === 0) return [];
    const bodies =
      readJsonFile<BodyFile>(this.#file(feedUrl, 'bodies'), this.#warn, isBodyFile)?.bodies ?? {};
    return headlines.map((headline) => toArticle(headline, bodies[headline.id]));
  }

  save(feedUrl: string, articles: readonly Article[], snippet: (html: string) => string): void {
    for (const [file, data] of this.serialise(feedUrl, articles, snippet)) writeFileAtomic(file, data);
  }

  /**
   * The feed's three files and their contents, in the order to write them (headlines last), for a
   * caller that writes them elsewhere (the parse worker hands them to the main thread).
   */
  serialise(
    feedUrl: string,
    articles: readonly Article[],
    snippet: (html: string) => string,
  ): [string, string][] {
    const items: HeadlineTuple[] = [];
    const snippets: Record<string, string> = {};
    const bodies: Record<string, StoredBody> = {};
    for (const article of articles) {
      items.push(tupleOf(article));
      const text = makeSnippet(article, snippet);
      if (text) snippets[article.id] = text;
      bodies[article.id] = compact({
        summary: article.summary,
        content: article.content,
        enclosures: article.enclosures.length > 0 ? article.enclosures : undefined,
      });
    }
    // Headlines last: a reader that sees the new headlines can always find their bodies and snippets.
    return [
      [this.#file(feedUrl, 'bodies'), JSON.stringify({ v: 1, feed: feedUrl, bodies })],
      [this.#file(feedUrl, 'snippets'), JSON.stringify({ v: 1, feed: feedUrl, snippets })],
      [this.#file(feedUrl, 'headlines'), JSON.stringify({ v: 2, feed: feedUrl, items })],
    ];
  }

  remove(feedUrl: string): void {
    for (const kind of ['headlines', 'snippets', 'bodies'] as const) {
      fs.rmSync(this.#file(feedUrl, kind), { force: true });
    }
  }
}

function tupleOf(article: Article): HeadlineTuple {
  return [
    article.id,
    article.title,
    article.url ?? null,
    article.author ?? null,
    article.published ?? null,
    article.firstSeen,
  ];
}

/** An article's headline exactly as the feed's headline file gives it back (loadHeadlines). */
export function headlineOf(feed: string, article: Article): Headline {
  return fromTuple(tupleOf(article), feed);
}

function fromTuple([id, title, url, author, published, firstSeen]: HeadlineTuple, feed: string): Headline {
  const headline: { -readonly [K in keyof Headline]: Headline[K] } = { id, feed, title, firstSeen };
  if (url !== null) headline.url = url;
  if (author !== null) headline.author = author;
  if (published !== null) headline.published = published;
  return headline;
}

function makeSnippet(article: Article, toText: (html: string) => string): string | undefined {
  const html = article.summary ?? article.content;
  if (!html) return undefined;
  const text = toText(html).replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}

function toArticle(headline: Headline, body: StoredBody | undefined): Article {
  return compact({
    ...headline,
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
