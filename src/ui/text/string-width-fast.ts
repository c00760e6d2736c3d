/**
 * string-width for the bundle: what Ink and its helpers (widest-line, cli-truncate, output) import as
 * `string-width` (scripts/build.mjs points them here). Plain ASCII and simple text (cells.ts: every
 * character a grapheme of its own) are measured by character code; anything else, or any non-default
 * option, goes to string-width itself. Same results (test/ui/text-cells.test.ts), without a grapheme
 * segmenter for the rows of a headline list: Ink measures every text node when it lays out a frame.
 */
import stringWidth from 'string-width';
import { isSimpleText, simpleWidth } from './cells.js';

type Options = Parameters<typeof stringWidth>[1];

export default function fastStringWidth(input: string, options?: Options): number {
  if (options === undefined && typeof input === 'string' && isSimpleText(input)) return simpleWidth(input);
  return stringWidth(input, options);
}
