import { spawn } from 'node:child_process';
import process from 'node:process';
import { safeHttpUrl } from '../../core/sanitize.js';

/** The argv for $BROWSER: its first ':'-separated entry, "%s" replaced by the URL or the URL appended. */
export function browserCommand(browser: string, url: string): string[] | undefined {
  const entry = browser.split(':').find((e) => e.trim());
  if (!entry) return undefined;
  const words = entry.trim().split(/\s+/);
  return words.some((w) => w.includes('%s')) ? words.map((w) => w.replaceAll('%s', url)) : [...words, url];
}

function spawnDetached(argv: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // No shell: the URL is one argument, never parsed as shell syntax.
    const child = spawn(argv[0]!, argv.slice(1), { detached: true, stdio: 'ignore' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/**
 * Opens an http(s) URL in the browser ($BROWSER when set, else the platform's opener through `open`),
 * detached so the reader never waits for it. Returns the status-bar line.
 */
export async function openInBrowser(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const safe = safeHttpUrl(url);
  if (!safe) return 'Not opened: only http(s) links are opened';
  try {
    const argv = env.BROWSER ? browserCommand(env.BROWSER, safe) : undefined;
    if (argv) {
      await spawnDetached(argv);
    } else {
      const { default: open } = await import('open');
      const child = await open(safe, { wait: false });
      await new Promise<void>((resolve, reject) => {
        child.once('error', reject);
        setTimeout(resolve, 50);
      });
      child.unref();
    }
    return `Opened ${safe}`;
  } catch (error) {
    return `Could not open the browser: ${error instanceof Error ? error.message : String(error)}`;
  }
}
