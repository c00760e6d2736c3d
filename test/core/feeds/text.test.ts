import { describe, expect, it } from 'vitest';
import { fixMojibake } from '../../../src/core/feeds/mojibake.js';
import { decodeEntities, htmlToText } from '../../../src/core/feeds/text.js';

describe('htmlToText', () => {
  it('keeps readable text with a blank line between paragraphs, dropping scripts, styles and comments', () => {
    const html =
      '<p>Hello&nbsp;<b>world</b> &amp; you</p><script>alert(1)</script><style>p{}</style><!-- x --><p>Next&#8230;</p>';
    expect(htmlToText(html)).toBe('Hello world & you\n\nNext…');
  });

  it('leaves a lone < that is not a tag', () => {
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
  });

  it('removes terminal escape sequences', () => {
    expect(htmlToText('safe\u001b[2Jtext')).toBe('safetext');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references but not a legacy prefix without a semicolon', () => {
    expect(decodeEntities('&eacute;&#8217;&#x2019;&amp;')).toBe('é’’&');
    expect(decodeEntities('?a=1&copy=2')).toBe('?a=1&copy=2');
  });
});

describe('fixMojibake', () => {
  it('turns double-encoded UTF-8 back into the intended characters', () => {
    expect(fixMojibake('itâ€™s a CafÃ© â€“ Grupo FÃ³rmula')).toBe('it’s a Café – Grupo Fórmula');
  });

  it('leaves real accented text alone', () => {
    const text = 'São Paulo, ação, Müller, à la carte, ¿qué?, Ärger °C';
    expect(fixMojibake(text)).toBe(text);
  });
});
