import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractedArticle } from './types.js';

/** Extracted articles kept in the home so reopening one is instant and works offline. */
export interface FulltextCache {
  /** The cached article for `url`, or undefined (a miss, or a corrupt file that was moved aside). */
  get(url: string): ExtractedArticle | undefined;
  /** Stores `article` under `url`, then evicts the least recently used entries past the bounds. */
  put(url: string, article: ExtractedArticle): void;
}

export interface FulltextCacheOptions {
  /** Most articles kept (default 500). */
  readonly maxEntries?: number;
  /** Most bytes kept across all entries (default 50 MB). */
  readonly maxBytes?: number;
  /** Called when a corrupt entry is moved aside. */
  readonly onWarning?: (message: string) => void;
}

interface Entry {
  readonly url: string;
  readonly savedAt: string;
  readonly article: ExtractedArticle;
}

function fileName(url: string): string {
  return `${createHash('sha1').update(url).digest('hex')}.json`;
}

function isArticle(value: unknown): value is ExtractedArticle {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.url === 'string' &&
    typeof a.title === 'string' &&
    typeof a.text === 'string' &&
    Array.isArray(a.blocks) &&
    Array.isArray(a.links) &&
    Array.isArray(a.related)
  );
}

/**
 * A full-text cache under `<home>/fulltext/`: one JSON file per URL (named by its SHA-1), written
 * atomically (temp file + rename). Recency is the file's mtime, refreshed on every hit; past
 * `maxEntries` or `maxBytes` the oldest files go. A file that fails to parse is renamed
 * `<name>.corrupt-<time>` and counts as a miss.
 */
export function createFulltextCache(home: string, opts: FulltextCacheOptions = {}): FulltextCache {
  const dir = path.join(home, 'fulltext');
  const maxEntries = opts.maxEntries ?? 500;
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024;

  function moveAside(file: string, reason: string): void {
    const aside = `${file}.corrupt-${Date.now()}`;
    try {
      fs.renameSync(file, aside);
      opts.onWarning?.(
        `full-text cache entry ${path.basename(file)} was unreadable (${reason}); moved to ${aside}`,
      );
    } catch {}
  }

  function evict(): void {
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
    } catch {
      return;
    }
    const files = names
      .map((name) => {
        try {
          const st = fs.statSync(path.join(dir, name));
          return { name, size: st.size, time: st.mtimeMs };
        } catch {
          return undefined;
        }
      })
      .filter((f): f is { name: string; size: number; time: number } => f !== undefined)
      .sort((a, b) => a.time - b.time);
    let total = files.reduce((sum, f) => sum + f.size, 0);
    let count = files.length;
    for (const f of files) {
      if (count <= maxEntries && total <= maxBytes) break;
      try {
        fs.unlinkSync(path.join(dir, f.name));
      } catch {}
      count--;
      total -= f.size;
    }
  }

  return {
    get(url) {
      const file = path.join(dir, fileName(url));
      let raw: string;
      try {
        raw = fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
      let entry: Entry;
      try {
        entry = JSON.parse(raw) as Entry;
      } catch (error) {
        moveAside(file, error instanceof Error ? error.message : 'bad JSON');
        return undefined;
      }
      if (!entry || entry.url !== url || !isArticle(entry.article)) {
        moveAside(file, 'not a cached article');
        return undefined;
      }
      try {
        const now = new Date();
        fs.utimesSync(file, now, now);
      } catch {}
      return entry.article;
    },
    put(url, article) {
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, fileName(url));
      const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
      const entry: Entry = { url, savedAt: new Date().toISOString(), article };
      fs.writeFileSync(temp, JSON.stringify(entry));
      fs.renameSync(temp, file);
      evict();
    },
  };
}
