import { render } from 'ink';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/core/store/store.js';
import { App } from '../../src/ui/app.js';
import { buildKeymap } from '../../src/ui/keymap.js';
import { initialState } from '../../src/ui/state/initial.js';
import { tempHome } from '../helpers/run-cli.js';
import { library } from './fixtures.js';
import { Keyboard, Terminal } from './terminal.js';

describe('the reader mounting on a terminal resized since its first state', () => {
  it('lays out for the terminal it finds, not the size it was started for', async () => {
    // The first state (and the painted first frame) were made at 120x40; the window became 60x20
    // before the reader mounted, so no resize event will come.
    const terminal = new Terminal(60, 20);
    const instance = render(
      <App
        store={openStore(tempHome())}
        keymap={buildKeymap()}
        initial={initialState(library(30), 120, 40)}
        refreshOnStart={false}
      />,
      {
        stdout: terminal as unknown as NodeJS.WriteStream,
        stdin: new Keyboard() as unknown as NodeJS.ReadStream,
        debug: true,
        patchConsole: false,
        exitOnCtrlC: false,
      },
    );
    await new Promise((r) => setTimeout(r, 50));
    const frame = terminal.frames.at(-1)!;
    instance.unmount();
    const lines = frame.split('\n');
    expect(lines).toHaveLength(19);
    expect(frame).not.toContain('│'); // one pane under 80 columns
    expect(lines.at(-1)).toMatch(/1\/30$/);
  });
});
