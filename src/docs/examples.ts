/**
 * Rule examples come from the policies' own test fixtures, so every example in `explain`,
 * `--list-rules --format markdown` and docs/rules.md is a case the test suite runs:
 * test/policies/<id>/invalid/<first case> with its expected output (<case>.snap), and the
 * first valid case. The bundled CLI has no test folder: scripts/build.mjs embeds the table
 * (scripts/rule-examples-json.ts), and a test checks the embedded examples against what the
 * linter reports on those cases now.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExampleFile {
  /** Path relative to the policy's test folder (`invalid/tree/etc/sysctl.d/10-a.conf`). */
  path: string;
  /** File content; absent for a symbolic link. */
  text?: string;
  /** Target of a symbolic link (`/dev/null`). */
  link?: string;
}

export interface ExampleCase {
  /** The case as named in the test folder: `invalid/foo.sysctl.conf`, `valid/tree`. */
  name: string;
  /** Extra flags from `<case>.args` (`--root` means the case is linted as a root filesystem). */
  args: string[];
  files: ExampleFile[];
  /** The expected report (<case>.snap): only this rule's findings, with code frames. */
  output?: string;
}

export interface RuleExamples {
  invalid?: ExampleCase;
  valid?: ExampleCase;
}

export type ExampleTable = Record<string, RuleExamples>;

declare const __SYSCTL_LINT_EXAMPLES__: ExampleTable | undefined;

/** Case inputs in a folder, sorted: files and directories, minus snapshots and sidecars. */
export function listCaseNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => !n.endsWith('.snap') && !n.endsWith('.args'))
    .sort();
}

function readCaseFiles(abs: string, rel: string): ExampleFile[] {
  const st = fs.lstatSync(abs);
  if (st.isSymbolicLink()) return [{ path: rel, link: fs.readlinkSync(abs) }];
  if (st.isDirectory()) {
    return fs
      .readdirSync(abs)
      .sort()
      .flatMap((n) => readCaseFiles(path.join(abs, n), `${rel}/${n}`));
  }
  return [{ path: rel, text: fs.readFileSync(abs, 'utf8') }];
}

function readCase(policyDir: string, kind: 'valid' | 'invalid'): ExampleCase | undefined {
  const first = listCaseNames(path.join(policyDir, kind))[0];
  if (!first) return undefined;
  const abs = path.join(policyDir, kind, first);
  const argsFile = `${abs}.args`;
  const snapFile = `${abs}.snap`;
  return {
    name: `${kind}/${first}`,
    args: fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [],
    files: readCaseFiles(abs, `${kind}/${first}`),
    ...(fs.existsSync(snapFile) ? { output: fs.readFileSync(snapFile, 'utf8') } : {}),
  };
}

/** Reads the examples of every policy folder under test/policies. */
export function loadExamplesFromDisk(testsDir: string): ExampleTable {
  const table: ExampleTable = {};
  if (!fs.existsSync(testsDir)) return table;
  for (const id of fs.readdirSync(testsDir).sort()) {
    const dir = path.join(testsDir, id);
    if (!fs.statSync(dir).isDirectory()) continue;
    const invalid = readCase(dir, 'invalid');
    const valid = readCase(dir, 'valid');
    if (invalid || valid) table[id] = { ...(invalid ? { invalid } : {}), ...(valid ? { valid } : {}) };
  }
  return table;
}

export function policyTestsDir(): string {
  return fileURLToPath(new URL('../../test/policies/', import.meta.url));
}

let cached: ExampleTable | undefined;

/** Embedded in the bundle; read from test/policies when running from sources. */
export function ruleExamples(): ExampleTable {
  if (cached) return cached;
  cached = typeof __SYSCTL_LINT_EXAMPLES__ !== 'undefined' ? __SYSCTL_LINT_EXAMPLES__ : loadExamplesFromDisk(policyTestsDir());
  return cached;
}

/** The command line that reproduces a case's output (run from the policy's test folder). */
export function exampleCommand(c: ExampleCase): string {
  const root = c.args.includes('--root');
  const flags = c.args.filter((a) => a !== '--root');
  return ['sysctl-lint', '--code-frame', ...flags, ...(root ? ['--root', c.name] : [c.name])].join(' ');
}
