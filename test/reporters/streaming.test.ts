/**
 * Text, JSON and SARIF reports are written piece by piece (src/reporters/sink.ts). The pieces
 * must join to exactly the document one JSON.stringify of the whole would give, and the CLI must
 * really write them as they come rather than gather the report first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/reporters/escape';
import { BufferedSink, collectReport, nestedJson, writeJsonArray } from '../../src/reporters/sink';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';
import { runCliAsync } from '../../src/cli/main';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = ['', 'net.ipv4.tcp_tw_recycle', 'line\nbreak', 'quote " and \\ backslash', '\u2028 separator', '##[group]', 'tab\there', '::error::x', 'ünïcödé 🙂'];

function randomValue(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 4 : 7));
  switch (pick) {
    case 0:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 1:
      return Math.floor(next() * 1e6) - 5e5;
    case 2:
      return next() < 0.5;
    case 3:
      return null;
    case 4:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 4); i > 0; i--) o[STRINGS[Math.floor(next() * STRINGS.length)] ?? 'k'] = randomValue(next, depth + 1);
      return o;
    }
  }
}

describe('writing a JSON array element by element', () => {
  it('gives the text JSON.stringify gives for the whole document, at every depth (seeded)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = rng(seed);
      const items = Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, 0));
      // The array as the value of a key nested `depth` levels deep.
      for (let depth = 0; depth <= 3; depth++) {
        let doc: unknown = { items };
        for (let d = 0; d < depth; d++) doc = { wrap: doc };
        const whole = jsonText(JSON.stringify(doc, null, 2));
        const chunks: string[] = [];
        const write = (c: string) => chunks.push(c);
        for (let d = 0; d < depth; d++) write(`${d ? ',' : ''}{\n${'  '.repeat(d + 1)}"wrap": `.slice(d ? 1 : 0));
        write(`{\n${'  '.repeat(depth + 1)}"items": `);
        writeJsonArray(write, items, depth + 1, (x) => x, jsonText);
        for (let d = depth; d >= 0; d--) write(`\n${'  '.repeat(d)}}`);
        expect(chunks.join(''), `seed ${seed}, depth ${depth}`).toBe(whole);
      }
    }
  });

  it('indents a nested value as the serializer would', () => {
    expect(nestedJson({ a: [1, { b: 'x\ny' }], c: {} }, 2)).toBe('    {\n      "a": [\n        1,\n        {\n          "b": "x\\ny"\n        }\n      ],\n      "c": {}\n    }');
    expect(nestedJson([], 1)).toBe('  []');
  });
});

describe('BufferedSink', () => {
  it('joins pieces into writes of about 64 KiB, in order, and writes nothing for nothing', () => {
    const writes: string[] = [];
    const sink = new BufferedSink((t) => writes.push(t));
    sink.end();
    sink.write('');
    expect(writes).toEqual([]);
    const piece = 'x'.repeat(1000) + '\n';
    for (let i = 0; i < 200; i++) sink.write(piece);
    sink.end();
    expect(writes.join('')).toBe(piece.repeat(200));
    expect(writes.length).toBe(4);
    for (const w of writes.slice(0, -1)) expect(w.length).toBeGreaterThanOrEqual(64 * 1024);
    for (const w of writes) expect(w.length).toBeLessThan(64 * 1024 + piece.length);
    expect(collectReport((n: number, write) => write(String(n)), 7)).toBe('7');
  });
});

/** Many findings in a few files, a suppressed one and a fixable one: a report of several hundred KiB. */
function largeTree(): string {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  for (let f = 0; f < 40; f++) {
    const lines = ['# sysctl-lint disable-next-line sysctl-tw-recycle-removed -- tested on a 4.9 kernel', 'net.ipv4.tcp_tw_recycle = 1'];
    for (let i = 0; i < 30; i++) lines.push(`net.ipv4.tcp_tw_recycle = ${i % 2}`, 'net.ipv4.ip_local_port_range = 1024 65535', 'kernel.unknown_knob_' + i + ' = \u2028##[x]');
    files[`images/n${f}/etc/sysctl.d/60-tuning.conf`] = lines.join('\n') + '\n';
  }
  return tmpTree(files);
}

describe('the CLI writes text, JSON and SARIF as they are rendered', () => {
  const dir = largeTree();

  for (const format of ['json', 'sarif']) {
    it(`--format ${format}: the pieces join to the document one JSON.stringify gives`, () => {
      const r = runCli(['--format', format, '--kernel', '5.15', 'images'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout.length).toBeGreaterThan(128 * 1024);
      expect(r.stdout).toBe(jsonText(JSON.stringify(JSON.parse(r.stdout), null, 2)) + '\n');
    });
  }

  it('--format json with a baseline: the baselined results and counts are in the same document', () => {
    const base = path.join(dir, 'baseline.json');
    expect(runCli(['--kernel', '5.15', '--write-baseline', base, 'images/n0', 'images/n1'], { cwd: dir }).status).toBe(0);
    const r = runCli(['--format', 'json', '--kernel', '5.15', '--baseline', base, 'images'], { cwd: dir });
    const doc = JSON.parse(r.stdout) as { baselined: number; baselinedResults: unknown[]; staleBaselineEntries: number };
    expect(doc.baselined).toBeGreaterThan(0);
    expect(doc.baselinedResults).toHaveLength(doc.baselined);
    expect(Object.keys(doc)).toEqual(['version', 'results', 'suppressed', 'suppressedResults', 'baselined', 'baselinedResults', 'staleBaselineEntries']);
    expect(r.stdout).toBe(jsonText(JSON.stringify(doc, null, 2)) + '\n');
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`--format ${format}: several writes of about 64 KiB to stdout, the same bytes as --output-file`, async () => {
      const writes: string[] = [];
      const status = await runCliAsync({
        argv: ['--format', format, '--kernel', '5.15', 'images'],
        cwd: dir,
        env: {},
        stdout: { write: (s: string) => writes.push(s) },
        stderr: { write: () => true },
      });
      expect(status).toBe(1);
      // No write holds most of the report (SARIF's first piece, the rule metadata, is about 200 KiB).
      const total = writes.join('').length;
      expect(writes.length).toBeGreaterThan(3);
      expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(total / 2);
      const out = path.join(dir, `report.${format}`);
      expect(runCli(['--format', format, '--kernel', '5.15', '--output-file', out, 'images'], { cwd: dir }).stdout).toBe('');
      expect(fs.readFileSync(out, 'utf8')).toBe(writes.join(''));
    });
  }
});
