/** Entry point of the GitHub Action (dist/action.cjs, `runs.using: node24` in action.yml). */
import { setHeapFlags } from '../cli/heap-flags';
import { runActionAsync } from './run';
import { annotationCommand } from '../reporters/workflow-commands';
import { internalErrorMessage } from '../cli/internal-error';
import { isFileWorker, serveFileWork } from '../cli/main';

function failed(e: unknown): void {
  // The stack only with the runner's debug logging (re-run with debug logging, RUNNER_DEBUG=1).
  const message = internalErrorMessage(e, process.env.RUNNER_DEBUG === '1').replace(/^sysctl-lint: /, '').trimEnd();
  process.stdout.write(annotationCommand('error', message, { title: 'sysctl-lint failed' }) + '\n');
  process.exitCode = 2;
}

if (isFileWorker()) {
  // The same bundle serves as the worker thread that reads and parses files (`--threads`).
  serveFileWork();
} else {
  // Process-wide: the worker threads started later get them too.
  setHeapFlags();
  try {
    runActionAsync({ env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }, __filename).then((code) => {
      process.exitCode = code;
    }, failed);
  } catch (e) {
    failed(e);
  }
}
