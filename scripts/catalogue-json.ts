/**
 * Prints the validated built-in catalogue as JSON (used by the build to embed it). Exits 1
 * with every problem listed when a built-in policy or list is invalid.
 */
import { loadCatalogueFromDisk } from '../src/policy/builtin';
import { LineIndex } from '../src/core/span';

const dir = process.argv[2];
if (!dir) throw new Error('usage: catalogue-json <policies dir>');
const cat = loadCatalogueFromDisk(dir);
if (cat.problems.length) {
  for (const p of cat.problems) {
    const pos = new LineIndex(p.text).position(p.span.start);
    process.stderr.write(`${p.file}:${pos.line}:${pos.column}: ${p.message}\n`);
  }
  process.exit(1);
}
process.stdout.write(JSON.stringify({ policies: cat.policies, lists: cat.lists }));
