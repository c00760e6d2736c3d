import { describe, expect, it } from 'vitest';
import type { RelatedEntry } from '../../../src/core/related/for-article.js';
import type { ArticleFrame } from '../../../src/ui/state/types.js';

// Colours on, as in a terminal, so the highlight is visible in the output: Ink's colour library reads
// FORCE_COLOR once, when first loaded, hence the imports after setting it.
process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { ArticleView } = await import('../../../src/ui/components/ArticleView.js');
const { frameLines } = await import('../../../src/ui/state/related.js');

// The Related section at the end of the article view (issue 5 item 4), rendered as the reader does:
// the frame's lines from the state module, drawn by the component.
const WIDTH = 80;
const ESC = '\u001b';
const BEL = '\u0007';

const page = (n: number, title = `Page link ${n}`): RelatedEntry => ({
  title,
  url: `http://127.0.0.1/news/page-${n}`,
  source: 'page',
});
const feed = (n: number, feedTitle: string): RelatedEntry => ({
  title: `Feed match ${n}`,
  url: `http://127.0.0.2/story/${n}`,
  source: 'feeds',
  feed: `http://127.0.0.2/feed-${n}.xml`,
  feedTitle,
  id: `f${n}`,
  score: 0.5 - n / 10,
});

function frameWith(related: readonly RelatedEntry[], relSel?: number): ArticleFrame {
  return {
    ref: { kind: 'url', url: 'http://127.0.0.1/news/start' },
    scroll: 0,
    doc: {
      title: 'Harbour reopens after the storm',
      source: 'Harbour Gazette',
      url: 'http://127.0.0.1/news/start',
      text: 'The harbour reopened on Tuesday.\n\nFerries run again from six.',
      body: 'full',
    },
    related,
    relSel,
  };
}

function draw(frame: ArticleFrame): string {
  const lines = frameLines(frame, WIDTH);
  const { lastFrame, unmount } = render(
    <ArticleView frame={frame} lines={lines} depth={1} width={WIDTH} height={lines.length + 6} />,
  );
  const out = lastFrame() ?? '';
  unmount();
  return out;
}

const plain = (out: string) => out.replace(/\u001b\[[0-9;]*m/g, '');
const rows = (out: string) => plain(out).split('\n');
const rowOf = (out: string, text: string) => rows(out).findIndex((r) => r.includes(text));

describe('the Related section of the article view', () => {
  it('lists the page’s links under "Related", then "In your feeds" with each feed’s title', () => {
    const out = draw(frameWith([page(1), page(2), feed(1, 'Beta Daily'), feed(2, 'Gamma Post')]));
    const trimmed = rows(out).map((r) => r.trim());
    const order = [
      trimmed.indexOf('Related'),
      rowOf(out, 'Page link 1'),
      rowOf(out, 'Page link 2'),
      trimmed.indexOf('In your feeds'),
      rowOf(out, 'Feed match 1'),
      rowOf(out, 'Feed match 2'),
    ];
    expect(order.every((n) => n > rowOf(out, 'Ferries run again'))).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(rows(out)[rowOf(out, 'Page link 1')]).toContain('› Page link 1 — 127.0.0.1');
    expect(rows(out)[rowOf(out, 'Feed match 1')]).toContain('› Feed match 1 — Beta Daily');
    expect(rows(out)[rowOf(out, 'Feed match 2')]).toContain('› Feed match 2 — Gamma Post');
  });

  it('leaves out the "In your feeds" heading when only the page has links', () => {
    const out = draw(frameWith([page(1)]));
    expect(plain(out)).toContain('Related');
    expect(plain(out)).not.toContain('In your feeds');
  });

  it('draws the selected entry, and only it, in reverse video', () => {
    const entries = [page(1), page(2), feed(1, 'Beta Daily')];
    for (const [sel, title] of [
      [1, 'Page link 2'],
      [2, 'Feed match 1'],
    ] as const) {
      const out = draw(frameWith(entries, sel));
      const inverse = out.split('\n').filter((r) => r.includes(`${ESC}[7m`));
      expect(inverse).toHaveLength(1);
      expect(plain(inverse[0]!)).toContain(title);
    }
    const none = draw(frameWith(entries));
    expect(none).not.toContain(`${ESC}[7m`);
  });

  it('never lets escape sequences in a related title or feed title reach the terminal', () => {
    const hostile = [
      page(1, `Clipboard ${ESC}]52;c;ZXZpbA==${BEL}grab`),
      page(2, `Screen ${ESC}[2J${ESC}[Hclear`),
      {
        ...feed(1, `Evil ${ESC}]0;owned title${BEL}Feed`),
        title: `Hidden ${ESC}]8;;http://evil.invalid/${BEL}link${ESC}]8;;${BEL} here\u202e`,
      },
    ];
    const out = draw(frameWith(hostile, 0));
    expect(plain(out)).toContain('Clipboard grab');
    expect(plain(out)).toContain('Screen clear');
    expect(plain(out)).toContain('Hidden link here');
    expect(plain(out)).toContain('Evil Feed');
    // Only colour/style sequences (CSI … m) are left; no OSC, no cursor or erase sequence, no BEL.
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out).not.toContain('evil.invalid');
    expect(out).not.toContain('owned title');
  });

  it('shows a followed related story’s title while it loads, without its escape sequences', () => {
    const frame: ArticleFrame = {
      ref: {
        kind: 'url',
        url: 'http://127.0.0.1/news/page-1',
        title: `Next ${ESC}]52;c;ZXZpbA==${BEL}story`,
      },
      scroll: 0,
    };
    const { lastFrame, unmount } = render(
      <ArticleView frame={frame} lines={[]} depth={2} width={WIDTH} height={8} />,
    );
    const out = lastFrame() ?? '';
    unmount();
    expect(plain(out)).toContain('‹ 1 Next story');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
