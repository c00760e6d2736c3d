import { safeHttpUrl, sanitizeLine, sanitizeText } from '../sanitize.js';
import type { Block, Inline } from './types.js';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
  'TR',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TD',
  'TH',
  'CAPTION',
  'PICTURE',
  'IMG',
  'VIDEO',
  'IFRAME',
]);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'AUDIO',
  'SOURCE',
  'TRACK',
  'MAP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);
const INLINE_STYLE: Record<string, Inline['kind']> = {
  B: 'bold',
  STRONG: 'bold',
  I: 'italic',
  EM: 'italic',
  CITE: 'italic',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
};

/** Options for turning a DOM subtree into blocks. */
export interface BlockOptions {
  /** Base URL to resolve links and images against. */
  readonly baseUrl: string;
}

/** Mutable inline run while a paragraph is being gathered. */
interface Run {
  kind: Inline['kind'];
  text: string;
  href?: string;
}

class Builder {
  readonly blocks: Block[] = [];
  private runs: Run[] = [];

  constructor(private readonly base: string) {}

  /** Appends text with the given style, merging with the previous run when they match. */
  addText(text: string, kind: Inline['kind'], href?: string): void {
    if (!text) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.kind === kind && last.href === href) last.text += text;
    else this.runs.push({ kind, text, href });
  }

  /** Closes the paragraph being gathered (if it has any visible text). */
  flush(): void {
    const inlines = normaliseRuns(this.runs);
    this.runs = [];
    if (inlines.length > 0) this.blocks.push({ kind: 'paragraph', inlines });
  }

  push(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }

  get baseUrl(): string {
    return this.base;
  }
}

/** Collapses white space across runs, trims the ends and sanitises every string. */
function normaliseRuns(runs: readonly Run[]): Inline[] {
  const out: Inline[] = [];
  let prevSpace = true;
  for (const run of runs) {
    let text = '';
    for (const part of run.text.split(/(\n)/)) {
      if (part === '\n') {
        text = text.replace(/ +$/, '');
        text += '\n';
        prevSpace = true;
        continue;
      }
      let t = part.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' '));
      if (prevSpace) t = t.replace(/^ +/, '');
      if (t) prevSpace = t.endsWith(' ');
      text += t;
    }
    text = sanitizeText(text);
    if (!text) continue;
    out.push(
      run.kind === 'link' && run.href
        ? { kind: 'link', text, href: run.href }
        : { kind: run.kind === 'link' ? 'text' : run.kind, text },
    );
  }
  // Trim trailing space/newlines of the last runs.
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const trimmed = last.text.replace(/[\s]+$/, '');
    if (trimmed) {
      out[out.length - 1] = { ...last, text: trimmed } as Inline;
      break;
    }
    out.pop();
  }
  // Leading newlines.
  while (out.length > 0) {
    const first = out[0]!;
    const trimmed = first.text.replace(/^\s+/, '');
    if (trimmed) {
      out[0] = { ...first, text: trimmed } as Inline;
      break;
    }
    out.shift();
  }
  return out;
}

function isLayoutTable(table: Element): boolean {
  if (table.querySelector('table')) return true;
  const cells = table.querySelectorAll('td, th');
  for (const cell of cells) {
    if (cell.querySelector('p, div, ul, ol, h1, h2, h3, h4, blockquote, pre')) return true;
    if ((cell.textContent ?? '').length > 400) return true;
  }
  return cells.length <= 1;
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  for (const tr of table.querySelectorAll('tr')) {
    const cells: string[] = [];
    for (const cell of tr.children) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      cells.push(sanitizeLine(cell.textContent ?? ''));
    }
    if (cells.some((c) => c)) rows.push(cells);
  }
  return rows;
}

function imageBlock(img: Element, base: string): Block | undefined {
  const alt = sanitizeLine(img.getAttribute('alt') ?? '');
  const raw = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
  const src = raw.startsWith('data:') ? undefined : safeHttpUrl(raw, base);
  if (!alt && !src) return undefined;
  return src ? { kind: 'image', alt, src } : { kind: 'image', alt };
}

function walkInline(
  node: Node,
  b: Builder,
  kind: Inline['kind'],
  href: string | undefined,
  pre: boolean,
): void {
  if (node.nodeType === 3) {
    // Source line breaks are just white space; only <br> makes a line break.
    b.addText((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '), kind, href);
    return;
  }
  if (node.nodeType !== 1) return;
  walkElement(node as Element, b, kind, href, pre);
}

function walkChildren(el: Element | DocumentFragment, b: Builder, kind: Inline['kind'], href?: string): void {
  for (let child = el.firstChild; child; child = child.nextSibling) walkInline(child, b, kind, href, false);
}

function walkElement(
  el: Element,
  b: Builder,
  kind: Inline['kind'],
  href: string | undefined,
  pre: boolean,
): void {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') {
    b.addText('\n', kind, href);
    return;
  }
  if (!BLOCK_TAGS.has(tag)) {
    if (tag === 'A') {
      const url = safeHttpUrl(el.getAttribute('href') ?? '', b.baseUrl);
      walkChildren(el, b, url ? 'link' : kind, url ?? href);
      return;
    }
    const style = INLINE_STYLE[tag];
    walkChildren(el, b, kind === 'link' || !style ? kind : style, href);
    return;
  }
  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6': {
      const inner = new Builder(b.baseUrl);
      walkChildren(el, inner, 'text');
      inner.flush();
      const first = inner.blocks[0];
      if (first?.kind === 'paragraph')
        b.push({ kind: 'heading', level: Number(tag[1]), inlines: first.inlines });
      return;
    }
    case 'UL':
    case 'OL': {
      const items: Block[][] = [];
      for (const li of el.children) {
        const inner = new Builder(b.baseUrl);
        if (li.tagName === 'LI') walkChildren(li, inner, 'text');
        else walkElement(li, inner, 'text', undefined, false);
        inner.flush();
        if (inner.blocks.length > 0) items.push(inner.blocks);
      }
      if (items.length > 0) b.push({ kind: 'list', ordered: tag === 'OL', items });
      return;
    }
    case 'BLOCKQUOTE': {
      const inner = new Builder(b.baseUrl);
      walkChildren(el, inner, 'text');
      inner.flush();
      if (inner.blocks.length > 0) b.push({ kind: 'blockquote', blocks: inner.blocks });
      return;
    }
    case 'PRE': {
      const text = sanitizeText(el.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (text) b.push({ kind: 'pre', text });
      return;
    }
    case 'TABLE': {
      if (isLayoutTable(el)) break;
      const rows = tableRows(el);
      if (rows.length > 0) b.push({ kind: 'table', rows });
      return;
    }
    case 'HR':
      b.push({ kind: 'hr' });
      return;
    case 'IMG': {
      const image = imageBlock(el, b.baseUrl);
      if (image) b.push(image);
      return;
    }
    case 'VIDEO':
    case 'IFRAME':
      b.flush();
      return;
  }
  void pre;
  b.flush();
  walkChildren(el, b, 'text');
  b.flush();
}

/** Turns the children of a DOM element (an extracted article body) into the block tree. */
export function blocksFromElement(root: Element, options: BlockOptions): Block[] {
  const b = new Builder(options.baseUrl);
  walkChildren(root, b, 'text');
  b.flush();
  return b.blocks;
}
