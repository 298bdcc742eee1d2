/**
 * Rule examples come from the rules' own test fixtures, so every example in `explain`,
 * `--list-rules --format markdown` and docs/rules.md is a case the test suite runs:
 * test/policies/<id>/invalid/<first case> (test/engine-rules/<name>/... for the engine's
 * `sysctl-lint/<name>` rules) with its expected output (<case>.snap), and the
 * first valid case (first in name order, passing over cases with a byte-order mark or CR line
 * ends, which cannot be shown as they are). The bundled CLI has no test folder: scripts/build.mjs embeds the table
 * (scripts/rule-examples-json.ts), and a test checks the embedded examples against what the
 * linter reports on those cases now.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ExampleFile {
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
function listCaseNames(dir: string): string[] {
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

/** A byte-order mark or CR line ends cannot be shown faithfully in a terminal or in Markdown. */
function displayable(files: ExampleFile[]): boolean {
  return files.every((f) => f.text === undefined || !/[\r\ufeff]/.test(f.text));
}

/** The first case in name order, passing over cases a reader could not see as they are. */
function readCase(policyDir: string, kind: 'valid' | 'invalid'): ExampleCase | undefined {
  const names = listCaseNames(path.join(policyDir, kind));
  const cases = names.map((n) => ({ n, files: readCaseFiles(path.join(policyDir, kind, n), `${kind}/${n}`) }));
  const pick = cases.find((c) => displayable(c.files)) ?? cases[0];
  if (!pick) return undefined;
  const first = pick.n;
  const abs = path.join(policyDir, kind, first);
  const argsFile = `${abs}.args`;
  const snapFile = `${abs}.snap`;
  return {
    name: `${kind}/${first}`,
    args: fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [],
    files: pick.files,
    ...(fs.existsSync(snapFile) ? { output: fs.readFileSync(snapFile, 'utf8') } : {}),
  };
}

/** Engine rules (`sysctl-lint/<name>`) keep their cases in test/engine-rules/<name>/. */
const ENGINE_RULE_PREFIX = 'sysctl-lint/';

function loadFolder(casesDir: string, prefix: string, table: ExampleTable): void {
  if (!fs.existsSync(casesDir)) return;
  for (const name of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    const invalid = readCase(dir, 'invalid');
    const valid = readCase(dir, 'valid');
    if (invalid || valid) table[prefix + name] = { ...(invalid ? { invalid } : {}), ...(valid ? { valid } : {}) };
  }
}

/** Reads the examples of every rule folder under <test>/policies and <test>/engine-rules. */
export function loadExamplesFromDisk(testDir: string): ExampleTable {
  const table: ExampleTable = {};
  loadFolder(path.join(testDir, 'policies'), '', table);
  loadFolder(path.join(testDir, 'engine-rules'), ENGINE_RULE_PREFIX, table);
  return table;
}

export function testDir(): string {
  return fileURLToPath(new URL('../../test/', import.meta.url));
}

/** The test folder of a rule, relative to the project: where its example cases live. */
export function ruleTestFolder(id: string): string {
  return id.startsWith(ENGINE_RULE_PREFIX) ? `test/engine-rules/${id.slice(ENGINE_RULE_PREFIX.length)}` : `test/policies/${id}`;
}

let cached: ExampleTable | undefined;

/** Embedded in the bundle; read from test/policies when running from sources. */
export function ruleExamples(): ExampleTable {
  if (cached) return cached;
  cached = typeof __SYSCTL_LINT_EXAMPLES__ !== 'undefined' ? __SYSCTL_LINT_EXAMPLES__ : loadExamplesFromDisk(testDir());
  return cached;
}

/** The command line that reproduces a case's output (run from the policy's test folder). */
export function exampleCommand(c: ExampleCase): string {
  const root = c.args.includes('--root');
  const flags = c.args.filter((a) => a !== '--root');
  return ['sysctl-lint', '--code-frame', ...flags, ...(root ? ['--root', c.name] : [c.name])].join(' ');
}
