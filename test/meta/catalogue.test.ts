/**
 * Invariants of the policy catalogue: every policy is valid, named after its file and folder,
 * tested by valid and invalid fixtures with snapshots, and the schema, the operator registry
 * and the message placeholders agree with each other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import policySchema from '../../schemas/policy.schema.json';
import { builtinCatalogue, builtinPolicyDir } from '../../src/policy/builtin';
import { PLACEHOLDERS } from '../../src/policy/message';
import { OPERATORS } from '../../src/policy/operators/index';
import { listCases } from '../helpers/run-case';

const catalogue = builtinCatalogue();
const testsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../policies');

describe('policy catalogue', () => {
  it('loads without problems', () => {
    expect(catalogue.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    expect(catalogue.policies.length).toBeGreaterThan(20);
  });

  it('supersedes only rules of the catalogue', () => {
    const ids = new Set<string>(catalogue.policies.map((p) => p.policy.id));
    const unknown = catalogue.policies.flatMap((p) => (p.policy.supersedes ?? []).filter((id) => !ids.has(id) || id === p.policy.id).map((id) => `${p.policy.id} -> ${id}`));
    expect(unknown).toEqual([]);
  });

  it('has unique ids and aliases', () => {
    const names = catalogue.policies.flatMap((p) => [p.policy.id, ...(p.policy.aliases ?? [])]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  for (const { policy, source } of catalogue.policies) {
    describe(policy.id, () => {
      it('lives in policies/<first segment of id>/<id>.yaml', () => {
        expect(source).toBe(`policies/${policy.id.split('-')[0]}/${policy.id}.yaml`);
      });
      it('has valid and invalid fixtures, each invalid one with a snapshot and no orphan snapshots', () => {
        const valid = listCases(path.join(testsDir, policy.id, 'valid'));
        const invalid = listCases(path.join(testsDir, policy.id, 'invalid'));
        expect(valid.length, 'valid cases').toBeGreaterThan(0);
        expect(invalid.length, 'invalid cases').toBeGreaterThan(0);
        for (const c of invalid) expect(fs.existsSync(c + '.snap'), `${c}.snap`).toBe(true);
        for (const kind of ['valid', 'invalid']) {
          const dir = path.join(testsDir, policy.id, kind);
          for (const n of fs.readdirSync(dir).filter((x) => x.endsWith('.snap') || x.endsWith('.args'))) {
            const input = path.join(dir, n.replace(/\.(snap|args)$/, ''));
            expect(fs.existsSync(input), `${n} has no case`).toBe(true);
            if (kind === 'valid') expect(n.endsWith('.snap'), `valid cases have no snapshot: ${n}`).toBe(false);
          }
        }
      });
      it('references use https', () => {
        for (const r of policy.references ?? []) expect(r.url).toMatch(/^https:\/\//);
      });
    });
  }

  it('schema operators match the operator registry', () => {
    const schemaOps = Object.keys((policySchema as { $defs: { assertion: { properties: object } } }).$defs.assertion.properties).sort();
    expect(schemaOps).toEqual(Object.keys(OPERATORS).sort());
  });

  it('schema documents exactly the message placeholders the engine fills', () => {
    const described = (policySchema as { properties: { message: { description: string } } }).properties.message.description;
    const names = [...described.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(names).toEqual([...PLACEHOLDERS].sort());
  });

  it('loads from the policies directory next to the sources', () => {
    expect(fs.existsSync(path.join(builtinPolicyDir(), 'lists', 'kernel-keys.yaml'))).toBe(true);
  });
});
