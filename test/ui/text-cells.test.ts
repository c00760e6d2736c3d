import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { isSimpleText, simpleCharWidth, simpleWidth } from '../../src/ui/text/cells.js';
import fastStringWidth from '../../src/ui/text/string-width-fast.js';
import { fitWidth, truncate, widthOf } from '../../src/ui/text/width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].length;

describe('simple text (characters that are graphemes of their own)', () => {
  it('measures every simple BMP character as string-width does and never joins it to a neighbour', () => {
    const wrong: string[] = [];
    let simple = 0;
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (!isSimpleText(ch)) continue;
      simple++;
      const width = simpleCharWidth(code);
      const joins =
        graphemes(`a${ch}`) !== 2 ||
        graphemes(`${ch}a`) !== 2 ||
        graphemes(`${ch}${ch}`) !== 2 ||
        graphemes(`${ch}가`) !== 2 ||
        graphemes(`가${ch}`) !== 2;
      if (width !== stringWidth(ch) || width < 1 || joins) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    // Most of the BMP is in the class: Latin, Cyrillic, Greek, Arabic and Indic letters, CJK, kana, Hangul syllables.
    expect(simple).toBeGreaterThan(50_000);
  });

  it('leaves out what string-width and graphemes treat specially', () => {
    for (const s of [
      'e\u0301',
      '👍',
      '❤\ufe0f',
      '\u1100\u1161',
      '\u200b',
      'a\u0007',
      '\u00ad',
      '🇮🇩',
      'ｶﾞ',
      'समाचार',
    ]) {
      expect(isSimpleText(s), JSON.stringify(s)).toBe(false);
    }
    for (const s of ['● ★ Hello “world” — …', '東京の天気', '한국어 뉴스', 'Zürich', 'Новости', 'خبر']) {
      expect(isSimpleText(s), s).toBe(true);
      expect(simpleWidth(s)).toBe(stringWidth(s));
    }
  });

  it('gives widthOf, truncate and fitWidth the same results on simple and other text', () => {
    for (const s of ['● ★ Berita Terkait “Jawa” — …', '東京の天気 report 東京', 'Café e\u0301 👩‍💻 ok']) {
      expect(widthOf(s)).toBe(stringWidth(s));
      expect(fastStringWidth(s)).toBe(stringWidth(s));
      expect(fastStringWidth(`\u001b[1m${s}\u001b[22m`)).toBe(stringWidth(`\u001b[1m${s}\u001b[22m`));
      expect(fastStringWidth(s, { ambiguousIsNarrow: false })).toBe(
        stringWidth(s, { ambiguousIsNarrow: false }),
      );
      for (const width of [1, 2, 5, 9, 14, 40]) {
        const cut = truncate(s, width);
        expect(stringWidth(cut)).toBeLessThanOrEqual(width);
        expect(stringWidth(fitWidth(s, width))).toBe(width);
      }
    }
    expect(truncate('東京の天気', 6)).toBe('東京…');
    expect(truncate('● abc “def”', 8)).toBe('● abc “…');
  });
});
