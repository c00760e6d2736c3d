import type { Line } from '../../core/article/render-lines.js';
import type { RelatedEntry } from '../../core/related/for-article.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { fitWidth } from '../text/width.js';
import type { ArticleFrame } from './types.js';

/** A body line of the article view; `entry` marks the row of a selectable related story or version. */
export type ViewLine = Line & { readonly entry?: number };

/** The selectable entries of a frame, in key order: other feeds' versions, then the Related section. */
export function entriesOf(frame: ArticleFrame): readonly RelatedEntry[] {
  return [...(frame.versions ?? []), ...(frame.related ?? [])];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function entryLine(entry: RelatedEntry, k: number, width: number): ViewLine {
  const where = entry.source === 'page' ? hostOf(entry.url) : (entry.feedTitle ?? entry.feed ?? '');
  const title = sanitizeLine(entry.title) || sanitizeLine(entry.url);
  const tail = where ? ` — ${sanitizeLine(where)}` : '';
  return {
    text: fitWidth(`  › ${title}${tail}`, Math.max(10, width - 2)).trimEnd(),
    style: 'link',
    entry: k,
  };
}

/** Lines above the body: the other feeds' versions of this story (issue 5 item 3). */
export function versionLines(frame: ArticleFrame, width: number): ViewLine[] {
  const versions = frame.versions ?? [];
  if (versions.length === 0) return [];
  const n = versions.length;
  const head = `Also in ${n} other ${n === 1 ? 'feed' : 'feeds'} (Tab selects, Enter opens)`;
  return [{ text: head, style: 'heading' }, ...versions.map((v, k) => entryLine(v, k, width)), { text: '' }];
}

/** Lines below the body: "Related" (the page's own links), then "In your feeds". */
export function relatedLines(frame: ArticleFrame, width: number): ViewLine[] {
  const related = frame.related ?? [];
  if (related.length === 0) return [];
  const first = frame.versions?.length ?? 0;
  const page = related.flatMap((e, k) => (e.source === 'page' ? [entryLine(e, first + k, width)] : []));
  const feeds = related.flatMap((e, k) => (e.source === 'feeds' ? [entryLine(e, first + k, width)] : []));
  const lines: ViewLine[] = [{ text: '' }, { text: 'Related', style: 'heading' }, ...page];
  if (feeds.length > 0)
    lines.push(
      ...(page.length > 0 ? [{ text: '' }] : []),
      { text: 'In your feeds', style: 'heading' },
      ...feeds,
    );
  return lines;
}

/** Rows the versions and the Related section add to a frame's body. */
export function extraLineCount(frame: ArticleFrame, width: number): number {
  return versionLines(frame, width).length + relatedLines(frame, width).length;
}

export { mergeRelated } from '../../core/related/for-article.js';
