import { closeSync, openSync, writeSync } from 'node:fs';
import process from 'node:process';
import { safeHttpUrl } from '../../core/sanitize.js';

/**
 * The OSC 52 "set clipboard" sequence for `text`, wrapped so it reaches the outer terminal:
 * inside tmux the plain sequence (tmux with set-clipboard on takes it and forwards it) plus a DCS
 * passthrough copy (for allow-passthrough setups); inside GNU screen a DCS-wrapped copy.
 */
export function osc52Sequence(text: string, env: NodeJS.ProcessEnv = process.env): string {
  const payload = Buffer.from(text, 'utf8').toString('base64');
  const osc = `\u001b]52;c;${payload}\u0007`;
  if (env.TMUX) return `${osc}\u001bPtmux;${osc.replace(/\u001b/g, '\u001b\u001b')}\u001b\\`;
  if (env.STY || env.TERM?.startsWith('screen')) return `\u001bP${osc}\u001b\\`;
  return osc;
}

/** Writes OSC 52 straight to the controlling terminal (not through Ink's output). */
function writeOsc52(text: string): string | undefined {
  const seq = osc52Sequence(text);
  try {
    const fd = openSync('/dev/tty', 'w');
    try {
      writeSync(fd, seq);
    } finally {
      closeSync(fd);
    }
    return undefined;
  } catch (error) {
    if (process.stdout.isTTY) {
      process.stdout.write(seq);
      return undefined;
    }
    return error instanceof Error ? error.message : String(error);
  }
}

async function writeWithTool(text: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const { default: clipboard } = await import('clipboardy');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the clipboard tool did not answer')), timeoutMs);
    });
    try {
      await Promise.race([clipboard.write(text), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return message || 'no clipboard tool';
  }
}

/**
 * Copies an http(s) URL with the platform's tool (clipboardy) and with OSC 52, and returns the
 * status-bar line: "Copied <url>", or why copying failed.
 */
export async function copyUrl(url: string, timeoutMs = 1500): Promise<string> {
  const safe = safeHttpUrl(url);
  if (!safe) return 'Not copied: only http(s) links are copied';
  const oscError = writeOsc52(safe);
  const toolError = await writeWithTool(safe, timeoutMs);
  if (!toolError) return `Copied ${safe}`;
  if (!oscError) return `Copied ${safe} (via the terminal, OSC 52)`;
  return `Could not copy: ${toolError}; terminal: ${oscError}`;
}
