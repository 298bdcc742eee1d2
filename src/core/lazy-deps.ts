/**
 * Dependencies that most runs never need, loaded on first use. The bundled CLI embeds the
 * built-in policies already validated, so ajv (schema validation) and yaml (policy files) are
 * needed only for `--policies` or when running from sources. esbuild keeps a require() inside
 * a function lazy in the CommonJS bundle (the module is evaluated when the function first
 * runs), while a top-level import would be evaluated at every start; loading both costs more
 * than the rest of start-up (see BENCHMARKS.md). Under vitest, require() is provided too.
 */
import type * as Yaml from 'yaml';
import type * as Ajv2020Module from 'ajv/dist/2020.js';

let yaml: typeof Yaml | undefined;
let ajv: typeof Ajv2020Module | undefined;

export function yamlLib(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (yaml ??= require('yaml') as typeof Yaml);
}

export function ajvLib(): typeof Ajv2020Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (ajv ??= require('ajv/dist/2020.js') as typeof Ajv2020Module);
}
