/** Entry point of the GitHub Action (dist/action.cjs, `runs.using: node24` in action.yml). */
import { runAction } from './run';
import { annotationCommand } from '../reporters/workflow-commands';

try {
  process.exitCode = runAction({ env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
} catch (e) {
  process.stdout.write(annotationCommand('error', `internal error: ${(e as Error).stack ?? String(e)}`, { title: 'sysctl-lint failed' }) + '\n');
  process.exitCode = 2;
}
