import { describe, expect, it } from 'vitest';
import { safeHttpUrl, sanitizeLine, sanitizeText } from '../../src/core/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('sanitizeLine', () => {
  it('removes OSC 52 clipboard writes, screen clears and OSC 8 hyperlinks from a title', () => {
    const title = `Hello ${ESC}]52;c;ZXZpbA==${BEL}world${ESC}[2J${ESC}[H ${ESC}]8;;http://evil/${ESC}\\link${ESC}]8;;${ESC}\\`;
    expect(sanitizeLine(title)).toBe('Hello world link');
  });

  it('removes DCS strings, 8-bit CSI and lone escapes', () => {
    expect(sanitizeLine(`a${ESC}P1;2|data${ESC}\\b\u009b31mc${ESC}7d${ESC}`)).toBe('abcd');
  });

  it('turns newlines and tabs into single spaces and trims', () => {
    expect(sanitizeLine('  one\n\ttwo\r\nthree  ')).toBe('one two three');
  });

  it('removes other C0 and C1 controls and DEL', () => {
    expect(sanitizeLine('a\u0000b\u0008c\u007fd\u0085e\u009cf')).toBe('abcd ef');
  });

  it('removes bidi overrides and isolates but keeps right-to-left text', () => {
    expect(sanitizeLine('abc\u202edcba\u202c \u2067שלום\u2069')).toBe('abcdcba שלום');
  });

  it('keeps wide characters and emoji', () => {
    expect(sanitizeLine('東京で会議 🎉 Berita Terkait')).toBe('東京で会議 🎉 Berita Terkait');
  });

  it('turns null and undefined into an empty string', () => {
    expect(sanitizeLine(undefined)).toBe('');
    expect(sanitizeLine(null)).toBe('');
  });
});

describe('sanitizeText', () => {
  it('keeps paragraphs but removes escapes and controls', () => {
    expect(sanitizeText(`First\r\n\r\nSecond${ESC}[31m red${ESC}[0m\tend\u0007`)).toBe(
      'First\n\nSecond red  end',
    );
  });
});

describe('safeHttpUrl', () => {
  it('accepts http and https and canonicalises them', () => {
    expect(safeHttpUrl('HTTPS://Example.com/a b')).toBe('https://example.com/a%20b');
  });

  it('resolves relative URLs against a base', () => {
    expect(safeHttpUrl('../x?y=1', 'http://example.com/a/b/c')).toBe('http://example.com/a/x?y=1');
  });

  it('drops javascript:, data:, file: and mailto: URLs and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'not a url',
    ]) {
      expect(safeHttpUrl(url)).toBeUndefined();
    }
  });

  it('strips escape sequences hidden in a URL', () => {
    expect(safeHttpUrl(`http://example.com/${ESC}]52;c;eA==${BEL}path`)).toBe('http://example.com/path');
  });
});
