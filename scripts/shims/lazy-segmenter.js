// Injected by scripts/build.mjs where string-width, slice-ansi and ansi-tokenize create an
// Intl.Segmenter when they load. The first real segmenter of a process loads ICU's break data
// (~15 ms); this one is made only when a string needs it. A string of ASCII (without CR LF, the one
// ASCII pair that joins) is a sequence of one-character graphemes, so it is segmented here directly.

class AsciiSegments {
  constructor(input) {
    this.input = input;
  }
  containing(index = 0) {
    const i = Math.trunc(Number(index) || 0);
    if (i < 0 || i >= this.input.length) return undefined;
    return { segment: this.input[i], index: i, input: this.input };
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.input.length; i++) yield { segment: this.input[i], index: i, input: this.input };
  }
}

const ASCII_GRAPHEMES = /^[\u0000-\u007f]*$/;

export function __nsLazySegmenter(locales, options) {
  let real;
  const graphemes = (options?.granularity ?? 'grapheme') === 'grapheme';
  return {
    segment(input) {
      const text = String(input);
      if (graphemes && ASCII_GRAPHEMES.test(text) && !text.includes('\r\n')) return new AsciiSegments(text);
      real ??= new Intl.Segmenter(locales, options);
      return real.segment(text);
    },
  };
}
