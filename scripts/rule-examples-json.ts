/**
 * Prints the rule examples (first invalid case with its expected output, first valid case of
 * each policy's test folder) as JSON, for scripts/build.mjs to embed in the bundle: `explain`
 * and `--list-rules --format markdown` must work without the test folder.
 */
import { loadExamplesFromDisk } from '../src/docs/examples';

const dir = process.argv[2];
if (!dir) throw new Error('usage: rule-examples-json <test/policies dir>');
process.stdout.write(JSON.stringify(loadExamplesFromDisk(dir)));
