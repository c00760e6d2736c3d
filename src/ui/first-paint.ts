import chalk from 'chalk';
import { feedRow, headlineRow } from './format.js';
import Output from './ink/output.js';
import type { Keymap } from './keymap.js';
import {
  emptyListText,
  feedRowStyle,
  HEADER_STYLE,
  headerText,
  headlineRowStyle,
  MUTED_STYLE,
  separatorText,
  statusHints,
  statusRight,
  statusStyle,
  statusText,
  type TextStyle,
} from './screen-text.js';
import { layoutFor } from './state/layout.js';
import type { State } from './state/types.js';
import { fitWidth, widthOf } from './text/width.js';

/**
 * The reader's first frame, composed without Ink: the list screen of `state` as the exact string Ink
 * renders for it (the same lines from screen-text.ts, styled as Ink's <Text> styles them, composed by
 * the same Output class). Loading Ink, React and the layout engine and rendering the first time take
 * ~130 ms; the reader writes this frame first, and Ink's own first frame, when it comes, is compared
 * with it (reader.ts). Undefined for a state the list screen does not show (an overlay, an article, the
 * search box) or a line wider than its box (Ink would cut it): the reader then waits for Ink.
 */
export function paintListScreen(state: State, keymap: Keymap, now: number): string | undefined {
  if (state.overlay !== 'none' || state.stack.length > 0 || state.searching || state.groups) return undefined;
  const { width, height } = state;
  const layout = layoutFor(width, height);
  const output = new Output({ width, height: Math.max(1, height - 1) });
  let fits = true;
  const line = (x: number, y: number, maxWidth: number, text: string, style: TextStyle) => {
    if (text.length === 0) return;
    for (const row of text.split('\n')) if (widthOf(row) > maxWidth) fits = false;
    output.write(x, y, text, { transformers: [(s: string) => styled(s, style)] });
  };
  const top = 1;
  const feeds = (x: number, paneWidth: number) => {
    const visible = state.feedEntries.slice(state.feedOffset, state.feedOffset + layout.bodyHeight);
    visible.forEach((entry, k) => {
      const selected = state.feedOffset + k === state.feedSel;
      const style = feedRowStyle(entry, k, state.feedOffset, selected, state.pane === 'feeds');
      line(
        x,
        top + k,
        paneWidth,
        feedRow(entry.label, entry.unread, entry.failing === true, paneWidth),
        style,
      );
    });
  };
  const list = (x: number, paneWidth: number) => {
    const { lib, view } = state;
    if (view.length === 0) {
      line(x, top, paneWidth, fitWidth(emptyListText(state), paneWidth), MUTED_STYLE);
      return;
    }
    const end = Math.min(view.length, state.offset + layout.bodyHeight);
    for (let r = state.offset; r < end; r++) {
      const i = view[r]!;
      const h = lib.headlines[i]!;
      const flags = lib.flags[i]!;
      const source = lib.feedTitles.get(h.feed) ?? '';
      const text = headlineRow(h, lib.times[i]!, flags, source, paneWidth, now);
      line(
        x,
        top + r - state.offset,
        paneWidth,
        text,
        headlineRowStyle(flags, r === state.sel, state.pane === 'headlines'),
      );
    }
  };

  line(0, 0, width, headerText(state), HEADER_STYLE);
  if (layout.twoPanes) {
    feeds(0, layout.feedsWidth);
    line(layout.feedsWidth, top, 1, separatorText(layout.bodyHeight), MUTED_STYLE);
    list(layout.feedsWidth + 1, layout.listWidth);
  } else if (state.pane === 'feeds') feeds(0, width);
  else list(0, width);
  const right = statusRight(state);
  line(
    0,
    top + layout.bodyHeight,
    width,
    statusText(width, state.message, statusHints(state, keymap), right),
    statusStyle(state.message),
  );
  return fits ? output.get().output : undefined;
}

/** What Ink's <Text> does with these props (ink/build/components/Text.js), in the same order. */
function styled(text: string, style: TextStyle): string {
  let out = text;
  if (style.color) out = (chalk as unknown as Record<string, (s: string) => string>)[style.color]!(out);
  if (style.bold) out = chalk.bold(out);
  if (style.underline) out = chalk.underline(out);
  if (style.inverse) out = chalk.inverse(out);
  return out;
}

/**
 * Lets Ink's first frame through only when it differs from the frame painted before Ink loaded. Ink's
 * first frame is written whole (`frame + "\n"`, from the cursor, which the painted frame left where Ink
 * expects it), so when the two are equal there is nothing to redraw; when not (the minute turned, or a
 * line the painter composed differently), the screen is cleared and Ink's frame drawn from the top.
 */
export function expectFirstFrame(stdout: NodeJS.WriteStream, frame: string): void {
  const write = stdout.write;
  const expected = `${frame}\n`;
  stdout.write = function firstFrameWrite(this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk !== 'string' || !chunk.includes('\n'))
      return Reflect.apply(write, this, [chunk, ...rest]);
    stdout.write = write;
    if (chunk === expected) {
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }
    return Reflect.apply(write, this, [`\u001b[H\u001b[2J${chunk}`, ...rest]);
  } as typeof stdout.write;
}
