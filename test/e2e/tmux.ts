import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let counter = 0;

/** A private tmux server (its own socket and config) running one command in a 120x40 pane. */
export class TmuxSession {
  readonly socket = `newsink-e2e-${process.pid}-${++counter}`;
  readonly #conf: string;

  constructor(options: { clipboard?: boolean } = {}) {
    this.#conf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsink-tmux-')), 'tmux.conf');
    fs.writeFileSync(
      this.#conf,
      [
        // The pane stays after the reader exits, so tests can look at the restored screen.
        'set -g remain-on-exit on',
        `set -g set-clipboard ${options.clipboard === false ? 'off' : 'on'}`,
        'set -g history-limit 0',
        '',
      ].join('\n'),
    );
  }

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', this.#conf, ...args], { encoding: 'utf8' });
  }

  start(argv: readonly string[], env: Record<string, string>, size = { width: 120, height: 40 }): void {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const vars = Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`);
    const command = `exec env ${vars.join(' ')} ${argv.map(quote).join(' ')}`;
    this.tmux('new-session', '-d', '-x', String(size.width), '-y', String(size.height), command);
  }

  capture(): string {
    return this.tmux('capture-pane', '-p');
  }

  /** Sends keys as tmux names them ("j", "Enter", "C-c") or, with literal, as text. */
  send(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  format(fmt: string): string {
    return this.tmux('display-message', '-p', fmt).trim();
  }

  dead(): boolean {
    return this.format('#{pane_dead}') === '1';
  }

  buffer(): string | undefined {
    try {
      return this.tmux('show-buffer');
    } catch {
      return undefined;
    }
  }

  /** Polls the pane until `test` passes; fails with the last screen after the deadline. */
  async waitFor(test: (screen: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.capture();
      if (test(screen)) return screen;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`timed out waiting for ${what}; screen:\n${screen}`);
  }

  async waitForText(text: string | RegExp, timeoutMs?: number): Promise<string> {
    return this.waitFor(
      (s) => (typeof text === 'string' ? s.includes(text) : text.test(s)),
      String(text),
      timeoutMs,
    );
  }

  async waitForExit(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.dead()) return;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`the reader did not exit; screen:\n${this.capture()}`);
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
