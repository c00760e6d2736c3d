import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { sanitizeLine } from '../core/sanitize.js';
import { openStore } from '../core/store/store.js';
import { type DemoServer, startDemoServer } from './server.js';

export interface DemoHome {
  readonly home: string;
  readonly server: DemoServer;
  /** Stops the server and deletes the home; safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Starts the demo server and makes a throwaway home (under the system's temp folder) subscribed to
 * its feeds, with the built-in feeds switched off. The home is deleted by `dispose()`, and again when
 * the process exits: the reader exits the process on a signal, and a refresh worker still running
 * after the reader quit can write (and so re-create the folder) until then.
 */
export async function prepareDemoHome(): Promise<DemoHome> {
  const server = await startDemoServer();
  const home = await mkdtemp(path.join(os.tmpdir(), 'newsink-demo-'));
  const removeHome = () => {
    try {
      rmSync(home, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    } catch {
      // A file appeared while deleting (a late write); the exit hook deletes the rest.
    }
  };
  process.once('exit', removeHome);
  try {
    const store = openStore(home);
    const addedAt = new Date().toISOString();
    for (const feed of server.feeds) {
      store.addSubscription({
        url: feed.url,
        title: sanitizeLine(feed.title),
        tags: feed.tags.map(sanitizeLine),
        addedAt,
      });
    }
    // A demo home never gets the public built-in feeds: it must work without a network.
    store.markInitialized();
  } catch (error) {
    await server.close();
    removeHome();
    throw error;
  }
  let disposed = false;
  return {
    home,
    server,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await server.close();
      removeHome();
    },
  };
}

/**
 * `newsink --demo`: opens the reader in a throwaway home on the bundled sample site, served from
 * inside this process on 127.0.0.1. The reader's start-up refresh fetches the demo feeds from it.
 * Resolves with the reader's exit code; the home is gone afterwards.
 */
export async function runDemo(argv: readonly string[] = []): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--demo');
  if (unknown.length > 0) {
    process.stderr.write(`newsink: --demo takes no other arguments (got "${unknown.join(' ')}")\n`);
    return 2;
  }
  const { openReader } = await import('../commands/reader.js');
  const demo = await prepareDemoHome();
  try {
    return await openReader({ home: demo.home, seedDefaults: false, refresh: true });
  } finally {
    await demo.dispose();
  }
}
