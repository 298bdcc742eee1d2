/**
 * The one Ajv setup of sysctl-lint: the JSON Schemas of schemas/ (the config file, policies,
 * key lists) as validate functions, with the same options everywhere.
 *
 * Compiling a schema with Ajv costs more than the rest of a small run (about 60 ms for the
 * config schema: code generation and the meta-schema check). The bundle therefore carries the
 * validators as standalone code generated at build time (scripts/build.mjs, Ajv's `standalone`
 * module, from these options and the same schema files): a run that loads a valid config file
 * compiles nothing and never loads Ajv. Runs from the TypeScript sources (tests) compile on
 * first use; both produce the same errors, because both are Ajv's code for the same schema.
 */
import type { ValidateFunction } from 'ajv';
import { ajvLib } from './lazy-deps';
import { precompiledValidators } from './precompiled-validators';

export type SchemaName = 'config' | 'policy' | 'list';

/** The schema files, relative to the project root (the build reads the same files). */
export const SCHEMA_FILES: Record<SchemaName, string> = {
  config: 'schemas/config.schema.json',
  policy: 'schemas/policy.schema.json',
  list: 'schemas/list.schema.json',
};

/** Ajv's options: every error (they are all reported), strict schemas, `type: [a, b]` allowed. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

const validators: Partial<Record<SchemaName, ValidateFunction>> = {};
let ajv: InstanceType<ReturnType<typeof ajvLib>['Ajv2020']> | undefined;

function compileAtRunTime(name: SchemaName): ValidateFunction {
  // Required only here: the schemas, like Ajv, are needed only when nothing was precompiled.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const schemas: Record<SchemaName, () => object> = {
    config: () => require('../../schemas/config.schema.json') as object,
    policy: () => require('../../schemas/policy.schema.json') as object,
    list: () => require('../../schemas/list.schema.json') as object,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  ajv ??= new (ajvLib().Ajv2020)(AJV_OPTIONS);
  return ajv.compile(schemas[name]());
}

export function schemaValidator(name: SchemaName): ValidateFunction {
  let v = validators[name];
  if (!v) {
    v = precompiledValidators()?.[name] ?? compileAtRunTime(name);
    validators[name] = v;
  }
  return v;
}
