// Preloaded into a CLI run by bounded-run.ts (node --import): writes the process's peak
// resident memory (kB) to the file named by SYSCTL_LINT_TEST_RSS_FILE when it exits.
import fs from 'node:fs';

const file = process.env.SYSCTL_LINT_TEST_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
