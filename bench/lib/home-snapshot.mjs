// What a command wrote to a folder: size and mtime of every file before and after.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Map of relative path → { size, mtimeMs } for every file under `root`. */
export function snapshot(root) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const { size, mtimeMs } = statSync(full);
        files.set(path.relative(root, full), { size, mtimeMs });
      }
    }
  };
  walk(root);
  return files;
}

/** Files created or rewritten between two snapshots, with their total size, and files removed. */
export function diffSnapshots(before, after) {
  const written = [];
  for (const [file, now] of after) {
    const then = before.get(file);
    if (!then || then.mtimeMs !== now.mtimeMs || then.size !== now.size)
      written.push({ file, size: now.size });
  }
  const removed = [...before.keys()].filter((file) => !after.has(file));
  return { written, bytes: written.reduce((sum, w) => sum + w.size, 0), removed };
}
