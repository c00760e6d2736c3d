import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHTMLStrict } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/feeds/parse.js';
import type { ParsedFeed } from '../../../src/core/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus/feeds');

interface Entry {
  readonly file: string;
  readonly encoding_certain: boolean;
  readonly http_content_type: string | null;
  readonly gzip: boolean;
  readonly wellformed: boolean;
  readonly reference_lxml: { readonly title?: string; readonly items?: number; readonly item_title?: string };
}

interface Outcome {
  readonly entry: Entry;
  readonly feed?: ParsedFeed;
  readonly error?: unknown;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
// Our titles are plain text, as the reader shows them: the lxml reference keeps undeclared or
// double-escaped entities ("&#8211;") and escaped markup ("<b>") literally, so read it the same way.
const asPlainText = (text: string): string =>
  collapse(decodeHTMLStrict(text.replace(/<[/!]?[a-zA-Z][^>]*>/g, '')));
const titleMatches = (ours: string, reference: string): boolean =>
  collapse(ours) === collapse(reference) || collapse(ours) === asPlainText(reference);

const entries: Entry[] = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8'));
const outcomes: Outcome[] = [];

beforeAll(async () => {
  for (const entry of entries) {
    let bytes: Uint8Array = readFileSync(path.join(corpus, entry.file));
    // Stored as a server sends it with Content-Encoding: gzip.
    if (entry.gzip) bytes = gunzipSync(bytes);
    try {
      const feed = await parseFeed(
        bytes,
        entry.http_content_type ?? undefined,
        'https://corpus.example/feed',
      );
      outcomes.push({ entry, feed });
    } catch (error) {
      outcomes.push({ entry, error });
    }
  }
}, 60_000);

describe('feed corpus', () => {
  it('never crashes: every file either parses or throws an Error', () => {
    expect(outcomes).toHaveLength(entries.length);
    for (const { entry, error } of outcomes) {
      if (error !== undefined) expect(error, entry.file).toBeInstanceOf(Error);
    }
  });

  it('gives the reference title and item count for every well-formed feed', () => {
    for (const { entry, feed, error } of outcomes) {
      const ref = entry.reference_lxml;
      if (!entry.wellformed || !ref.title) continue;
      expect(error, entry.file).toBeUndefined();
      expect(titleMatches(feed!.title, ref.title), `${entry.file}: ${feed!.title} vs ${ref.title}`).toBe(
        true,
      );
      expect(feed!.items.length, entry.file).toBe(ref.items);
    }
  });

  it('shows no U+FFFD and no mojibake where the encoding is certain', () => {
    for (const { entry, feed } of outcomes) {
      if (!entry.encoding_certain || !feed) continue;
      const titles = [feed.title, ...feed.items.map((item) => item.title)];
      expect(titles.join('\n'), entry.file).not.toContain('\uFFFD');
      // The reference decoded the bytes with the true charset: a non-ASCII title must come out the same.
      const ref = entry.reference_lxml;
      if (ref.title && /[^\x00-\x7f]/.test(ref.title) && !ref.title.includes('\uFFFD')) {
        expect(titleMatches(feed.title, ref.title), `${entry.file}: ${feed.title} vs ${ref.title}`).toBe(
          true,
        );
      }
    }
  });

  it('meets the issue targets: usable feeds, matching titles', () => {
    const targets = outcomes.filter(
      ({ entry }) => entry.reference_lxml.title && (entry.reference_lxml.items ?? 0) > 0,
    );
    const usable = targets.filter(({ feed }) => feed?.title && feed.items.length > 0);
    const titled = outcomes.filter(({ entry }) => entry.reference_lxml.title);
    const exact = titled.filter(
      ({ entry, feed }) => feed && collapse(feed.title) === collapse(entry.reference_lxml.title!),
    );
    const plain = titled.filter(
      ({ entry, feed }) => feed && titleMatches(feed.title, entry.reference_lxml.title!),
    );
    const fffd = outcomes.filter(
      ({ entry, feed }) =>
        entry.encoding_certain &&
        feed &&
        [feed.title, ...feed.items.map((i) => i.title)].join('').includes('\uFFFD'),
    );
    console.log(
      `corpus: usable ${usable.length}/${targets.length}; titles matching ${plain.length}/${titled.length} ` +
        `(exact text ${exact.length}); U+FFFD in certain-encoding files: ${fffd.length}`,
    );
    expect(targets).toHaveLength(287);
    expect(usable.length).toBeGreaterThanOrEqual(284);
    expect(plain.length / titled.length).toBeGreaterThanOrEqual(0.98);
    expect(fffd).toHaveLength(0);
  });
});
