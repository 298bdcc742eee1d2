/**
 * `--format junit`: JUnit XML for the test tabs of Jenkins, GitLab (`artifacts: reports: junit:`)
 * and Azure Pipelines, and GitHub test-report actions. One `<testsuite>` per file (repository-
 * relative path), one `<testcase>` per finding, and one passing `<testcase>` for each linted file
 * without findings, so the count of files checked shows as passed tests.
 *
 * - error and warning findings are `<failure>`s (what fails the run by default);
 * - info findings are passing test cases with the finding in `<system-out>`: a `<skipped>`
 *   case reads as "not run" in every reporter and turns GitLab's summary yellow, while the
 *   finding was checked and does not fail the run; Jenkins ("Standard Output") and GitLab (the
 *   test case's "System output") still show the text;
 * - a path that could not be read is an `<error>` (the check did not run).
 *
 * Every input-derived text goes through `xmlText`, so the report stays well-formed and safe to
 * print to a CI log whatever the file names and messages hold; a body line that starts with a
 * path gets `./` before a name that would read as a workflow command.
 */
import type { Finding } from '../core/finding';
import { PositionResolver, type ReportContext } from './context';
import { logLineStartPath, xmlText } from './escape';
import { findSourceRoot, RepoPaths } from './repo-paths';
import { ruleLinks } from './rule-docs';

const attr = (name: string, value: string | number) => ` ${name}="${xmlText(String(value))}"`;
/**
 * Text lines of an element body, joined by the report's own line breaks. Each line starts with
 * the reporter's own words or a path made safe at a line start (`./::x` for a file named `::x`).
 */
const body = (lines: string[]) => lines.map(xmlText).join('\n');

export function reportJunit(ctx: ReportContext): string {
  const pos = new PositionResolver(ctx.result.sources);
  const paths = new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd));
  const docsUrl = ruleLinks(ctx);
  const byFile = new Map<string, Finding[]>();
  for (const f of ctx.result.findings) {
    const list = byFile.get(f.location.file);
    if (list) list.push(f);
    else byFile.set(f.location.file, [f]);
  }
  for (const input of ctx.result.inputs ?? []) if (!byFile.has(input)) byFile.set(input, []);
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of files) {
    const findings = byFile.get(file) as Finding[];
    const shown = paths.display(file);
    const cases: string[] = [];
    const names = new Map<string, number>();
    let suiteFailures = 0;
    for (const f of findings) {
      const r = pos.resolve(f.location);
      const at = `${r.start.line}:${r.start.column}`;
      let name = `${f.ruleId}${f.key !== undefined ? ` ${f.key}` : ''} at ${at}`;
      // Reporters key test cases by class and name: two findings of one rule at one place stay two.
      const n = (names.get(name) ?? 0) + 1;
      names.set(name, n);
      if (n > 1) name += ` (${n})`;
      const text = [
        `${logLineStartPath(shown)}:${at}: ${f.severity}: ${f.message} [${f.ruleId}]`,
        ...f.related.map((rel) => `note: ${paths.display(rel.location.file)}:${pos.resolve(rel.location).start.line}:${pos.resolve(rel.location).start.column} ${rel.message}`),
        ...(f.fix ? [`${f.fix.safe ? 'fix' : 'suggestion'}: ${f.fix.description}`] : []),
        ...(docsUrl(f.ruleId) ? [`Docs: ${docsUrl(f.ruleId)}`] : []),
      ];
      const open = `    <testcase${attr('classname', shown)}${attr('name', name)}${attr('file', shown)}${attr('line', r.start.line)}>`;
      if (f.severity === 'info') {
        cases.push(`${open}\n      <system-out>${body(text)}</system-out>\n    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(`${open}\n      <failure${attr('message', f.message)}${attr('type', f.severity)}>${body(text)}</failure>\n    </testcase>`);
      }
    }
    if (!findings.length) cases.push(`    <testcase${attr('classname', shown)}${attr('name', 'no findings')}${attr('file', shown)} />`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite${attr('name', shown)}${attr('tests', cases.length)}${attr('failures', suiteFailures)} errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const e of ctx.result.inputErrors) {
    const shown = paths.display(e.path);
    tests++;
    suites.push(`  <testsuite${attr('name', shown)} tests="1" failures="0" errors="1" skipped="0">\n    <testcase${attr('classname', shown)}${attr('name', 'read')}${attr('file', shown)}>\n      <error${attr('message', e.message)} type="input-error">${body([`${logLineStartPath(shown)}: ${e.message}`])}</error>\n    </testcase>\n  </testsuite>`);
  }
  const errors = ctx.result.inputErrors.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sysctl-lint"${attr('tests', tests)}${attr('failures', failures)}${attr('errors', errors)} skipped="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
