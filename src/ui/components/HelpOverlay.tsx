import { Box, Text } from 'ink';
import { helpRows, type Keymap } from '../keymap.js';
import { fitWidth } from '../text/width.js';
import { theme } from '../theme.js';

export interface HelpOverlayProps {
  readonly keymap: Keymap;
  readonly width: number;
  readonly height: number;
  readonly scroll: number;
}

/** The `?` overlay, generated from the keymap (so overrides show up here too). */
export function HelpOverlay({ keymap, width, height, scroll }: HelpOverlayProps) {
  const rows = helpRows(keymap);
  const keysWidth = Math.min(24, Math.max(...rows.map((r) => r.keys.length)) + 2);
  const lines = rows.map((r) => `${fitWidth(r.keys, keysWidth)}${r.help} (${r.where})`);
  const room = Math.max(1, height - 1);
  const start = Math.min(scroll, Math.max(0, lines.length - room));
  const shown = Math.min(lines.length, start + room);
  const title =
    lines.length > room
      ? `Keys ${start + 1}–${shown} of ${lines.length} — j/k/Space scroll, Esc or ? closes`
      : 'Keys — Esc or ? closes';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={theme.accent}>
        {fitWidth(title, width)}
      </Text>
      {lines.slice(start, shown).map((line) => (
        <Text key={line} wrap="truncate-end">
          {fitWidth(line, width)}
        </Text>
      ))}
    </Box>
  );
}
