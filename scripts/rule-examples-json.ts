/**
 * Prints the rule examples (first invalid case with its expected output, first valid case of
 * each rule's test folder under test/policies and test/engine-rules) as JSON, for scripts/build.mjs to embed in the bundle: `explain`
 * and `--list-rules --format markdown` must work without the test folder.
 */
import { loadExamplesFromDisk } from '../src/rules/examples';

const dir = process.argv[2];
if (!dir) throw new Error('usage: rule-examples-json <test dir>');
process.stdout.write(JSON.stringify(loadExamplesFromDisk(dir)));
