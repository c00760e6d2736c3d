import type { Block } from '../content/index.js';
import { esc } from './html.js';

/** Renders one body block as HTML. */
export function renderBlock(block: Block): string {
  if ('p' in block) return `<p>${esc(block.p)}</p>`;
  if ('h2' in block) return `<h2>${esc(block.h2)}</h2>`;
  if ('ul' in block) return `<ul>${block.ul.map((li) => `<li>${esc(li)}</li>`).join('')}</ul>`;
  if ('ol' in block) return `<ol>${block.ol.map((li) => `<li>${esc(li)}</li>`).join('')}</ol>`;
  if ('quote' in block) {
    const cite = block.cite ? `<footer>— <cite>${esc(block.cite)}</cite></footer>` : '';
    return `<blockquote><p>${esc(block.quote)}</p>${cite}</blockquote>`;
  }
  const { caption, head, rows } = block.table;
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const tr = rows.map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}
