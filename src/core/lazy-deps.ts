/**
 * Dependencies that most runs never need, loaded on first use. The bundled CLI embeds the
 * built-in policies already validated, so ajv (schema validation) and yaml (policy files) are
 * needed only for `--policies` or when running from sources. esbuild keeps a require() inside
 * a function lazy in the CommonJS bundle (the module is evaluated when the function first
 * runs), while a top-level import would be evaluated at every start; loading both costs more
 * than the rest of start-up (see BENCHMARKS.md). re2js (RE2 regular expressions) is needed only
 * by user policies that match values with a regular expression. Under vitest, require() is
 * provided too.
 */
import type * as Yaml from 'yaml';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type * as Re2Module from 're2js';
import type * as CryptoModule from 'node:crypto';

let yaml: typeof Yaml | undefined;
let ajv: typeof Ajv2020Module | undefined;
let re2: typeof Re2Module | undefined;
let crypto: typeof CryptoModule | undefined;

export function yamlLib(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (yaml ??= require('yaml') as typeof Yaml);
}

export function ajvLib(): typeof Ajv2020Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (ajv ??= require('ajv/dist/2020.js') as typeof Ajv2020Module);
}

/** RE2 semantics (linear-time matching) for the regular expressions of user policies. */
export function re2Lib(): typeof Re2Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (re2 ??= require('re2js') as typeof Re2Module);
}

/**
 * Random names for the temporary files of fix writes. Node loads its crypto module on the first
 * require, which costs 3 to 10 ms: more than anything else a one-file run loads (hashes for
 * reports come from core/sha256.ts for the same reason).
 */
export function cryptoLib(): typeof CryptoModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (crypto ??= require('node:crypto') as typeof CryptoModule);
}
