import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JS build shim without types
import { __nsLazySegmenter } from '../../scripts/shims/lazy-segmenter.js';

type Seg = { segment: string; index: number; input: string };
const plain = (s?: Seg) => s && { segment: s.segment, index: s.index, input: s.input };

describe('the lazy segmenter injected into the bundle', () => {
  it('segments exactly as Intl.Segmenter, for ASCII and everything else', () => {
    const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const lazy = __nsLazySegmenter(undefined, { granularity: 'grapheme' });
    const texts = ['abc', 'a\r\nb', '\u001b[1mhi\u001b[22m', '', 'x\ty\u007f', 'é e\u0301', '東京', '👩‍💻🇮🇩'];
    for (const s of texts) {
      expect([...lazy.segment(s)].map(plain), s).toEqual([...real.segment(s)].map(plain));
      for (let i = -1; i <= s.length; i++) {
        expect(plain(lazy.segment(s).containing(i)), `${s} @${i}`).toEqual(
          plain(real.segment(s).containing(i)),
        );
      }
    }
  });

  it('passes other granularities to Intl.Segmenter', () => {
    const words = __nsLazySegmenter('en', { granularity: 'word' });
    expect([...words.segment('two words')].map((s: Seg) => s.segment)).toEqual(['two', ' ', 'words']);
  });
});
