#!/usr/bin/env node
/**
 * The floor: walks a directory and reads every file, as fast as Node can (synchronous
 * readdir with file types and readFileSync into a Buffer, no decoding; for files that are in
 * the page cache this beats the thread-pool based async API on two cores, see
 * BENCHMARKS.md). No linter can lint a tree faster than its runtime can read it.
 *
 *   node bench/floor.mjs DIR   -> prints "<files> <bytes>"
 */
import fs from 'node:fs';
import path from 'node:path';

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(abs);
    else {
      bytes += fs.readFileSync(abs).length;
      files++;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${files} ${bytes}\n`);
