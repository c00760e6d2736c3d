import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../../src/ui/text/width.js';
import { wrapText } from '../../../src/ui/text/wrap.js';

describe('wrapText', () => {
  it('wraps at spaces and keeps one blank line between paragraphs', () => {
    expect(wrapText('one two three four\n\n\n\nfive', 9)).toEqual(['one two', 'three', 'four', '', 'five']);
  });

  it('wraps CJK text by display width', () => {
    const out = wrapText('東京で大雨が降り、交通機関に大きな乱れが出ています。', 10);
    for (const line of out) expect(stringWidth(line)).toBeLessThanOrEqual(10);
    expect(out.join('')).toBe('東京で大雨が降り、交通機関に大きな乱れが出ています。');
  });

  it('cuts a word longer than the width', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('truncate', () => {
  it('never splits an emoji and ends with an ellipsis', () => {
    const out = truncate('ab👍🏽cd', 4);
    expect(out).toBe('ab…');
    expect(stringWidth(truncate('東京東京東京', 5))).toBeLessThanOrEqual(5);
  });
});
