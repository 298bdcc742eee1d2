/**
 * Rule examples come from the rules' own test fixtures, so every example in `explain`,
 * `--list-rules --format markdown` and docs/rules.md is a case the test suite runs:
 * test/policies/<id>/invalid/<first case> (test/engine-rules/<name>/... for the engine's
 * `sysctl-lint/<name>` rules) with its expected output (<case>.snap), and the first valid case.
 * scripts/rule-examples.mjs copies them into src/rules/examples.json (npm run docs:rules), so
 * the build reads no test folder; test/rules/docs.test.ts runs each example and checks its
 * output against what the linter reports now.
 */
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

/** The test folder of a rule, relative to the project: where its example cases come from. */
export function ruleTestFolder(id: string): string {
  return id.startsWith('sysctl-lint/') ? `test/engine-rules/${id.slice('sysctl-lint/'.length)}` : `test/policies/${id}`;
}

/** Every rule's examples (src/rules/examples.json, written by scripts/rule-examples.mjs). */
export function ruleExamples(): ExampleTable {
  // Required on first use: a lint run never shows examples, so it does not build the table.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./examples.json') as ExampleTable;
}

/** The command line that reproduces a case's output (run from the policy's test folder). */
export function exampleCommand(c: ExampleCase): string {
  const root = c.args.includes('--root');
  const flags = c.args.filter((a) => a !== '--root');
  return ['sysctl-lint', '--code-frame', ...flags, ...(root ? ['--root', c.name] : [c.name])].join(' ');
}
