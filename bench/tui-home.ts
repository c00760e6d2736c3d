import { htmlToText } from '../src/core/feeds/text.js';
// Writes a generated home for bench/tui.mjs through the store API: `feeds` feeds, `total` articles.
// Bundled with esbuild by the bench, so it uses the real store code.
import { openStore } from '../src/core/store/store.js';
import type { Article } from '../src/core/types.js';

const WORDS =
  'market climate election rain court space vaccine budget harbour festival energy rail river school bank storm satellite museum ferry harvest'.split(
    ' ',
  );

function title(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length];
  const cjk = i % 17 === 0 ? ' 東京の天気 ' : ' ';
  return `${w(1)} ${w(2)}${cjk}report ${i}: ${w(3)} and ${w(4)} in the ${w(5)} sector`;
}

export function generateHome(home: string, total: number, feeds: number, feedBase: string): void {
  const store = openStore(home);
  const now = Date.now();
  const per = Math.ceil(total / feeds);
  for (let f = 0; f < feeds; f++) {
    const url = `${feedBase}/feed/${f}.xml`;
    store.addSubscription({
      url,
      title: `Bench feed ${f}`,
      tags: [f % 2 ? 'odd' : 'even'],
      addedAt: new Date(now).toISOString(),
    });
    const articles: Article[] = [];
    for (let k = 0; k < per && f * per + k < total; k++) {
      const i = f * per + k;
      const when = new Date(now - i * 37_000).toISOString();
      articles.push({
        id: `b${i.toString(36)}`,
        feed: url,
        title: title(i),
        url: `${feedBase}/story/${i}`,
        author: 'Bench Writer',
        published: when,
        firstSeen: when,
        summary: `<p>Summary of story ${i}: ${WORDS.join(' ')}.</p>`,
        enclosures: [],
      });
    }
    store.saveArticles(url, articles, htmlToText);
  }
  store.markInitialized();
}

const [home, total, feeds, base] = process.argv.slice(2);
if (home) generateHome(home, Number(total ?? 1000), Number(feeds ?? 10), base ?? 'http://127.0.0.1:9');
