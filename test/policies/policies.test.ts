/**
 * One folder per policy: test/policies/<id>/valid/* must produce no finding of that policy,
 * test/policies/<id>/invalid/* must produce at least one and match <case>.snap (the text
 * report with code frames). Only the policy under test is enabled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../src/policy/builtin';
import { listCases, runCase } from '../helpers/run-case';

const here = path.dirname(new URL(import.meta.url).pathname);
const catalogue = builtinCatalogue();

for (const { policy } of catalogue.policies) {
  const dir = path.join(here, policy.id);
  describe(policy.id, () => {
    for (const c of listCases(path.join(dir, 'valid'))) {
      it(`valid/${path.basename(c)}`, () => {
        const { result, text } = runCase(c, dir, policy.id);
        expect(result.problems).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === policy.id), text).toEqual([]);
      });
    }
    for (const c of listCases(path.join(dir, 'invalid'))) {
      it(`invalid/${path.basename(c)}`, async () => {
        const { result, text } = runCase(c, dir, policy.id);
        expect(result.problems).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === policy.id).length, 'expected at least one finding').toBeGreaterThan(0);
        await expect(text).toMatchFileSnapshot(c.replace(/\/$/, '') + '.snap');
      });
    }
  });
}

it('every policy folder belongs to a policy', () => {
  const ids = new Set<string>(catalogue.policies.map((p) => p.policy.id));
  const folders = fs.readdirSync(here).filter((n) => fs.statSync(path.join(here, n)).isDirectory());
  expect(folders.filter((f) => !ids.has(f))).toEqual([]);
});
