/** Below this width the reader shows one pane at a time. */
export const TWO_PANE_MIN_WIDTH = 80;

export interface Layout {
  readonly twoPanes: boolean;
  readonly feedsWidth: number;
  readonly listWidth: number;
  /** Rows for the panes: the terminal minus one spare row (a full-height frame makes Ink clear the
   * screen on every frame, issue 3), the header and the status bar. */
  readonly bodyHeight: number;
}

export function layoutFor(width: number, height: number): Layout {
  const twoPanes = width >= TWO_PANE_MIN_WIDTH;
  const feedsWidth = twoPanes ? Math.min(32, Math.floor(width * 0.25)) : width;
  // One column separates the panes.
  const listWidth = twoPanes ? width - feedsWidth - 1 : width;
  return { twoPanes, feedsWidth, listWidth, bodyHeight: Math.max(1, height - 3) };
}

/** Rows of the article view above its body: title, meta line, URL, rule. */
export const ARTICLE_HEADER_ROWS = 4;

export function articleBodyHeight(height: number): number {
  return Math.max(1, layoutFor(80, height).bodyHeight - ARTICLE_HEADER_ROWS);
}
