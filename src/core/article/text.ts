import type { ArticleLink, Block, Inline } from './types.js';

/** The plain text of inline runs (links as their text). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((run) => run.text).join('');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.inlines);
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : '- ';
          const body = item
            .map((b) => blockText(b))
            .filter(Boolean)
            .join('\n');
          return marker + body.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        })
        .join('\n');
    case 'blockquote':
      return block.blocks
        .map((b) => blockText(b))
        .filter(Boolean)
        .join('\n\n');
    case 'pre':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.filter(Boolean).join(' | ')).join('\n');
    case 'image':
    case 'hr':
      return '';
  }
}

/** Plain text of a block tree: one blank line between blocks; images and rules leave nothing. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => blockText(b))
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

function visit(blocks: readonly Block[], fn: (inlines: readonly Inline[]) => void): void {
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph') fn(block.inlines);
    else if (block.kind === 'list') for (const item of block.items) visit(item, fn);
    else if (block.kind === 'blockquote') visit(block.blocks, fn);
  }
}

/** Numbers the links of a block tree in reading order; a URL seen twice keeps its first number. */
export function collectLinks(blocks: readonly Block[]): ArticleLink[] {
  const links: ArticleLink[] = [];
  const seen = new Map<string, number>();
  visit(blocks, (inlines) => {
    for (const run of inlines) {
      if (run.kind !== 'link' || seen.has(run.href)) continue;
      seen.set(run.href, links.length + 1);
      links.push({ n: links.length + 1, text: run.text.replace(/\s+/g, ' ').trim(), url: run.href });
    }
  });
  return links;
}

/** The number `collectLinks` gives a URL (for `text[n]` markers). */
export function linkNumbers(links: readonly ArticleLink[]): ReadonlyMap<string, number> {
  return new Map(links.map((l) => [l.url, l.n]));
}
