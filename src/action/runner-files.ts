/**
 * The runner's file commands: outputs go to the file named by GITHUB_OUTPUT in the
 * heredoc form @actions/core writes (`name<<delimiter`, value, delimiter), with a random
 * delimiter that the value cannot contain.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';

function outputRecord(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: the value contains the delimiter`);
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
}

export function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): boolean {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  fs.appendFileSync(file, Object.entries(outputs).map(([k, v]) => outputRecord(k, v)).join(''), 'utf8');
  return true;
}
