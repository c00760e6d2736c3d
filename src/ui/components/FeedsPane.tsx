import { Box, Text } from 'ink';
import { memo } from 'react';
import { feedRow } from '../format.js';
import { feedRowStyle } from '../screen-text.js';
import type { FeedEntry } from '../state/types.js';

export interface FeedsPaneProps {
  readonly entries: readonly FeedEntry[];
  readonly sel: number;
  readonly offset: number;
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
}

/** All, Unread, Starred, each feed (! when failing) and each tag, with unread counts. */
export const FeedsPane = memo(function FeedsPane({
  entries,
  sel,
  offset,
  width,
  height,
  focused,
}: FeedsPaneProps) {
  const visible = entries.slice(offset, offset + height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {visible.map((e, k) => {
        const selected = offset + k === sel;
        return (
          <Text key={e.key} wrap="truncate-end" {...feedRowStyle(e, k, offset, selected, focused)}>
            {feedRow(e.label, e.unread, e.failing === true, width)}
          </Text>
        );
      })}
    </Box>
  );
});
