import { linkNumbers } from './text.js';
import type { Block, ExtractedArticle, Inline } from './types.js';
import { cutToWidth, displayWidth, wrapLine, wrapText } from './wrap.js';

/** How a line is shown: the reader maps each style to one Ink `<Text>` look. */
export type LineStyle = 'title' | 'heading' | 'quote' | 'code' | 'dim' | 'link';

/** One terminal line, already wrapped: `text` never exceeds the width it was rendered for. */
export interface Line {
  readonly text: string;
  readonly style?: LineStyle;
}

const BLANK: Line = { text: '' };
// Below this a bar, a bullet and a word no longer fit side by side.
const MIN_WIDTH = 4;

interface Context {
  readonly numbers: ReadonlyMap<string, number>;
}

function inlineText(inlines: readonly Inline[], ctx: Context): string {
  return inlines
    .map((run) => {
      if (run.kind !== 'link') return run.text;
      const n = ctx.numbers.get(run.href);
      return n === undefined ? run.text : `${run.text}[${n}]`;
    })
    .join('');
}

function styled(texts: readonly string[], style?: LineStyle): Line[] {
  return texts.map((text) => (style ? { text, style } : { text }));
}

function prefixed(lines: readonly Line[], first: string, rest: string, style?: LineStyle): Line[] {
  return lines.map((line, i) => {
    const text =
      line.text === '' && rest.trim() === '' ? '' : `${i === 0 ? first : rest}${line.text}`.trimEnd();
    const s = style ?? line.style;
    return s ? { text, style: s } : { text };
  });
}

function renderTable(rows: readonly (readonly string[])[], width: number): Line[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const gap = 2;
  const total = widths.reduce((a, b) => a + b, 0) + gap * (columns - 1);
  if (total <= width) {
    return rows.map((row, i) => {
      const text = widths
        .map((w, c) => {
          const cell = row[c] ?? '';
          return cell + ' '.repeat(w - displayWidth(cell));
        })
        .join(' '.repeat(gap))
        .trimEnd();
      return i === 0 ? { text, style: 'heading' as const } : { text };
    });
  }
  // Too wide for columns: one row per paragraph, cells separated by a bar.
  const lines: Line[] = [];
  rows.forEach((row, i) => {
    if (i > 0) lines.push(BLANK);
    lines.push(...styled(wrapLine(row.filter(Boolean).join(' │ '), width), i === 0 ? 'heading' : undefined));
  });
  return lines;
}

function renderBlock(block: Block, width: number, ctx: Context): Line[] {
  switch (block.kind) {
    case 'heading':
      return styled(wrapText(inlineText(block.inlines, ctx), width), 'heading');
    case 'paragraph':
      return styled(wrapText(inlineText(block.inlines, ctx), width));
    case 'list': {
      const lines: Line[] = [];
      const numberWidth = String(block.items.length).length;
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${String(i + 1).padStart(numberWidth)}. ` : '• ';
        const indent = ' '.repeat(marker.length);
        const inner = renderBlocks(item, Math.max(1, width - marker.length), ctx, false);
        lines.push(...prefixed(inner, marker, indent));
      });
      return lines;
    }
    case 'blockquote':
      return prefixed(renderBlocks(block.blocks, Math.max(1, width - 2), ctx), '│ ', '│ ', 'quote');
    case 'pre':
      return block.text
        .split('\n')
        .map((line) => ({ text: cutToWidth(line.trimEnd(), width, '→'), style: 'code' }));
    case 'table':
      return renderTable(block.rows, width);
    case 'image':
      return styled(wrapLine(block.alt ? `[image: ${block.alt}]` : '[image]', width), 'dim');
    case 'hr':
      return [{ text: '─'.repeat(Math.min(width, 40)), style: 'dim' }];
  }
}

function renderBlocks(blocks: readonly Block[], width: number, ctx: Context, spaced = true): Line[] {
  const lines: Line[] = [];
  for (const block of blocks) {
    const rendered = renderBlock(block, width, ctx);
    if (rendered.length === 0) continue;
    if (lines.length > 0 && spaced) lines.push(BLANK);
    lines.push(...rendered);
  }
  return lines;
}

/** Options for `renderLines`. */
export interface RenderOptions {
  /** Leave out the title and the byline/site/date line (body only). */
  readonly bodyOnly?: boolean;
  /** Leave out the numbered "Links" list at the end. */
  readonly noLinks?: boolean;
}

/**
 * Lays an article out as terminal lines at `width` columns: title and byline, then the blocks
 * (headings, paragraphs with `text[n]` link markers, lists with hanging indents, quotes with a bar,
 * verbatim code cut with `→`, tables, `[image: alt]`), then a numbered "Links" list. Pure.
 */
export function renderLines(article: ExtractedArticle, width: number, options: RenderOptions = {}): Line[] {
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  const ctx: Context = { numbers: linkNumbers(article.links) };
  const lines: Line[] = [];
  if (!options.bodyOnly && article.title) {
    lines.push(...styled(wrapLine(article.title, w), 'title'));
    const published = article.published?.slice(0, 10);
    const meta = [article.byline, article.siteName, published].filter(Boolean).join(' · ');
    if (meta) lines.push(...styled(wrapLine(meta, w), 'dim'));
  }
  const body = renderBlocks(article.blocks, w, ctx);
  if (lines.length > 0 && body.length > 0) lines.push(BLANK);
  lines.push(...body);
  if (!options.noLinks && article.links.length > 0) {
    lines.push(BLANK, { text: 'Links', style: 'heading' });
    const numberWidth = String(article.links.length).length + 3;
    for (const link of article.links) {
      const marker = `[${link.n}]`.padEnd(numberWidth);
      const wrapped = styled(wrapLine(link.url, Math.max(1, w - numberWidth)), 'link');
      lines.push(...prefixed(wrapped, marker, ' '.repeat(numberWidth)));
    }
  }
  return lines;
}
