/**
 * The key index (src/policy/key-index.ts) and the characters a violation's values need
 * (src/policy/required-chars.ts) skip lines a setting rule cannot flag. They must not
 * change a finding: every node of every policy fixture and example is judged both with the
 * index and by full evaluation of every selected line, and the findings must be identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { listCases, runCase } from '../helpers/run-case';
import type * as Evaluate from '../../src/policy/evaluate';

/** Per judged node: what full evaluation found, and what the index let through. */
const compared: Array<{ node: string; full: Finding[]; indexed: Finding[] }> = [];

vi.mock('../../src/policy/evaluate', async (importOriginal) => {
  const real = await importOriginal<typeof Evaluate>();
  return {
    ...real,
    evaluateNode: (...[node, policies, opts, emit]: Parameters<typeof real.evaluateNode>) => {
      const full: Finding[] = [];
      real.evaluateNode(node, policies, { ...opts, fullScan: true }, (f) => full.push(structuredClone(f)));
      // Copies as emitted: later stages complete a finding in place (its fix).
      const indexed: Finding[] = [];
      real.evaluateNode(node, policies, opts, (f) => {
        indexed.push(structuredClone(f));
        emit(f);
      });
      compared.push({ node: node.label, full, indexed });
    },
  };
});

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const policyDir = path.join(root, 'test/policies');

function policyCases(): string[] {
  return fs
    .readdirSync(policyDir)
    .filter((n) => fs.statSync(path.join(policyDir, n)).isDirectory())
    .flatMap((id) => [...listCases(path.join(policyDir, id, 'valid')), ...listCases(path.join(policyDir, id, 'invalid'))]);
}

describe('the key index', () => {
  it('gives every policy fixture and example the findings of full evaluation', () => {
    const cases = [...policyCases(), ...listCases(path.join(root, 'examples'))];
    expect(cases.length).toBeGreaterThan(100);
    let findings = 0;
    let nodes = 0;
    for (const c of cases) {
      compared.length = 0;
      runCase(c, path.dirname(c));
      nodes += compared.length;
      for (const { node, full, indexed } of compared) {
        expect(indexed, `${c}: ${node}`).toEqual(full);
        findings += full.length;
      }
    }
    // The comparison means something only when the fixtures produce nodes and findings.
    expect(nodes).toBeGreaterThan(100);
    expect(findings).toBeGreaterThan(200);
  });
});
