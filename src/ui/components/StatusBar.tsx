import { Text } from 'ink';
import { statusStyle, statusText } from '../screen-text.js';

export interface StatusBarProps {
  readonly width: number;
  /** A message (takes the left side when set), else the key hints. */
  readonly message: string;
  readonly hints: string;
  /** Right side: refresh progress and position. */
  readonly right: string;
}

export function StatusBar({ width, message, hints, right }: StatusBarProps) {
  return (
    <Text wrap="truncate-end" {...statusStyle(message)}>
      {statusText(width, message, hints, right)}
    </Text>
  );
}
