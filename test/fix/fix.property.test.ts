/**
 * Properties of --fix over generated sysctl files and cloud-init user-data: fixing until nothing
 * is left (as the CLI does) ends with no fixable finding and a second run changes nothing, and
 * every line no edit touched is kept byte for byte (line ends, BOM, missing final newline).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIX_PASSES, planFixes, writePlan } from '../../src/cli/commands/fix';
import { lint } from '../../src/lint';
import { tmpDir } from '../helpers/tmp-tree';

const LINES = [
  'net.core.somaxconn = 4096',
  'net.ipv4.tcp_tw_recycle = 1',
  'net.ipv4.tcp_tw_recycle=0',
  'vm.swappiness = 10 # keep low',
  'kernel.pid_max = "65536"',
  "fs.file-max = '1000000'",
  'vm.dirty_ratio = 20',
  'sysctl -w net.ipv4.ip_forward=1',
  '-net.ipv4.conf.all.rp_filter = 1',
  '# a comment',
  '; another',
  '',
  '   vm.overcommit_memory = 1',
  'net.ipv4.ip_local_port_range = 1024 65535',
];

const file = fc.record({
  lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  cloudInit: fc.boolean(),
  indent: fc.constantFrom(2, 4, 6),
});

type Generated = typeof file extends fc.Arbitrary<infer T> ? T : never;

function render(g: Generated): { name: string; text: string } {
  if (g.cloudInit) {
    const pad = ' '.repeat(g.indent);
    const body = g.lines.map((l) => (l ? pad + l : '')).join(g.eol);
    const text = ['#cloud-config', 'write_files:', '  - path: /etc/sysctl.d/90-x.conf', '    content: |', body, 'runcmd:', '  - sysctl --system'].join(g.eol);
    return { name: 'user-data', text: (g.bom ? '\ufeff' : '') + text + (g.finalNewline ? g.eol : '') };
  }
  return { name: 'etc/sysctl.d/90-x.conf', text: (g.bom ? '\ufeff' : '') + g.lines.join(g.eol) + (g.finalNewline ? g.eol : '') };
}

const splitKeepingEnds = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Runs the CLI's loop in process: fix, lint again, until a pass writes nothing. */
function fixUntilDone(dir: string): number {
  let passes = 0;
  for (; passes < MAX_FIX_PASSES; passes++) {
    const result = lint({ paths: ['.'], cwd: dir });
    if (!writePlan(planFixes(result), result).files) break;
  }
  return passes;
}

describe('--fix properties', () => {
  it('ends with no fixable finding, and a second run changes nothing', () => {
    fc.assert(
      fc.property(file, (g) => {
        const { name, text } = render(g);
        const dir = tmpDir('sl-fixprop-');
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
        const passes = fixUntilDone(dir);
        expect(passes).toBeLessThan(MAX_FIX_PASSES);
        const after = lint({ paths: ['.'], cwd: dir });
        expect(after.findings.filter((f) => f.fix?.safe).map((f) => f.ruleId)).toEqual([]);
        expect(planFixes(after).files.filter((f) => f.after !== f.before)).toEqual([]);
        const fixed = fs.readFileSync(path.join(dir, name), 'utf8');
        expect(fixed.startsWith('\ufeff')).toBe(g.bom);
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every line that no edit touches, byte for byte and in order', () => {
    fc.assert(
      fc.property(file, (g) => {
        const { name, text } = render(g);
        const dir = tmpDir('sl-fixprop-');
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
        const result = lint({ paths: ['.'], cwd: dir });
        const plan = planFixes(result).files.find((f) => f.file === name);
        fs.rmSync(dir, { recursive: true, force: true });
        if (!plan) return;
        const body = text.replace(/^\ufeff/, '');
        expect(plan.before).toBe(body);
        const spans = result.findings.filter((f) => f.fix?.safe).flatMap((f) => f.fix?.edits ?? []);
        let offset = 0;
        const untouched: string[] = [];
        for (const line of splitKeepingEnds(body)) {
          const start = offset;
          offset += line.length;
          if (!spans.some((s) => s.span.start < offset && s.span.end >= start)) untouched.push(line);
        }
        // A subsequence: every untouched line, in order, with its own line end.
        let at = 0;
        const out = splitKeepingEnds(plan.after);
        for (const line of untouched) {
          while (at < out.length && out[at] !== line) at++;
          expect(at, JSON.stringify({ line, after: plan.after })).toBeLessThan(out.length);
          at++;
        }
        // No line end is cut in half.
        expect(plan.after.replace(/\r\n/g, '').includes('\r')).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
