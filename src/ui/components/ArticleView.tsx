import { Box, Text } from 'ink';
import type { Line, LineStyle } from '../../core/article/render-lines.js';
import { sanitizeLine } from '../../core/sanitize.js';
import { longDate } from '../format.js';
import { ARTICLE_HEADER_ROWS } from '../state/layout.js';
import type { ViewLine } from '../state/related-lines.js';
import type { ArticleFrame } from '../state/types.js';
import { fitWidth, truncate } from '../text/width.js';
import { theme } from '../theme.js';

const LOOKS: Record<
  LineStyle | 'plain',
  { bold?: boolean; color?: string; italic?: boolean; dimColor?: boolean }
> = {
  plain: {},
  title: { bold: true },
  heading: { bold: true, color: theme.accent },
  quote: { italic: true },
  code: { color: theme.star },
  dim: { dimColor: true },
  link: { color: theme.accent },
};

export interface ArticleViewProps {
  readonly frame: ArticleFrame;
  /** Body lines already wrapped to the width (a viewport slices them). */
  readonly lines: readonly (Line | ViewLine)[];
  /** History depth (issue 5 shows "‹ 2" when a related story was followed). */
  readonly depth: number;
  readonly width: number;
  readonly height: number;
}

/** Header (title, source · author · date, URL) and a window of the pre-wrapped body. */
export function ArticleView({ frame, lines, depth, width, height }: ArticleViewProps) {
  const doc = frame.doc;
  const bodyHeight = Math.max(1, height - ARTICLE_HEADER_ROWS);
  // The header is the last stop before the terminal: a followed link's title or URL is shown here
  // before its page loads, so it is cleaned here too, whatever its path.
  const title = sanitizeLine(
    doc?.title ?? (frame.ref.kind === 'url' ? (frame.ref.title ?? frame.ref.url) : ''),
  );
  const back = depth > 1 ? `‹ ${depth - 1} ` : '';
  const kind = doc ? (doc.body === 'full' ? 'full text' : 'feed content') : '';
  const meta = doc
    ? sanitizeLine([doc.source, doc.author, longDate(doc.published), kind].filter(Boolean).join(' · '))
    : '';
  const shown = frame.error
    ? [{ text: `Could not load this article: ${frame.error}` }]
    : doc
      ? lines.slice(frame.scroll, frame.scroll + bodyHeight)
      : [{ text: 'Loading…' }];
  const more =
    doc && lines.length > bodyHeight
      ? ` ${Math.min(100, Math.round(((frame.scroll + bodyHeight) / lines.length) * 100))}%`
      : '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold wrap="truncate-end">
        {fitWidth(back + (title || '(untitled)'), width)}
      </Text>
      <Text color={theme.accent} wrap="truncate-end">
        {fitWidth(meta, width)}
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {fitWidth(sanitizeLine(doc?.url), width)}
      </Text>
      <Text color={theme.muted}>
        {fitWidth(`${'─'.repeat(Math.max(0, width - more.length))}${more}`, width)}
      </Text>
      {shown.map((line, k) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a viewport are positional
          key={k}
          wrap="truncate-end"
          {...LOOKS[line.style ?? 'plain']}
          inverse={'entry' in line && line.entry !== undefined && line.entry === frame.relSel}
        >
          {/* Ink gives an empty Text no height: a blank line is a space. */}
          {truncate(line.text, width) || ' '}
        </Text>
      ))}
    </Box>
  );
}
