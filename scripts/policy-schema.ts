/**
 * Writes the operator part of schemas/policy.schema.json from the operator definitions
 * (src/policy/operators/schema.ts). The build runs it first, before anything validates with or
 * compiles the schema; test/meta/policy-schema.test.ts fails when the committed file differs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { withOperatorSchema } from '../src/policy/operators/schema';

const root = process.argv[2] ?? '.';
const file = path.join(root, 'schemas/policy.schema.json');
const text = fs.readFileSync(file, 'utf8');
const generated = withOperatorSchema(text);
if (generated !== text) {
  fs.writeFileSync(file, generated);
  process.stderr.write('build: wrote the operator part of schemas/policy.schema.json\n');
}
