/**
 * Process entry of dist/cli.cjs: checks the Node.js version first, then runs the CLI bundle
 * (dist/sysctl-lint.cjs, whose entry is src/cli/bin.ts) through the compile cache
 * (src/cli/compile-cache.ts). Kept small and free of newer syntax, so that an old Node.js can
 * parse it and print why it cannot run sysctl-lint.
 */
import path from 'path';
import { runBundle } from './compile-cache';
import { setHeapFlags } from './heap-flags';
import { unsupportedNodeMessage } from './node-version';

/** The build's hash of dist/sysctl-lint.cjs (scripts/build.mjs); a cache made from another bundle is not used. */
declare const __SYSCTL_LINT_BUNDLE_ID__: string;

const tooOld = unsupportedNodeMessage(process.versions.node);
if (tooOld) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  // Before the bundle is compiled: V8's flags are part of the code cache's check.
  setHeapFlags();
  const report = runBundle(path.join(__dirname, 'sysctl-lint.cjs'), __SYSCTL_LINT_BUNDLE_ID__, module);
  // What the cache did, for tests and for anyone wondering whether it works; never printed otherwise.
  if (process.env.SYSCTL_LINT_DEBUG_COMPILE_CACHE) {
    process.once('exit', () => {
      process.stderr.write(`sysctl-lint: compile cache: ${report.state}${report.written ? `, ${report.written}` : ''}${report.location ? ` (${report.location})` : ''}\n`);
    });
  }
}
