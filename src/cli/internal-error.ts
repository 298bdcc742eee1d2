/**
 * What an internal error prints: one line that says what failed, and the stack trace only when
 * asked for (`--debug`, or the runner's debug logging for the Action). Every known bad input is
 * reported as a finding or a message; this is for the unknown rest.
 */
import { logText } from '../reporters/escape';

export function internalErrorMessage(e: unknown, debug: boolean): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const first = `sysctl-lint: internal error: ${logText(err.message.split('\n')[0] ?? '')}`;
  if (debug) return `${first}\n${logText(err.stack ?? '').replace(/\\n/g, '\n')}\n`;
  return `${first} (run with --debug for the stack trace, and please report it)\n`;
}
