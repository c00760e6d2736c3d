import { describe, expect, it } from 'vitest';
import { normaliseUrl, resolveBase, resolveUrl } from '../../../src/core/feeds/urls.js';

describe('resolveUrl', () => {
  it('applies nested xml:base values, each relative to the one outside it', () => {
    const bases = ['https://example.com/feed.xml', 'https://site.example/a/', 'b/', '../c/'];
    expect(resolveBase(bases)).toBe('https://site.example/a/c/');
    expect(resolveUrl('post.html', bases)).toBe('https://site.example/a/c/post.html');
  });

  it('skips a malformed base and keeps absolute links as they are', () => {
    expect(resolveUrl('/x', ['https://example.com/feed', 'http://[bad'])).toBe('https://example.com/x');
    expect(resolveUrl('https://other.example/y', ['https://example.com/'])).toBe('https://other.example/y');
  });

  it('drops links that are not http(s)', () => {
    expect(resolveUrl('javascript:alert(1)', ['https://example.com/'])).toBeUndefined();
    expect(resolveUrl('mailto:a@b.c', ['https://example.com/'])).toBeUndefined();
    expect(resolveUrl('/relative', [])).toBeUndefined();
  });
});

describe('normaliseUrl', () => {
  it('lower-cases the host and drops the fragment and utm_* parameters', () => {
    expect(normaliseUrl('HTTPS://Example.COM/Path?utm_source=x&id=1&UTM_medium=y#frag')).toBe(
      'https://example.com/Path?id=1',
    );
    expect(normaliseUrl('https://example.com/p?utm_source=x')).toBe('https://example.com/p');
    expect(normaliseUrl('https://example.com/p?q=a%20b')).toBe('https://example.com/p?q=a%20b');
    expect(normaliseUrl('ftp://example.com/')).toBeUndefined();
  });
});
