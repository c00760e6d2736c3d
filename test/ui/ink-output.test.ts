import { describe, expect, it } from 'vitest';
import FastOutput from '../../src/ui/ink/output.js';

// Ink's own class: the reference the drop-in must match byte for byte.
const { default: InkOutput } = (await import(
  new URL('../../node_modules/ink/build/output.js', import.meta.url).href
)) as { default: typeof FastOutput };

type Transformer = (line: string, index: number) => string;
type Op =
  | { kind: 'write'; x: number; y: number; text: string; transformers?: Transformer[] }
  | { kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number }
  | { kind: 'unclip' };

function frame(Output: typeof FastOutput, width: number, height: number, ops: Op[]): string {
  const out = new Output({ width, height });
  for (const op of ops) {
    if (op.kind === 'write') out.write(op.x, op.y, op.text, { transformers: op.transformers ?? [] });
    else if (op.kind === 'clip') out.clip({ x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2 });
    else out.unclip();
  }
  return out.get().output;
}

const same = (width: number, height: number, ops: Op[]) =>
  expect(frame(FastOutput, width, height, ops)).toBe(frame(InkOutput, width, height, ops));

const bold = (s: string) => `\u001b[1m${s}\u001b[22m`;
const inverse = (s: string) => `\u001b[7m${s}\u001b[27m`;
const gray = (s: string) => `\u001b[90m${s}\u001b[39m`;

describe('the fast Ink output (src/ui/ink/output.ts)', () => {
  it('composes plain and styled ASCII rows exactly as Ink does', () => {
    same(40, 4, [
      { kind: 'write', x: 0, y: 0, text: 'Headlines' },
      { kind: 'write', x: 2, y: 1, text: bold(`● ${gray('Story')} one`) },
      { kind: 'write', x: 0, y: 2, text: inverse(bold('selected row   ')) },
      { kind: 'write', x: 5, y: 3, text: 'a\u001b[1;31mcompound\u001b[0m end' },
    ]);
  });

  it('matches Ink on wide characters, emoji, combining marks and Indonesian text', () => {
    same(30, 5, [
      { kind: 'write', x: 0, y: 0, text: '東京の天気 report' },
      { kind: 'write', x: 3, y: 1, text: bold('👩‍💻 coder 🇮🇩 flag') },
      { kind: 'write', x: 0, y: 2, text: 'Cafe\u0301 “quoted” — dash' },
      { kind: 'write', x: 0, y: 3, text: 'Berita Terkait: Gubernur Jawa Barat' },
      { kind: 'write', x: 1, y: 4, text: gray('한국어 뉴스 ｶﾞ') },
    ]);
  });

  it('matches Ink where writes overlap, overflow the width and fall below the height', () => {
    same(12, 2, [
      { kind: 'write', x: 0, y: 0, text: 'a long line that overflows' },
      { kind: 'write', x: 4, y: 0, text: bold('XY') },
      { kind: 'write', x: 10, y: 1, text: '東京' },
      { kind: 'write', x: 0, y: 1, text: 'two\nlines\nthree' },
    ]);
  });

  it('matches Ink with clipping and transformers', () => {
    const upper: Transformer = (line) => line.toUpperCase();
    const dim: Transformer = (line) => `\u001b[2m${line}\u001b[22m`;
    same(20, 4, [
      { kind: 'clip', x1: 2, x2: 10, y1: 1, y2: 3 },
      { kind: 'write', x: 0, y: 0, text: 'clipped away\nvisible part of it\n東京の天気です\nbelow' },
      { kind: 'write', x: 30, y: 1, text: 'right of the clip' },
      { kind: 'unclip' },
      { kind: 'write', x: 0, y: 3, text: 'xyz', transformers: [upper, dim] },
    ]);
  });

  it('matches Ink on random mixes of styles and scripts', () => {
    const pieces = ['abc', ' ', 'Zürich', '東京', '😀', 'e\u0301', '\u001b[1m', '\u001b[22m', '\u001b[7m'];
    pieces.push(
      '● ★ …',
      '“Berita”',
      '\u001b[27m',
      '\u001b[90m',
      '\u001b[39m',
      '\u001b[0m',
      '\u001b[38;5;208m',
      'x'.repeat(7),
    );
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      const ops: Op[] = [];
      for (let w = 0; w < 6; w++) {
        let text = '';
        for (let p = next() % 8; p > 0; p--) text += pieces[next() % pieces.length];
        ops.push({ kind: 'write', x: next() % 20, y: next() % 4, text });
      }
      same(24, 4, ops);
    }
  });
});
