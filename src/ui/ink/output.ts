/**
 * A faster drop-in for Ink 6's `build/output.js` (the class that composes each frame's cells), swapped
 * in by the bundler (scripts/build.mjs). Same contract and byte-identical frames
 * (test/ui/ink-output.test.ts compares the two); what changes is the cost:
 * - Ink turns every line into an array of `{value, styles}` objects by running a grapheme segmenter over
 *   it, then rebuilds each row's string with a style diff between every two cells. Lines of simple text
 *   (every character a grapheme of its own: nearly every row of a headline list, in any script) with
 *   colour codes are scanned here by character code instead, and a row's string is rebuilt with a diff
 *   only where the style changes.
 * - Other lines go through Ink's own tokenizer, with the result kept across frames (a key press
 *   repaints a frame whose rows are almost all unchanged).
 * At a 120x40 frame this took the first frame's output step from ~70 ms to a few, and a key's from ~8 ms.
 */
import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  reduceAnsiCodesIncremental,
  type StyledChar,
  styledCharsFromTokens,
  tokenize,
} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import { isSimpleText, simpleCharWidth } from '../text/cells.js';

type Transformer = (line: string, index: number) => string;
interface Clip {
  readonly x1: number | undefined;
  readonly x2: number | undefined;
  readonly y1: number | undefined;
  readonly y2: number | undefined;
}
type Operation =
  | { readonly type: 'write'; x: number; y: number; text: string; transformers: readonly Transformer[] }
  | { readonly type: 'clip'; readonly clip: Clip }
  | { readonly type: 'unclip' };

/** A line as cells: the text of each cell and its (reduced) style list, shared between equal neighbours. */
interface Cells {
  readonly values: string[];
  readonly styles: (readonly AnsiCode[])[];
  /** Columns per cell (1 or 2); undefined when every cell is one column. */
  readonly widths?: number[];
}

const NO_STYLE: readonly AnsiCode[] = Object.freeze([]);
const CACHE_LIMIT = 4000;

/** Bounded memo: cleared when full (frames reuse a few hundred lines; a long session sees many more). */
function memo<V>(compute: (key: string) => V): (key: string) => V {
  let map = new Map<string, V>();
  return (key) => {
    let value = map.get(key);
    if (value === undefined) {
      if (map.size >= CACHE_LIMIT) map = new Map();
      value = compute(key);
      map.set(key, value);
    }
    return value;
  };
}

const widthOf = memo((text: string) => stringWidth(text));
const sgrTokens = memo((sequence: string) => tokenize(sequence) as AnsiCode[]);

/**
 * Cells of a line of simple text (src/ui/text/cells.ts: each character a grapheme of its own; nearly
 * every headline) and SGR sequences (ESC [ digits/; m), or undefined when the line has anything else
 * (then Ink's tokenizer decides). Widths are string-width's, as in Ink.
 */
function simpleCells(line: string): Cells | undefined {
  const values: string[] = [];
  const styles: (readonly AnsiCode[])[] = [];
  let widths: number[] | undefined;
  let style: readonly AnsiCode[] = NO_STYLE;
  let checked = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x1b) {
      if (line.charCodeAt(i + 1) !== 0x5b) return undefined;
      let end = i + 2;
      for (; end < line.length; end++) {
        const d = line.charCodeAt(end);
        if (d !== 0x3b && (d < 0x30 || d > 0x39)) break;
      }
      if (line.charCodeAt(end) !== 0x6d) return undefined;
      const next = reduceAnsiCodesIncremental([...style], sgrTokens(line.slice(i, end + 1)));
      style = next.length === 0 ? NO_STYLE : next;
      i = end;
      continue;
    }
    if (c < 0x20 || c > 0x7e) {
      // The run of text up to the next escape must be simple as a whole (checked once per run).
      if (i > checked) {
        const stop = line.indexOf('\u001b', i);
        checked = stop === -1 ? line.length : stop;
        if (!isSimpleText(line.slice(i, checked))) return undefined;
      }
      const w = simpleCharWidth(c);
      if (w !== 1 || widths) {
        widths ??= new Array<number>(values.length).fill(1);
        widths.push(w);
      }
    } else if (widths) widths.push(1);
    values.push(line[i]!);
    styles.push(style);
  }
  return widths ? { values, styles, widths } : { values, styles };
}

/** Cells through Ink's own tokenizer (graphemes, wide characters, links, anything not plain). */
function tokenizedCells(line: string): Cells {
  const chars: StyledChar[] = styledCharsFromTokens(tokenize(line));
  const values: string[] = [];
  const styles: (readonly AnsiCode[])[] = [];
  const widths: number[] = [];
  for (const ch of chars) {
    values.push(ch.value);
    styles.push(ch.styles.length === 0 ? NO_STYLE : ch.styles);
    // As Ink: printed width by string-width, at least one column.
    widths.push(Math.max(1, widthOf(ch.value)));
  }
  return { values, styles, widths };
}

const cellsOf = memo((line: string): Cells => simpleCells(line) ?? tokenizedCells(line));

function widestLine(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, widthOf(line));
  return widest;
}

/** One row of the frame: the cells Ink would hold, as parallel arrays. */
interface Row {
  values: string[];
  styles: (readonly AnsiCode[])[];
}

function rowToString(row: Row): string {
  const { values, styles } = row;
  let out = '';
  let previous: readonly AnsiCode[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // Ink drops holes (never created here, but kept to the same rule).
    if (value === undefined) continue;
    const style = styles[i]!;
    if (previous === undefined) out += ansiCodesToString(style as AnsiCode[]);
    else if (style !== previous)
      out += ansiCodesToString(diffAnsiCodes(previous as AnsiCode[], style as AnsiCode[]));
    out += value;
    previous = style;
  }
  if (previous !== undefined && previous.length > 0)
    out += ansiCodesToString(diffAnsiCodes(previous as AnsiCode[], []));
  return out.trimEnd();
}

export default class Output {
  width: number;
  height: number;
  readonly #operations: Operation[] = [];

  constructor(options: { width: number; height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: { transformers: readonly Transformer[] }): void {
    if (!text) return;
    this.#operations.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.#operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.#operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    const rows: Row[] = [];
    for (let y = 0; y < this.height; y++) {
      rows.push({
        values: new Array<string>(this.width).fill(' '),
        styles: new Array<readonly AnsiCode[]>(this.width).fill(NO_STYLE),
      });
    }
    const clips: Clip[] = [];
    for (const operation of this.#operations) {
      if (operation.type === 'clip') {
        clips.push(operation.clip);
        continue;
      }
      if (operation.type === 'unclip') {
        clips.pop();
        continue;
      }
      const { text, transformers } = operation;
      let { x, y } = operation;
      let lines = text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        if (clipHorizontally) {
          const width = widestLine(text);
          if (x + width < clip.x1! || x > clip.x2!) continue;
        }
        if (clipVertically) {
          if (y + lines.length < clip.y1! || y > clip.y2!) continue;
        }
        if (clipHorizontally) {
          lines = lines.map((line) => {
            const from = x < clip.x1! ? clip.x1! - x : 0;
            const width = widthOf(line);
            const to = x + width > clip.x2! ? clip.x2! - x : width;
            return sliceAnsi(line, from, to);
          });
          if (x < clip.x1!) x = clip.x1!;
        }
        if (clipVertically) {
          const from = y < clip.y1! ? clip.y1! - y : 0;
          const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
          lines = lines.slice(from, to);
          if (y < clip.y1!) y = clip.y1!;
        }
      }
      let offsetY = 0;
      for (let index = 0; index < lines.length; index++) {
        const row = rows[y + offsetY];
        // A line below the frame's height is dropped, as in Ink.
        if (!row) continue;
        let line = lines[index]!;
        for (const transformer of transformers) line = transformer(line, index);
        const cells = cellsOf(line);
        let at = x;
        for (let c = 0; c < cells.values.length; c++) {
          const style = cells.styles[c]!;
          row.values[at] = cells.values[c]!;
          row.styles[at] = style;
          const w = cells.widths?.[c] ?? 1;
          // A wide character's following cells are emptied (Ink's rule against stray spaces).
          for (let k = 1; k < w; k++) {
            row.values[at + k] = '';
            row.styles[at + k] = style;
          }
          at += w;
        }
        offsetY++;
      }
    }
    return { output: rows.map(rowToString).join('\n'), height: rows.length };
  }
}
