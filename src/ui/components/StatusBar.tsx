import { Text } from 'ink';
import { fitRight, fitWidth, widthOf } from '../text/width.js';
import { theme } from '../theme.js';

export interface StatusBarProps {
  readonly width: number;
  /** A message (takes the left side when set), else the key hints. */
  readonly message: string;
  readonly hints: string;
  /** Right side: refresh progress and position. */
  readonly right: string;
}

export function StatusBar({ width, message, hints, right }: StatusBarProps) {
  const rightWidth = Math.min(widthOf(right), Math.floor(width / 2));
  const left = fitWidth(message || hints, Math.max(0, width - rightWidth - 1));
  return (
    <Text wrap="truncate-end" color={message ? theme.status : theme.muted}>
      {`${left} ${fitRight(right, rightWidth)}`}
    </Text>
  );
}
