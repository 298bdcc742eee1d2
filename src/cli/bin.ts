/**
 * Entry of the CLI bundle (dist/sysctl-lint.cjs): evaluating the bundle runs the CLI. dist/cli.cjs
 * (src/cli/start.ts) loads it through the compile cache; run directly, it works the same. Started
 * as a worker thread (`--threads`), the same bundle serves file work instead.
 */
import { runCliAsync } from './main';
import { internalErrorMessage } from './internal-error';
import { unsupportedNodeMessage } from './node-version';
import { isFileWorker, serveFileWork } from '../pipeline/file-workers';

const tooOld = unsupportedNodeMessage(process.versions.node);
if (isFileWorker()) {
  serveFileWork();
} else if (tooOld) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug');
  // A reader that goes away (`sysctl-lint . | head`) is not an error of the run.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`sysctl-lint: cannot write the report: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  // __filename is this bundle (dist/sysctl-lint.cjs, also when dist/cli.cjs loads it): the worker threads run it.
  runCliAsync({ argv, cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, workerEntry: __filename }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(internalErrorMessage(e, debug));
      process.exitCode = 2;
    },
  );
}
