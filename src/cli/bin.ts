/** Process entry point of the bundled CLI (dist/cli.cjs). */
import { runCli } from './main';

const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 18 || (major === 18 && minor < 18)) {
  process.stderr.write(`sysctl-lint needs Node.js 18.18 or later (this is ${process.versions.node})\n`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
  } catch (e) {
    process.stderr.write(`sysctl-lint: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}
