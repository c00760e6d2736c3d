import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { buildKeymap, commandFor, hintsFor, keyTableMarkdown } from '../../src/ui/keymap.js';
import { keyNames } from '../../src/ui/keys.js';

const noKey = {} as Key;

describe('keymap', () => {
  it('quits with q at the top level but goes back with q in an article', () => {
    const km = buildKeymap();
    expect(commandFor(km, 'headlines', 'q')).toBe('quit');
    expect(commandFor(km, 'article', 'q')).toBe('back');
    expect(commandFor(km, 'headlines', 'n')).toBe('nextUnread');
    expect(commandFor(km, 'article', 'n')).toBe('nextArticle');
  });

  it('lets settings override the keys of a command', () => {
    const km = buildKeymap({ down: ['x'], bogus: ['z'] });
    expect(commandFor(km, 'headlines', 'x')).toBe('down');
    expect(commandFor(km, 'headlines', 'j')).toBeUndefined();
    expect(keyTableMarkdown(km)).toContain('| x | move down / scroll |');
  });

  it('generates status-bar hints per view', () => {
    expect(hintsFor(buildKeymap(), 'article')).toContain('c copy');
    expect(hintsFor(buildKeymap(), 'headlines')).toContain('q quit');
  });
});

describe('keyNames', () => {
  it('splits a burst into single keys', () => {
    expect(keyNames('jjjj', noKey)).toEqual(['j', 'j', 'j', 'j']);
    expect(keyNames('j k', noKey)).toEqual(['j', 'space', 'k']);
  });

  it('names special keys', () => {
    expect(keyNames('', { ...noKey, downArrow: true })).toEqual(['down']);
    expect(keyNames('c', { ...noKey, ctrl: true })).toEqual(['ctrl+c']);
    expect(keyNames('', { ...noKey, delete: true })).toEqual(['backspace']);
  });
});
