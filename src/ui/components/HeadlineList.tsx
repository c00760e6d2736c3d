import { Box, Text } from 'ink';
import { memo } from 'react';
import { headlineRow } from '../format.js';
import { headlineRowStyle, MUTED_STYLE, othersSuffix } from '../screen-text.js';
import { othersCount } from '../state/groups.js';
import type { Groups, Library, ListHeadline } from '../state/types.js';
import { fitWidth } from '../text/width.js';

interface RowProps {
  readonly headline: ListHeadline;
  readonly time: number;
  readonly flags: number;
  readonly source: string;
  readonly width: number;
  readonly now: number;
  readonly selected: boolean;
  readonly focused: boolean;
  /** Other feeds with the same story (issue 5 item 3): the row says "+2 sources". */
  readonly others?: number;
}

// Memoised on its inputs: moving the selection formats and re-renders two rows, not the window.
const Row = memo(function Row({
  headline,
  time,
  flags,
  source,
  width,
  now,
  selected,
  focused,
  others,
}: RowProps) {
  const more = othersSuffix(others);
  return (
    <Text wrap="truncate-end" {...headlineRowStyle(flags, selected, focused)}>
      {headlineRow(headline, time, flags, source, width, now, more)}
    </Text>
  );
});

export interface HeadlineListProps {
  readonly lib: Library;
  /** Same-story groups, once computed. */
  readonly groups?: Groups;
  readonly view: Int32Array;
  readonly sel: number;
  readonly offset: number;
  readonly width: number;
  readonly height: number;
  readonly focused: boolean;
  /** Minute-rounded clock, so rows re-render once a minute at most. */
  readonly now: number;
  readonly emptyText: string;
}

/** The headlines pane: renders only the `height` rows from `offset` (ink-virtual-list's rule). */
export function HeadlineList(props: HeadlineListProps) {
  const { lib, view, sel, offset, width, height, focused, now } = props;
  if (view.length === 0) {
    return (
      <Box width={width} height={height}>
        <Text {...MUTED_STYLE}>{fitWidth(props.emptyText, width)}</Text>
      </Box>
    );
  }
  const rows = [];
  const end = Math.min(view.length, offset + height);
  for (let r = offset; r < end; r++) {
    const i = view[r]!;
    const h = lib.headlines[i]!;
    const flags = lib.flags[i]!;
    const source = lib.feedTitles.get(h.feed) ?? '';
    rows.push(
      <Row
        key={h.id}
        headline={h}
        time={lib.times[i]!}
        flags={flags}
        source={source}
        width={width}
        now={now}
        selected={r === sel}
        focused={focused}
        others={props.groups?.headlines === lib.headlines ? othersCount(props.groups, i) : 0}
      />,
    );
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows}
    </Box>
  );
}
