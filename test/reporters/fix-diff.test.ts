/**
 * The --fix-dry-run diff, built from the edits: for generated texts (LF and CRLF lines, with or
 * without a final newline) and edits (removed lines, replaced words, insertions), GNU patch turns
 * the original into exactly the fixed text.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FixEdit } from '../../src/core/fix';
import { applyEdits, chooseFixes } from '../../src/fix/apply';
import { unifiedDiff } from '../../src/reporters/fix-diff';
import { tmpDir } from '../helpers/tmp-tree';

const text = fc
  .record({
    lines: fc.array(fc.constantFrom('a = 1', 'b = 2', 'net.x = 3 # c', '', '  indented = 4', 'z'), { minLength: 0, maxLength: 30 }),
    eol: fc.constantFrom('\n', '\r\n'),
    final: fc.boolean(),
  })
  .map(({ lines, eol, final }) => lines.join(eol) + (final && lines.length ? eol : ''));

const edits = (t: string) =>
  fc.array(
    fc.record({ at: fc.nat(Math.max(0, t.length)), len: fc.nat(12), text: fc.constantFrom('', 'x', 'new = 5', '"q"') }).map(({ at, len, text: ins }): FixEdit => {
      const start = Math.min(at, t.length);
      let end = Math.min(t.length, start + len);
      // Never cut a CRLF pair (fixes never do).
      if (t[end - 1] === '\r' && t[end] === '\n') end++;
      const s = t[start - 1] === '\r' && t[start] === '\n' ? start - 1 : start;
      return { file: 'f', span: { start: s, end: Math.max(s, end) }, text: ins };
    }),
    { maxLength: 6 },
  );

describe('unifiedDiff', () => {
  it('patch applies it and gets the fixed text', () => {
    const dir = tmpDir('sl-diff-');
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), edits(t))),
        ([before, raw]) => {
          const chosen = chooseFixes(raw.map((e) => ({ edits: [e] }))).edits;
          const after = applyEdits(before, chosen);
          const diff = unifiedDiff('f.conf', before, chosen);
          if (after === before) {
            expect(diff).toBe('');
            return;
          }
          fs.writeFileSync(path.join(dir, 'f.conf'), before);
          fs.writeFileSync(path.join(dir, 'p.diff'), diff);
          const r = spawnSync('patch', ['-s', '-p1', '-d', dir, '-i', path.join(dir, 'p.diff')], { encoding: 'utf8' });
          expect(r.status, `${r.stdout}${r.stderr}\n${diff}`).toBe(0);
          expect(fs.readFileSync(path.join(dir, 'f.conf'), 'utf8')).toBe(after);
        },
      ),
      { numRuns: 400 },
    );
  });
});
