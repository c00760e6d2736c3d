import { describe, expect, it } from 'vitest';
import { utf8Stats } from '../../../src/core/feeds/utf8.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('utf8Stats', () => {
  it('sees ASCII as neither multi-byte nor invalid', () => {
    expect(utf8Stats(bytes('<rss version="2.0"><title>Plain</title></rss>'))).toEqual({
      multibyte: 0,
      invalid: 0,
    });
  });

  it('sees valid UTF-8 as multi-byte with nothing invalid', () => {
    const stats = utf8Stats(bytes('Berita Terkait — 東京 ✓ 🗞'));
    expect(stats.invalid).toBe(0);
    expect(stats.multibyte).toBeGreaterThan(0);
  });

  it('counts both in mostly-UTF-8 text with stray windows-1252 bytes', () => {
    // "café" in UTF-8 twice, then a lone 0xE9 ("é" in windows-1252) and a lone 0x93 (a curly quote).
    expect(utf8Stats(bytes('café café ', [0xe9], ' ', [0x93]))).toEqual({ multibyte: 2, invalid: 2 });
  });

  it('sees windows-1252 text as invalid', () => {
    expect(utf8Stats(bytes([0x93, 0x48, 0x69, 0x94, 0x20, 0x80]))).toEqual({ multibyte: 0, invalid: 3 });
  });
});
