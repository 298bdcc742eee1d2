/**
 * Prints the standalone validator module of the bundle (see src/core/schema-validators.ts): Ajv
 * compiles every schema of schemas/ with the options the sources use, and its standalone module
 * writes the compiled functions out as CommonJS code. Run by scripts/build.mjs, after any step
 * that generates a schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS, SCHEMA_FILES, type SchemaName } from '../src/core/schema-validators';

const root = process.argv[2] ?? '.';
const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } });
const refs: Partial<Record<SchemaName, string>> = {};
for (const [name, file] of Object.entries(SCHEMA_FILES) as Array<[SchemaName, string]>) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as { $id: string };
  ajv.addSchema(schema);
  refs[name] = schema.$id;
}
process.stdout.write(standaloneCode(ajv, refs as Record<string, string>));
