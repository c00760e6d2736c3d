import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { articleFromFeedHtml } from '../../../src/core/article/feed-html.js';
import { renderLines } from '../../../src/core/article/render-lines.js';
import type { Block, ExtractedArticle } from '../../../src/core/article/types.js';

const long =
  'The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that replaced every one of its ninety steel cables.';

function article(blocks: Block[], extra: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return { url: 'https://x.example/a', title: '', blocks, text: '', links: [], related: [], ...extra };
}

const para = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] });
const texts = (a: ExtractedArticle, width: number): string[] => renderLines(a, width).map((l) => l.text);

describe('renderLines', () => {
  for (const width of [40, 80, 100]) {
    it(`never makes a line wider than ${width} columns`, () => {
      const a = article(
        [
          { kind: 'heading', level: 2, inlines: [{ kind: 'text', text: long }] },
          para(long),
          { kind: 'list', ordered: false, items: [[para(long)], [para('short')]] },
          { kind: 'list', ordered: true, items: Array.from({ length: 12 }, () => [para(long)]) },
          { kind: 'blockquote', blocks: [para(long), para(long)] },
          { kind: 'pre', text: `${'x'.repeat(150)}\n  indented` },
          {
            kind: 'table',
            rows: [
              ['Name', 'Value'],
              ['alpha', long],
            ],
          },
          { kind: 'image', alt: long },
          { kind: 'hr' },
          para(`${'日本語の文章は単語の間に空白がない'.repeat(10)}🎉🎉🎉`),
          para(`https://example.com/${'very-long-path-segment-'.repeat(10)}`),
        ],
        {
          title: long,
          byline: 'Mara Lindqvist',
          links: [{ n: 1, text: 'x', url: `https://example.com/${'y'.repeat(200)}` }],
        },
      );
      for (const line of renderLines(a, width)) expect(stringWidth(line.text)).toBeLessThanOrEqual(width);
    });
  }

  it('bolds headings and separates paragraphs by exactly one blank line', () => {
    const lines = renderLines(
      article([
        { kind: 'heading', level: 2, inlines: [{ kind: 'text', text: 'Why' }] },
        para('One.'),
        para('Two.'),
      ]),
      80,
    );
    expect(lines).toEqual([
      { text: 'Why', style: 'heading' },
      { text: '' },
      { text: 'One.' },
      { text: '' },
      { text: 'Two.' },
    ]);
  });

  it('puts the title and a byline · site · date line first', () => {
    const a = article([para('Body.')], {
      title: 'Bridge reopens',
      byline: 'Mara',
      siteName: 'Courier',
      published: '2024-03-05T08:30:00.000Z',
    });
    expect(renderLines(a, 80).slice(0, 4)).toEqual([
      { text: 'Bridge reopens', style: 'title' },
      { text: 'Mara · Courier · 2024-03-05', style: 'dim' },
      { text: '' },
      { text: 'Body.' },
    ]);
  });

  it('draws bullets and numbers with hanging indents', () => {
    const a = article([
      { kind: 'list', ordered: false, items: [[para('alpha beta gamma delta')]] },
      { kind: 'list', ordered: true, items: [[para('one two three four')], [para('five')]] },
    ]);
    expect(texts(a, 14)).toEqual([
      '• alpha beta',
      '  gamma delta',
      '',
      '1. one two',
      '   three four',
      '2. five',
    ]);
  });

  it('marks blockquotes with a bar on every line', () => {
    const lines = renderLines(
      article([{ kind: 'blockquote', blocks: [para('quoted words here'), para('again')] }]),
      12,
    );
    expect(lines.map((l) => l.text)).toEqual(['│ quoted', '│ words here', '│', '│ again']);
    expect(lines.every((l) => l.style === 'quote')).toBe(true);
  });

  it('keeps code verbatim and cuts it at the width with an arrow', () => {
    const lines = renderLines(
      article([{ kind: 'pre', text: 'if (a) {\n    return bbbbbbbbbbbbbbbbbbbbbbbb;\n}' }]),
      20,
    );
    expect(lines.map((l) => l.text)).toEqual(['if (a) {', '    return bbbbbbbb→', '}']);
    expect(lines.every((l) => l.style === 'code')).toBe(true);
  });

  it('pads table columns by display width, or gives each row its own lines when too wide', () => {
    const table: Block = {
      kind: 'table',
      rows: [
        ['City', 'Pop.'],
        ['東京', '14m'],
        ['Oslo', '0.7m'],
      ],
    };
    expect(texts(article([table]), 40)).toEqual(['City  Pop.', '東京  14m', 'Oslo  0.7m']);
    const wide: Block = {
      kind: 'table',
      rows: [
        ['Name', 'Notes'],
        ['alpha', long],
      ],
    };
    const lines = texts(article([wide]), 40);
    expect(lines[0]).toBe('Name │ Notes');
    expect(lines[2]).toMatch(/^alpha │ The harbour/);
  });

  it('shows images as [image: alt]', () => {
    expect(
      texts(
        article([
          { kind: 'image', alt: 'The bridge', src: 'https://x/i.jpg' },
          { kind: 'image', alt: '' },
        ]),
        40,
      ),
    ).toEqual(['[image: The bridge]', '', '[image]']);
  });

  it('writes links as text[n] and lists them at the end', () => {
    const a = article(
      [
        {
          kind: 'paragraph',
          inlines: [
            { kind: 'text', text: 'See ' },
            { kind: 'link', text: 'the report', href: 'https://c.example/r' },
            { kind: 'text', text: '.' },
          ],
        },
      ],
      { links: [{ n: 1, text: 'the report', url: 'https://c.example/r' }] },
    );
    expect(texts(a, 40)).toEqual(['See the report[1].', '', 'Links', '[1] https://c.example/r']);
  });

  it('breaks CJK text without spaces between characters, by display width', () => {
    const lines = texts(article([para('日本語の文章は単語の間に空白がない')]), 10);
    expect(lines).toEqual(['日本語の文', '章は単語の', '間に空白が', 'ない']);
  });

  it('keeps the spaces between Korean words (Hangul is written with spaces)', () => {
    const lines = texts(
      article([
        para('엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터'),
      ]),
      30,
    );
    expect(lines.join(' ')).toBe(
      '엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터',
    );
  });

  it('keeps emoji whole when wrapping', () => {
    const lines = texts(article([para('ok 👍👍👍👍👍 done')]), 6);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(6);
    expect(lines.join('')).toContain('👍👍');
  });
});

describe('articleFromFeedHtml', () => {
  it('turns feed HTML into the same blocks the renderer shows', () => {
    const a = articleFromFeedHtml(
      '<p>First <b>bold</b> and <a href="/more">more</a>.</p><ul><li>one</li></ul><script>x()</script><p>\u001b[31mred</p>',
      'https://feed.example/item',
      { title: 'Item \u001b[2J title', byline: 'Ann' },
    );
    expect(a.title).toBe('Item title');
    expect(a.text).toBe('First bold and more.\n\n- one\n\nred');
    expect(a.links).toEqual([{ n: 1, text: 'more', url: 'https://feed.example/more' }]);
    expect(texts(a, 40)).toContain('First bold and more[1].');
  });
});
