/**
 * Properties of --fix over generated sysctl files, cloud-init user-data, shell scripts and
 * Kubernetes manifests (commands in block scalars): fixing until nothing is left (as the CLI
 * does) ends with no fixable finding and a second run changes nothing, every line no edit touched
 * is kept byte for byte (line ends, BOM, missing final newline), and the written bytes outside the
 * edited spans are exactly the original ones.
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

/** Shell lines, for scripts and the commands of Kubernetes containers. */
const SHELL_LINES = [
  'sysctl -w net.ipv4.ip_local_port_range=1024 65535',
  'sysctl -w net.ipv4.ip_local_port_range=1024 65535 net.core.somaxconn=1024',
  "sysctl -w net.ipv4.ip_local_port_range='32768 60999'",
  'sysctl -w net.core.somaxconn=4096',
  'sysctl -w net.ipv4.tcp_tw_recycle=1',
  'echo tuned',
  '# a comment',
  '',
];

const file = fc.oneof(
  fc.record({
    kind: fc.constantFrom('conf' as const, 'cloud-init' as const),
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    indent: fc.constantFrom(2, 4, 6),
  }),
  fc.record({
    kind: fc.constantFrom('script' as const, 'manifest' as const),
    lines: fc.array(fc.constantFrom(...SHELL_LINES), { minLength: 1, maxLength: 8 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    indent: fc.constantFrom(2, 4, 6),
  }),
);

type Generated = typeof file extends fc.Arbitrary<infer T> ? T : never;

function render(g: Generated): { name: string; text: string } {
  const pad = (n: number) => (l: string) => (l ? ' '.repeat(n) + l : '');
  let name: string;
  let lines: string[];
  if (g.kind === 'cloud-init') {
    name = 'user-data';
    lines = ['#cloud-config', 'write_files:', '  - path: /etc/sysctl.d/90-x.conf', '    content: |', ...g.lines.map(pad(g.indent)), 'runcmd:', '  - sysctl --system'];
  } else if (g.kind === 'script') {
    name = 'scripts/tune.sh';
    lines = ['#!/bin/sh', 'set -e', ...g.lines];
  } else if (g.kind === 'manifest') {
    name = 'k8s/tune.yaml';
    // The command sits in a block scalar; a line that is all blank keeps the scalar going.
    const body = g.lines.some((l) => l) ? g.lines : ['echo tuned'];
    lines = ['apiVersion: apps/v1', 'kind: DaemonSet', 'metadata: {name: tune, namespace: kube-system}', 'spec:', '  template:', '    spec:', '      initContainers:', '        - name: sysctl', '          image: busybox', '          securityContext: {privileged: true}', '          command:', '            - sh', '            - -c', '            - |', ...body.map(pad(12 + g.indent)), '      containers: [{name: app, image: nginx}]'];
  } else {
    name = 'etc/sysctl.d/90-x.conf';
    lines = g.lines;
  }
  return { name, text: (g.bom ? '\ufeff' : '') + lines.join(g.eol) + (g.finalNewline ? g.eol : '') };
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

  it('writes the original bytes outside the edited spans, and the text of each edit at its span', () => {
    fc.assert(
      fc.property(file, (g) => {
        const { name, text } = render(g);
        const dir = tmpDir('sl-fixprop-');
        const target = path.join(dir, name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
        const result = lint({ paths: ['.'], cwd: dir });
        const plan = planFixes(result);
        const edits = plan.files.find((f) => f.file === name)?.edits ?? [];
        writePlan(plan, result);
        const raw = fs.readFileSync(target);
        fs.rmSync(dir, { recursive: true, force: true });
        // The byte-order mark stays exactly as it was, then the text as UTF-8.
        const bom = Buffer.from([0xef, 0xbb, 0xbf]);
        expect(raw.subarray(0, 3).equals(bom)).toBe(g.bom);
        const written = raw.subarray(g.bom ? 3 : 0).toString('utf8');
        const original = text.replace(/^\ufeff/, '');
        let delta = 0;
        let prev = 0;
        for (const e of edits) {
          expect(e.span.start).toBeGreaterThanOrEqual(prev);
          expect(written.slice(prev + delta, e.span.start + delta)).toBe(original.slice(prev, e.span.start));
          expect(written.slice(e.span.start + delta, e.span.start + delta + e.text.length)).toBe(e.text);
          delta += e.text.length - (e.span.end - e.span.start);
          prev = e.span.end;
        }
        expect(written.slice(prev + delta)).toBe(original.slice(prev));
      }),
      { numRuns: 60 },
    );
  });
});
