import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';

export interface SearchBoxProps {
  readonly query: string;
  readonly width: number;
  readonly onChange: (query: string) => void;
  readonly onSubmit: () => void;
}

/** The `/` box: while it has focus, typed keys go to it, never to the keymap. */
export function SearchBox({ query, width, onChange, onSubmit }: SearchBoxProps) {
  return (
    <Box width={width} height={1}>
      <Text>/ </Text>
      <TextInput
        value={query}
        onChange={onChange}
        onSubmit={onSubmit}
        placeholder="search titles and summaries"
      />
    </Box>
  );
}
