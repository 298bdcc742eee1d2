import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes files (relative path -> text) into a new temporary directory and returns it. */
export function tmpTree(files: Record<string, string>, prefix = 'sl-tree-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
