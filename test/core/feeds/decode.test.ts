import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes } from '../../../src/core/feeds/decode.js';

const xml = (encoding: string | undefined, body: string): string =>
  `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>\n<rss version="2.0"><channel><title>${body}</title></channel></rss>`;

function encoded(text: string, charset: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, charset));
}

describe('decodeBytes', () => {
  it('reads windows-1252 euro signs and curly quotes that TextDecoder gets wrong', () => {
    const text = xml('windows-1252', '€5 for “quotes” and ’apostrophes’');
    const out = decodeBytes(encoded(text, 'windows-1252'), { kind: 'xml' });
    expect(out.text).toContain('€5 for “quotes” and ’apostrophes’');
    expect(out.charset).toBe('windows-1252');
  });

  it('reads ISO-8859-1 declared feeds with the windows-1252 superset, as browsers do', () => {
    const out = decodeBytes(encoded(xml('ISO-8859-1', 'Café “x”'), 'windows-1252'), { kind: 'xml' });
    expect(out.text).toContain('Café “x”');
  });

  it.each([
    ['KOI8-R', 'koi8-r', 'Привет, мир'],
    ['Shift_JIS', 'shift_jis', 'こんにちは世界'],
    ['EUC-JP', 'euc-jp', 'こんにちは世界'],
    ['GB2312', 'gb18030', '你好，世界'],
    ['GB18030', 'gb18030', '你好，世界'],
    ['Big5', 'big5', '你好，世界'],
    ['EUC-KR', 'euc-kr', '안녕하세요 세계'],
    ['windows-1251', 'windows-1251', 'Привет, мир'],
    ['ISO-8859-7', 'iso-8859-7', 'Καλημέρα κόσμε'],
    ['windows-1255', 'windows-1255', 'שלום עולם'],
  ])('reads a feed declared as %s', (declared, codec, title) => {
    const out = decodeBytes(encoded(xml(declared, title), codec), { kind: 'xml' });
    expect(out.text).toContain(`<title>${title}</title>`);
    expect(out.text).not.toContain('\uFFFD');
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ])('reads %s (BOM: %s) and strips the BOM', (codec, bom) => {
    const text = xml('UTF-16', 'Grüße 世界');
    const body = encoded(text, codec);
    const mark = codec === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const bytes = bom ? new Uint8Array([...mark, ...body]) : body;
    const out = decodeBytes(bytes, { kind: 'xml' });
    expect(out.text.startsWith('<?xml')).toBe(true);
    expect(out.text).toContain('<title>Grüße 世界</title>');
    expect(out.charset).toBe(codec);
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(xml('utf-8', 'é'))]);
    expect(decodeBytes(bytes, { kind: 'xml' }).text.startsWith('<?xml')).toBe(true);
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const bytes = encoded(xml('ISO-8859-1', 'Привет'), 'windows-1251');
    const out = decodeBytes(bytes, { kind: 'xml', contentType: 'application/rss+xml; charset=windows-1251' });
    expect(out.text).toContain('<title>Привет</title>');
    expect(out.charset).toBe('windows-1251');
  });

  it('trusts valid multi-byte UTF-8 over a declaration that says otherwise', () => {
    const bytes = new Uint8Array(Buffer.from(xml('ISO-8859-1', 'Nachman’s grave – ©'), 'utf8'));
    expect(decodeBytes(bytes, { kind: 'xml' }).text).toContain('Nachman’s grave – ©');
  });

  it('reads 8-bit bytes in a feed declared us-ascii instead of dropping them', () => {
    const out = decodeBytes(encoded(xml('us-ascii', 'Zürich'), 'windows-1252'), { kind: 'xml' });
    expect(out.text).toContain('Zürich');
  });

  it('reads stray Latin-1 bytes in otherwise UTF-8 text without U+FFFD', () => {
    const bytes = new Uint8Array([...Buffer.from(xml('utf-8', 'Ѩ and Espa')), 0xf1, ...Buffer.from('a')]);
    const out = decodeBytes(bytes, { kind: 'xml' });
    expect(out.text).not.toContain('\uFFFD');
  });

  it('rewrites the XML declaration so a parser of the string is not misled', () => {
    const out = decodeBytes(encoded(xml('KOI8-R', 'Привет'), 'koi8-r'), { kind: 'xml' });
    expect(out.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  });

  it('reads the charset of an HTML meta tag', () => {
    const html = '<html><head><meta charset="windows-1251"><title>Привет</title></head></html>';
    expect(decodeBytes(encoded(html, 'windows-1251'), { kind: 'html' }).text).toContain('Привет');
    const old =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>Мир</html>';
    expect(decodeBytes(encoded(old, 'koi8-r'), { kind: 'html' }).text).toContain('Мир');
  });

  it('guesses an undeclared legacy charset with a detector', () => {
    const text = `<rss><channel><title>${'Привет, как дела? Это новости дня. '.repeat(8)}</title></channel></rss>`;
    expect(decodeBytes(encoded(text, 'windows-1251'), { kind: 'xml' }).text).toContain('Привет, как дела?');
  });
});

describe('decodeBytes on comment-heavy pages', () => {
  it('decodes a page of many comments and no XML declaration in linear time (it once hung newsink read)', () => {
    const page = `<!doctype html>${'<!-- ad slot --><div>x</div><!-- end -->\n'.repeat(2000)}<p>Body</p>`;
    const start = performance.now();
    expect(decodeBytes(new TextEncoder().encode(page), { kind: 'html' }).text).toContain('<p>Body</p>');
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('still rewrites a declaration that follows leading comments, dashes inside them included', () => {
    const xml = '<!-- a - b -- c ---><?xml version="1.0" encoding="koi8-r"?><rss/>';
    expect(
      decodeBytes(new TextEncoder().encode(xml), { kind: 'xml', contentType: 'text/xml; charset=utf-8' })
        .text,
    ).toContain('encoding="UTF-8"');
  });
});

describe('charsetFromContentType', () => {
  it('reads quoted, spaced and missing charset parameters', () => {
    expect(charsetFromContentType("application/atom+xml; charset='gb2312'")).toBe('gb2312');
    expect(charsetFromContentType('text/xml;charset = us-ascii')).toBe('us-ascii');
    expect(charsetFromContentType('text/xml; charset="UTF-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/xml;')).toBeUndefined();
    expect(charsetFromContentType(undefined)).toBeUndefined();
  });
});
