import { Box, Text } from 'ink';
import type { FeedError } from '../state/types.js';
import { fitWidth } from '../text/width.js';
import { theme } from '../theme.js';

export interface ErrorListProps {
  readonly errors: readonly FeedError[];
  readonly width: number;
  readonly height: number;
  readonly scroll: number;
}

/** The `e` overlay: each failing feed and its error, two rows per feed. */
export function ErrorList({ errors, width, height, scroll }: ErrorListProps) {
  const lines = errors.flatMap((e) => [
    { key: `t:${e.url}`, text: fitWidth(`${e.title} <${e.url}>`, width), error: false },
    { key: `e:${e.url}`, text: fitWidth(`  ${e.error}`, width), error: true },
  ]);
  const start = Math.min(scroll, Math.max(0, lines.length - (height - 1)));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={theme.error}>
        {fitWidth(
          `${errors.length} ${errors.length === 1 ? 'feed' : 'feeds'} failed at the last refresh — Esc closes`,
          width,
        )}
      </Text>
      {lines.slice(start, start + height - 1).map((l) => (
        <Text key={l.key} wrap="truncate-end" color={l.error ? theme.error : undefined}>
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
