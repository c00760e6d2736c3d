// Prints the reader's key table as Markdown, generated from src/ui/keymap.ts (for the README).
//   node scripts/keys-table.mjs

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/ui/keymap.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { keyTableMarkdown } = await import(url);
process.stdout.write(`${keyTableMarkdown()}\n`);
