/**
 * Shell that the shell would reject (an unclosed quote, `$(` or here-document): none of its
 * commands run. Raised by the sources that analyse commands (cloud-init steps, scripts,
 * provisioners) from the issues the shell reader reports.
 */
import { defineEngineRule } from '../../core/engine-rule';
import { ANALYSIS_LIMIT } from '../../core/limits';

export const SHELL_SYNTAX = defineEngineRule({
  id: 'sysctl-lint/shell-syntax',
  title: 'Commands are complete shell',
  severity: 'warning',
  appliesTo: 'commands: cloud-init steps and script parts, shell scripts, Packer shell provisioners, Ansible shell and command tasks, container commands',
  rationale: 'An unclosed quote, command substitution or here-document makes the shell reject the whole script, so none of its commands (sysctl writes included) run.',
  fix: 'Close the quote, `$(` or here-document (its delimiter alone on a line).',
});

/** The rule of an issue the shell reader reports: a limit it stopped at is not a syntax error. */
export function shellIssueRule(code: string): typeof SHELL_SYNTAX.id | typeof ANALYSIS_LIMIT.id {
  return code === 'too-deep' || code === 'too-large' ? ANALYSIS_LIMIT.id : SHELL_SYNTAX.id;
}
