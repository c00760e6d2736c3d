import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Text in which every UTF-16 unit is a grapheme of its own, whatever its neighbours: no controls,
 * format or combining characters, no emoji or regional indicators, no Hangul jamo (which join), no
 * characters that attach to a neighbour (Prepend, SpacingMark and Extend letters), nothing outside the
 * BMP. Such text, which is nearly every headline in any script, is measured character by character
 * without a grapheme segmenter; test/ui/text-cells.test.ts checks every character of the class against
 * string-width and Intl.Segmenter.
 */
const SIMPLE =
  /^[^\p{Cc}\p{Cf}\p{M}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Extended_Pictographic}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u0e33\u0eb3\uff9e\uff9f\u{10000}-\u{10ffff}]*$/u;

/** Whether `text` is in the simple class above (printable ASCII always is). */
export function isSimpleText(text: string): boolean {
  return SIMPLE.test(text);
}

/** Columns of one character of simple text (1 or 2), as string-width measures it. */
export function simpleCharWidth(code: number): number {
  return code < 0x7f ? 1 : eastAsianWidth(code);
}

/** Columns of a simple text: the sum of its characters' widths. */
export function simpleWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += simpleCharWidth(text.charCodeAt(i));
  return width;
}
