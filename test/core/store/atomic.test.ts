import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/core/store/atomic.js';
import { tempHome } from '../../helpers/run-cli.js';

describe('writeFileAtomic', () => {
  it('writes and replaces a file, making its folder, and leaves no temp file behind', () => {
    const home = tempHome('newsink-atomic-');
    const file = path.join(home, 'cache', 'a.json');
    writeFileAtomic(file, '{"v":1}');
    writeFileAtomic(file, new TextEncoder().encode('{"v":2}'));
    expect(fs.readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['a.json']);
  });

  it('writes again after its folder was removed (a user clearing the cache)', () => {
    const home = tempHome('newsink-atomic-');
    const dir = path.join(home, 'cache');
    writeFileAtomic(path.join(dir, 'a.json'), 'one');
    fs.rmSync(dir, { recursive: true });
    writeFileAtomic(path.join(dir, 'b.json'), 'two');
    expect(fs.readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe('two');
  });

  it('fails, leaving the old content, when the file cannot be replaced', () => {
    const home = tempHome('newsink-atomic-');
    const file = path.join(home, 'a.json');
    writeFileAtomic(file, 'old');
    // A folder where the file should go: the rename fails, the temp file is removed.
    const blocked = path.join(home, 'blocked');
    fs.mkdirSync(path.join(blocked, 'inner'), { recursive: true });
    expect(() => writeFileAtomic(blocked, 'new')).toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(home).sort()).toEqual(['a.json', 'blocked']);
  });
});
