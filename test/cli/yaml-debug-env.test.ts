/**
 * The yaml package prints every token and document to stdout when LOG_TOKENS or LOG_STREAM is
 * set, and reads the environment once per token to find out. The bundle reads both as unset
 * (scripts/build.mjs): a CI variable must not corrupt a report, nor cost a lookup per token.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

describe('the environment of the yaml package', () => {
  it('LOG_TOKENS and LOG_STREAM leave the report alone', () => {
    const plain = runCli(['--format', 'json', 'examples']);
    const r = runCli(['--format', 'json', 'examples'], { env: { LOG_TOKENS: '1', LOG_STREAM: '1' } });
    expect(r.status).toBe(plain.status);
    expect(r.stdout).toBe(plain.stdout);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});
