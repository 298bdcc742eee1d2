#!/usr/bin/env node
// Builds the CLI (dist/cli.cjs and the bundle it loads, dist/sysctl-lint.cjs: self-contained
// CommonJS, no runtime dependencies) that runs on Node 18.18+, and the Action (dist/action.cjs). The built-in policies are validated here and embedded as data, so the
// CLI starts without reading policy files or compiling JSON Schemas.
import { build } from 'esbuild';
import { sharedBuiltins } from './shared-builtins.mjs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds into DIR instead of dist/ (the check-dist test compares the two).
const outdirArg = process.argv.indexOf('--outdir');
const outDir = outdirArg > 0 && process.argv[outdirArg + 1] ? path.resolve(process.argv[outdirArg + 1]) : path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Makes a bundle pure ASCII. esbuild escapes every other character in strings, regular
 * expressions and identifiers, but keeps the JSDoc comments of methods as written, and one
 * dash there made the whole 2 MB source a two-byte string for V8: about 3 ms more of every
 * start (decoding, hashing and compiling twice the bytes). A `\uXXXX` escape means the same
 * character wherever esbuild leaves one, and nothing in a comment.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex -- every character outside ASCII
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'sysctl-lint-build-'));

/** Bundles a TypeScript script that runs during the build into tmp/, ready for `node`. */
async function bundleBuildScript(entry) {
  const outfile = path.join(tmp, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node18',
    outfile,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

try {
  // The operator part of schemas/policy.schema.json comes from the operator definitions. It is
  // written first: every later step (the catalogue's validation, compiled validators) reads it.
  const policySchemaScript = await bundleBuildScript('scripts/policy-schema.ts');
  execFileSync(process.execPath, [policySchemaScript, root], { stdio: 'inherit' });

  const catalogueScript = await bundleBuildScript('scripts/catalogue-json.ts');
  let catalogue;
  try {
    catalogue = execFileSync(process.execPath, [catalogueScript, path.join(root, 'policies')], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    process.stderr.write(e.stderr ?? String(e));
    process.stderr.write('build: the built-in catalogue is invalid\n');
    process.exit(1);
  }


  // --- Schema validators compiled at build time (src/core/schema-validators.ts) ------------
  // Ajv's standalone code for every schema, so that a run with a config file compiles nothing.
  // It runs after every step that writes a schema file.
  const validatorsScript = await bundleBuildScript('scripts/standalone-validators.ts');
  const standaloneValidators = execFileSync(process.execPath, [validatorsScript, root], { encoding: 'utf8', maxBuffer: 64 << 20 });
  /** Puts the generated code in place of src/core/precompiled-validators.ts, required on first use. */
  const precompiledValidators = {
    name: 'precompiled-validators',
    setup(b) {
      b.onResolve({ filter: /^sysctl-lint:standalone-validators$/ }, () => ({ path: 'standalone-validators', namespace: 'sysctl-lint' }));
      b.onLoad({ filter: /^standalone-validators$/, namespace: 'sysctl-lint' }, () => ({ contents: standaloneValidators, loader: 'js', resolveDir: root }));
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]precompiled-validators\.ts$/ }, () => ({
        contents: "export function precompiledValidators() { return require('sysctl-lint:standalone-validators'); }",
        loader: 'js',
        resolveDir: root,
      }));
    },
  };

  // The yaml package reads process.env.LOG_TOKENS and LOG_STREAM (debugging switches that print
  // every token to stdout) once per token: a lookup in the environment that was 8 % of a run on
  // cloud-init user-data, and a way for a CI variable to corrupt a JSON or SARIF report. The
  // bundle reads them as unset.
  const yamlDebugSwitches = {
    name: 'yaml-debug-switches',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, ({ path: file }) => {
        const source = readFileSync(file, 'utf8');
        const contents = source.replace(/\bnode_process\.env\.LOG_(TOKENS|STREAM)\b/g, 'false');
        if (contents === source) throw new Error(`build: ${file} no longer reads LOG_TOKENS or LOG_STREAM as expected; check yaml-debug-switches in scripts/build.mjs`);
        return { contents, loader: 'js' };
      });
    },
  };

  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    legalComments: 'none',
    logLevel: 'warning',
    // Paths in the bundle's comments are relative to this, whatever the caller's cwd.
    absWorkingDir: root,
    plugins: [precompiledValidators, yamlDebugSwitches, sharedBuiltins],
    define: {
      __SYSCTL_LINT_BUILTINS__: catalogue,
      __SYSCTL_LINT_VERSION__: JSON.stringify(pkg.version),
      'import.meta.url': '"file:///sysctl-lint/bundle"',
    },
  };
  // The CLI is two files: the bundle (dist/sysctl-lint.cjs) and the small entry users run
  // (dist/cli.cjs, src/cli/start.ts), which checks the Node.js version and loads the bundle
  // through a V8 code cache. The entry carries the bundle's hash, so a cache made from another
  // build is never used.
  const bundleFile = path.join(outDir, 'sysctl-lint.cjs');
  await build({ ...common, entryPoints: [path.join(root, 'src/cli/bin.ts')], outfile: bundleFile });
  asciiOnly(bundleFile);
  const bundleId = createHash('sha256').update(readFileSync(bundleFile)).digest('hex').slice(0, 32);
  await build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Old enough for any Node.js still in use to parse it and print the version message.
    target: 'node12',
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
    define: { __SYSCTL_LINT_BUNDLE_ID__: JSON.stringify(bundleId) },
    entryPoints: [path.join(root, 'src/cli/start.ts')],
    outfile: path.join(outDir, 'cli.cjs'),
    banner: { js: '#!/usr/bin/env node' },
  });
  // --- GitHub Action bundle: runs on the runner's own Node 24 (action.yml). ---
  await build({
    ...common,
    target: 'node24',
    entryPoints: [path.join(root, 'src/action/main.ts')],
    outfile: path.join(outDir, 'action.cjs'),
  });
  asciiOnly(path.join(outDir, 'cli.cjs'));
  asciiOnly(path.join(outDir, 'action.cjs'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
