/** Entry point of the GitHub Action (dist/action.cjs, `runs.using: node24` in action.yml). */
import { runAction } from './run';
import { annotationCommand } from '../reporters/workflow-commands';
import { internalErrorMessage } from '../cli/internal-error';

try {
  process.exitCode = runAction({ env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
} catch (e) {
  // The stack only with the runner's debug logging (re-run with debug logging, RUNNER_DEBUG=1).
  const message = internalErrorMessage(e, process.env.RUNNER_DEBUG === '1').replace(/^sysctl-lint: /, '').trimEnd();
  process.stdout.write(annotationCommand('error', message, { title: 'sysctl-lint failed' }) + '\n');
  process.exitCode = 2;
}
