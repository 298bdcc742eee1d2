/**
 * One folder per engine rule (`sysctl-lint/<name>` -> test/engine-rules/<name>/), like the
 * policy folders: valid cases produce no finding of the rule, invalid cases at least one and
 * match <case>.snap (only that rule's findings, code frames). `explain` shows the first cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_RULES } from '../../src/rules/registry';
import { listCases } from '../helpers/run-case';
import { runEngineCase } from '../helpers/run-engine-case';

const here = path.dirname(new URL(import.meta.url).pathname);
const folders = fs.readdirSync(here).filter((n) => fs.statSync(path.join(here, n)).isDirectory());

for (const name of folders) {
  const ruleId = `sysctl-lint/${name}`;
  const dir = path.join(here, name);
  describe(ruleId, () => {
    for (const c of listCases(path.join(dir, 'valid'))) {
      it(`valid/${path.basename(c)}`, () => {
        const { result, text } = runEngineCase(c, dir, ruleId);
        expect(result.problems).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === ruleId), text).toEqual([]);
      });
    }
    for (const c of listCases(path.join(dir, 'invalid'))) {
      it(`invalid/${path.basename(c)}`, async () => {
        const { result, text } = runEngineCase(c, dir, ruleId);
        expect(result.problems).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === ruleId).length, 'expected at least one finding').toBeGreaterThan(0);
        await expect(text).toMatchFileSnapshot(c.replace(/\/$/, '') + '.snap');
      });
    }
  });
}

it('every engine-rule folder names a documented engine rule', () => {
  const ids = new Set<string>(ENGINE_RULES.map((d) => d.id));
  expect(folders.map((f) => `sysctl-lint/${f}`).filter((id) => !ids.has(id))).toEqual([]);
});
