/**
 * Temporary directories for tests. Every one is removed by test/setup/remove-temp-dirs.ts: a
 * directory made while a test runs right after that test, one made while a file's tests are
 * collected (shared by several tests) after the file. Each test file runs in a TMPDIR of its
 * own that must be empty at the end, so a directory made any other way fails the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const perTest: string[] = [];
const perFile: string[] = [];
let inTest = false;

/** A new empty temporary directory, real path (macOS and some CI machines link /tmp). */
export function tmpDir(prefix = 'sl-tmp-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  (inTest ? perTest : perFile).push(dir);
  return dir;
}

/** Writes files (relative path -> text) into a new temporary directory and returns it. */
export function tmpTree(files: Record<string, string>, prefix = 'sl-tree-'): string {
  const dir = tmpDir(prefix);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function removeAll(dirs: string[]): void {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true, maxRetries: 3 });
}

/** Hooks for test/setup/remove-temp-dirs.ts. */
export const tmpLifecycle = {
  testStarts(): void {
    inTest = true;
  },
  testEnds(): void {
    inTest = false;
    removeAll(perTest);
  },
  fileEnds(): void {
    removeAll(perTest);
    removeAll(perFile);
  },
};
