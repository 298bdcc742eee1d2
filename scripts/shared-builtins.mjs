/**
 * An esbuild plugin for the bundles: `import fs from 'node:fs'` (and `node:path`) in the sources
 * become the module object Node's require returns, shared by every importer.
 *
 * Without it, esbuild's CommonJS output wraps the built-in once per importing module
 * (`__toESM(require("node:fs"), 1)`: a new object with a getter for each of the module's 104 or
 * 17 properties). The sources import fs and path by default import in about 60 modules, all
 * evaluated at start-up: 3.5 to 7 ms of CPU on every run, more than the rest of the bundle's
 * top level. A default import of a built-in is its `module.exports` in Node's own ESM loader
 * too, so the sources mean the same thing either way.
 */
const SHARED = /^node:(fs|path)$/;

export const sharedBuiltins = {
  name: 'shared-builtins',
  setup(b) {
    b.onResolve({ filter: SHARED }, (args) => {
      // Only ESM imports of the project's own sources; packages keep their own require calls.
      if (args.kind !== 'import-statement' || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'shared-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'shared-builtin' }, (args) => ({
      // A named import would find no export here and fail the build: nothing can silently change.
      contents: `export default require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
