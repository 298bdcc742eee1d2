/**
 * The bundle validates with Ajv code generated at build time (src/core/schema-validators.ts):
 * a run with a valid config file compiles nothing, and an invalid config or policy is reported
 * with the same messages as the sources report them (where Ajv compiles the schema on first use).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigText } from '../../src/config/load';
import { LineIndex } from '../../src/core/span';
import { runCli } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp-tree';

const DROP_IN = 'net.core.somaxconn = 4096\n';

function repoWithConfig(config: string): string {
  const dir = tmpDir('sl-validators-');
  fs.mkdirSync(path.join(dir, 'etc/sysctl.d'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'etc/sysctl.d/60-tuning.conf'), DROP_IN);
  fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), config);
  return dir;
}

/** A preload that counts code compiled through the Function constructor (how Ajv compiles). */
function functionCounter(dir: string): string {
  const file = path.join(dir, 'count-functions.cjs');
  fs.writeFileSync(
    file,
    [
      'let n = 0;',
      'const F = globalThis.Function;',
      'globalThis.Function = new Proxy(F, { construct(t, a) { n++; return Reflect.construct(t, a); }, apply(t, s, a) { n++; return Reflect.apply(t, s, a); } });',
      "process.on('exit', () => process.stderr.write(`compiled functions: ${n}\\n`));",
    ].join('\n'),
  );
  return file;
}

const INVALID_CONFIGS = [
  'context:\n  kernal: 5.15\n',
  'context:\n  kernel: five\n',
  'context:\n  nodePortRange: "30000"\n',
  'rules:\n  tcp-timestamps-disabled: maybe\n',
  'overrides:\n  - files: []\n    rules: {}\n',
  'nodes:\n  - name: "-bad"\n    files: ["a/**"]\n',
  'ignore: 3\n',
  'unknownTop: true\n',
];

describe('validators compiled at build time', () => {
  it('a run with a valid config file compiles no code', () => {
    const dir = repoWithConfig('context:\n  kernel: 5.15\n  nodeRole: kubernetes\nrules:\n  tcp-timestamps-disabled: off\n');
    const r = runCli(['etc/sysctl.d/60-tuning.conf'], { cwd: dir, env: { NODE_OPTIONS: `--require ${functionCounter(dir)}` } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('compiled functions: 0');
  });

  it.each(INVALID_CONFIGS)('an invalid config is reported as the sources report it: %j', (config) => {
    const dir = repoWithConfig(config);
    const r = runCli(['etc/sysctl.d/60-tuning.conf'], { cwd: dir });
    expect(r.status).toBe(2);
    const { problems } = loadConfigText(config, path.join(dir, '.sysctl-lint.yaml'), '.sysctl-lint.yaml');
    expect(problems.length).toBeGreaterThan(0);
    const lines = new LineIndex(config);
    for (const p of problems) {
      const pos = lines.position(p.span.start);
      expect(r.stderr).toContain(`.sysctl-lint.yaml:${pos.line}:${pos.column}: ${p.message}`);
    }
  });
});
