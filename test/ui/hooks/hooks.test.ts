import { describe, expect, it } from 'vitest';
import { browserCommand, openInBrowser } from '../../../src/ui/hooks/browser.js';
import { copyUrl, osc52Sequence } from '../../../src/ui/hooks/clipboard.js';

const b64 = Buffer.from('http://127.0.0.1/a').toString('base64');

describe('OSC 52', () => {
  it('is sent plain outside multiplexers', () => {
    expect(osc52Sequence('http://127.0.0.1/a', {})).toBe(`\u001b]52;c;${b64}\u0007`);
  });

  it('is sent plain and as a tmux passthrough inside tmux', () => {
    const seq = osc52Sequence('http://127.0.0.1/a', { TMUX: '/tmp/tmux-0/default,1,0' });
    expect(seq).toBe(`\u001b]52;c;${b64}\u0007\u001bPtmux;\u001b\u001b]52;c;${b64}\u0007\u001b\\`);
  });

  it('is wrapped in DCS inside GNU screen', () => {
    expect(osc52Sequence('http://127.0.0.1/a', { STY: '1.pts-0', TERM: 'screen' })).toBe(
      `\u001bP\u001b]52;c;${b64}\u0007\u001b\\`,
    );
  });

  it('refuses anything but http(s)', async () => {
    expect(await copyUrl('javascript:alert(1)')).toMatch(/only http\(s\)/);
  });
});

describe('browser', () => {
  it('honours $BROWSER with and without %s, first entry only', () => {
    expect(browserCommand('firefox --new-tab:lynx', 'http://127.0.0.1/')).toEqual([
      'firefox',
      '--new-tab',
      'http://127.0.0.1/',
    ]);
    expect(browserCommand('w3m %s', 'http://127.0.0.1/')).toEqual(['w3m', 'http://127.0.0.1/']);
  });

  it('never opens non-http links and reports a browser that cannot start', async () => {
    expect(await openInBrowser('file:///etc/passwd', {})).toMatch(/only http\(s\)/);
    expect(await openInBrowser('http://127.0.0.1/', { BROWSER: '/nonexistent/browser' })).toMatch(
      /Could not open the browser/,
    );
  });
});
