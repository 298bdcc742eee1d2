/**
 * Temporary files of tests never outlive them. Each test file runs with a TMPDIR of its own,
 * which must be empty once the file's tests are done (its afterAll fails otherwise); the
 * directories of test/helpers/tmp-tree.ts are removed after each test (or after the file, for
 * those made while collecting tests). Caches meant to outlive the run (the client binaries of
 * test/helpers/clients.ts) stay in the machine's temporary directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { tmpLifecycle } from '../helpers/tmp-tree';

const machineTmp = os.tmpdir();
process.env.SYSCTL_LINT_TEST_CACHE ??= path.join(machineTmp, 'sysctl-lint-test-cache');
const fileTmp = fs.realpathSync(fs.mkdtempSync(path.join(machineTmp, 'sysctl-lint-test-')));
process.env.TMPDIR = fileTmp;

beforeEach(() => tmpLifecycle.testStarts());
// Removing a client's cache (pre-commit's node environments) takes seconds on a busy machine.
afterEach(() => tmpLifecycle.testEnds(), 120_000);
afterAll(() => {
  tmpLifecycle.fileEnds();
  const left = fs.readdirSync(fileTmp);
  fs.rmSync(fileTmp, { recursive: true, force: true, maxRetries: 3 });
  process.env.TMPDIR = machineTmp;
  if (left.length) throw new Error(`temporary files left behind: ${left.sort().join(', ')} (use tmpDir() or tmpTree() from test/helpers/tmp-tree.ts, removed after each test)`);
}, 120_000);
