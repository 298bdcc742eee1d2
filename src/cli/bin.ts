/** Process entry point of the bundled CLI (dist/cli.cjs). */
import { runCliAsync } from './main';
import { internalErrorMessage } from './internal-error';
import { isFileWorker, serveFileWork } from '../pipeline/file-workers';

const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (isFileWorker()) {
  // The same bundle serves as the worker thread that reads and parses files (`--threads`).
  serveFileWork();
} else if (major < 18 || (major === 18 && minor < 18)) {
  process.stderr.write(`sysctl-lint needs Node.js 18.18 or later (this is ${process.versions.node})\n`);
  process.exitCode = 2;
} else {
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug');
  // A reader that goes away (`sysctl-lint . | head`) is not an error of the run.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`sysctl-lint: cannot write the report: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
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
