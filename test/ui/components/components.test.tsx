import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../../src/ui/components/ArticleView.js';
import { HeadlineList } from '../../../src/ui/components/HeadlineList.js';
import { HelpOverlay } from '../../../src/ui/components/HelpOverlay.js';
import { StatusBar } from '../../../src/ui/components/StatusBar.js';
import { buildKeymap } from '../../../src/ui/keymap.js';
import { buildLibrary } from '../../../src/ui/state/library.js';
import { FEEDS, headlines, library } from '../fixtures.js';

const NOW = Date.parse('2026-11-27T09:00:00Z');
const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('HeadlineList', () => {
  it('renders only the visible window of a long list', () => {
    const lib = library(10_000);
    const view = Int32Array.from({ length: 10_000 }, (_, i) => i);
    const { lastFrame } = render(
      <HeadlineList
        lib={lib}
        view={view}
        sel={5003}
        offset={5000}
        width={90}
        height={5}
        focused
        now={NOW}
        emptyText=""
      />,
    );
    const out = lines(lastFrame());
    expect(out).toHaveLength(5);
    expect(out[0]).toContain('Story number 5000');
    expect(out[4]).toContain('Story number 5004');
  });

  it('keeps every row one line of the same width with wide characters', () => {
    const wide = headlines(3).map((h, i) => ({
      ...h,
      title:
        i === 0
          ? '東京で大雨、交通機関に乱れ 東京で大雨、交通機関に乱れ 東京で大雨'
          : i === 1
            ? 'Emoji 🎉🎉 party on the harbour front tonight'
            : h.title,
    }));
    const lib = buildLibrary(wide, FEEDS, { isRead: () => false, isStarred: () => false });
    const { lastFrame } = render(
      <HeadlineList
        lib={lib}
        view={Int32Array.from([0, 1, 2])}
        sel={0}
        offset={0}
        width={70}
        height={3}
        focused
        now={NOW}
        emptyText=""
      />,
    );
    const out = lines(lastFrame());
    expect(out).toHaveLength(3);
    for (const line of out) expect(stringWidth(line)).toBe(70);
    expect(out[0]).toContain('Alpha News');
  });

  it('says so when nothing matches', () => {
    const { lastFrame } = render(
      <HeadlineList
        lib={library(0)}
        view={new Int32Array(0)}
        sel={0}
        offset={0}
        width={60}
        height={3}
        focused
        now={NOW}
        emptyText="No story matches the search"
      />,
    );
    expect(lastFrame()).toContain('No story matches the search');
  });
});

describe('ArticleView', () => {
  it('shows the header and a window of the body', () => {
    const frame = {
      ref: { kind: 'headline' as const, id: 'h0', feed: FEEDS[0]!.url },
      scroll: 2,
      doc: {
        title: 'Harbour storm',
        source: 'Alpha News',
        author: 'Ana',
        published: '2026-11-27T08:00:00Z',
        url: 'http://127.0.0.1/s/1',
        text: '',
        body: 'feed' as const,
      },
    };
    const body = ['zero', 'one', 'two', 'three', 'four', 'five'].map((text) => ({ text }));
    const { lastFrame } = render(<ArticleView frame={frame} lines={body} depth={1} width={60} height={7} />);
    const out = lines(lastFrame());
    expect(out[0]).toContain('Harbour storm');
    expect(out[1]).toContain('Alpha News · Ana · 2026-11-27');
    expect(out[2]).toContain('http://127.0.0.1/s/1');
    expect(out.slice(4).map((l) => l.trim())).toEqual(['two', 'three', 'four']);
  });

  it('shows the history depth of a followed story', () => {
    const frame = {
      ref: { kind: 'url' as const, url: 'http://127.0.0.1/x', title: 'Related one' },
      scroll: 0,
    };
    const { lastFrame } = render(<ArticleView frame={frame} lines={[]} depth={3} width={60} height={6} />);
    expect(lastFrame()).toContain('‹ 2 Related one');
    expect(lastFrame()).toContain('Loading…');
  });
});

describe('StatusBar and help', () => {
  it('puts the message left and the position right on one line', () => {
    const { lastFrame } = render(
      <StatusBar width={50} message="Copied http://127.0.0.1/a" hints="q quit" right="3/40" />,
    );
    expect(lastFrame()).toMatch(/^Copied http:\/\/127\.0\.0\.1\/a\s+3\/40$/);
  });

  it('lists every key of the keymap in the help overlay', () => {
    const { lastFrame } = render(<HelpOverlay keymap={buildKeymap()} width={90} height={40} scroll={0} />);
    for (const text of ['j ↓', 'open in browser', 'Ctrl-C', '? ']) expect(lastFrame()).toContain(text);
  });
});
