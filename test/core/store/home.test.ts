import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveHome } from '../../../src/core/store/home.js';
import { tempHome } from '../../helpers/run-cli.js';

describe('resolveHome', () => {
  const saved = process.env.XDG_CONFIG_HOME;
  afterEach(() => {
    if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
    else process.env.XDG_CONFIG_HOME = saved;
  });

  it('is $NEWSINK_HOME when set', () => {
    expect(resolveHome({ NEWSINK_HOME: 'some/where' })).toBe(path.resolve('some/where'));
  });

  it("is conf's own default folder for newsink otherwise (XDG_CONFIG_HOME honoured)", () => {
    const xdg = tempHome('newsink-xdg-');
    process.env.XDG_CONFIG_HOME = xdg;
    const conf = new Conf({ projectName: 'newsink', projectSuffix: '', configName: 'config' });
    expect(resolveHome({})).toBe(path.dirname(conf.path));
    expect(resolveHome({})).toBe(path.join(xdg, 'newsink'));
  });
});
