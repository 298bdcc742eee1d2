/**
 * Every case of the hostile-input catalogue (hostile-cases.ts), run with the built CLI in a
 * child process: it must end within 10 s (20 s for the largest inputs the limits let through;
 * the child is killed otherwise, outside vitest's timeout), with the exit code and the finding or message the case names, under its memory
 * bound (300 MB; 1 GB for inputs of about 10 MB), without a stack trace, without any output of
 * a canary planted outside the tree or in the environment, without a workflow command, and
 * without touching anything outside the tree (the canary file is fixable: `--fix` must not
 * reach it).
 *
 * Every case runs twice: on one thread (`--threads 1`) and with a worker thread reading and
 * parsing (`--threads 2`), where the per-file limits must hold inside the worker as well.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBounded } from '../helpers/bounded-run';
import { tmpDir } from '../helpers/tmp-tree';
import { foreignCommands } from '../helpers/workflow-commands';
import { CANARY_TEXT, HOSTILE_CASES, type HostileClass } from './hostile-cases';

const classes = [...new Set(HOSTILE_CASES.map((c) => c.class))] as HostileClass[];

for (const threads of ['1', '2']) {
  for (const cls of classes) {
    describe(`${cls} (--threads ${threads})`, () => {
      for (const c of HOSTILE_CASES.filter((x) => x.class === cls)) {
        it(c.name, () => {
          const ws = tmpDir('sl-hostile-');
          const outside = tmpDir('sl-outside-');
          const canary = `net.ipv4.tcp_tw_recycle = 1\n${CANARY_TEXT} is not an assignment\n`;
          fs.writeFileSync(path.join(outside, 'canary.conf'), canary);
          const args = ['--threads', threads, ...c.setup(ws, { outside, text: CANARY_TEXT })];
          const r = runBounded(args, { cwd: ws, env: { SYSCTL_LINT_TEST_SECRET: CANARY_TEXT }, timeoutMs: c.timeMs ?? 10_000 });
          const output = r.stdout + r.stderr;
          expect(r.timedOut, `ends within ${(c.timeMs ?? 10_000) / 1000} s`).toBe(false);
          expect(c.exit, `exit code ${r.status}; stderr: ${r.stderr.slice(0, 300)}`).toContain(r.status);
          expect(r.peakMb, 'peak memory (MB)').toBeLessThan(c.memoryMb ?? 300);
          expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
          expect(output.includes(CANARY_TEXT), 'nothing from outside the tree').toBe(false);
          expect(foreignCommands(output), 'no workflow command').toEqual([]);
          expect(fs.readdirSync(outside), 'nothing written outside the tree').toEqual(['canary.conf']);
          expect(fs.readFileSync(path.join(outside, 'canary.conf'), 'utf8'), 'the canary outside the tree unchanged').toBe(canary);
          if (c.stderr) expect(r.stderr).toMatch(c.stderr);
          if (c.rule) {
            const json = JSON.parse(r.stdout) as { results: Array<{ ruleId: string }> };
            expect(json.results.map((f) => f.ruleId)).toContain(c.rule);
          }
        });
      }
    });
  }
}
