/** Undoing the commonest mojibake: UTF-8 text that was decoded as windows-1252 once too often. */
import { iconvLite } from './iconv.js';

// What windows-1252 shows for the UTF-8 continuation bytes 0x80-0xBF (its five unassigned bytes left out).
const CONTINUATION =
  '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d' +
  '\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\u00a0-\u00bf';
// A lead byte shown as Â-ô followed by exactly the continuations UTF-8 requires ("â€™" for ’, "Ã©" for é).
const SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df][${CONTINUATION}]|[\\u00e0-\\u00ef][${CONTINUATION}]{2}|[\\u00f0-\\u00f4][${CONTINUATION}]{3}`,
  'g',
);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `text` with double-encoded UTF-8 sequences ("itâ€™s", "CafÃ©") turned back into the characters meant
 * ("it’s", "Café"). Only runs that re-encode to well-formed UTF-8 change; such runs are not real text.
 */
export function fixMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(SEQUENCE, (run) => {
    try {
      return strictUtf8.decode(iconvLite().encode(run, 'windows-1252'));
    } catch {
      return run;
    }
  });
}
