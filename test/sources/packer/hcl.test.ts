/**
 * The HCL reader: the constructs Packer templates use, with the file position of every
 * character of a string; anything else skipped without losing the blocks around it; never a
 * throw, and linear in the input.
 */
import { describe, expect, it } from 'vitest';
import { attribute, parseHcl, type HclString } from '../../../src/sources/packer/hcl';

function str(text: string, block: number, name: string): HclString {
  const b = parseHcl(text).body.blocks[block];
  const v = b && attribute(b.body, name)?.value;
  if (!v || v.kind !== 'string') throw new Error(`no string ${name}`);
  return v;
}

const at = (text: string, s: HclString, from: number, to: number) => {
  const sp = s.map({ start: from, end: to });
  return text.slice(sp.start, sp.end);
};

describe('HCL reader', () => {
  it('blocks with labels, attributes, nested blocks, comments, in file order', () => {
    const text = [
      '# comment',
      'variable "dir" { default = "scripts" }',
      '// another',
      'build {',
      '  /* block',
      '     comment */',
      '  sources = ["source.amazon-ebs.a", "source.amazon-ebs.b"]',
      '  provisioner "file" { source = "a" destination = "/tmp/a" }',
      '  provisioner "shell" {',
      '    inline = ["echo 1"]',
      '    only   = var.x ? ["a"] : []',
      '  }',
      '  post-processor "manifest" {}',
      '}',
    ].join('\n');
    const f = parseHcl(text);
    expect(f.body.blocks.map((b) => [b.type, ...b.labels.map((l) => l.value)])).toEqual([['variable', 'dir'], ['build']]);
    const build = f.body.blocks[1]!;
    expect(build.body.blocks.map((b) => `${b.type} ${b.labels[0]?.value}`)).toEqual(['provisioner file', 'provisioner shell', 'post-processor manifest']);
    expect(attribute(build.body.blocks[1]!.body, 'only')?.value.kind).toBe('other');
    expect(attribute(build.body, 'sources')?.value.kind).toBe('tuple');
  });

  it('escapes map to their source characters; $${ and %%{ are literal; ${ } is kept and marked', () => {
    const text = 'p {\n  s = "a\\"b\\\\c\\n $${HOME} %%{x} ${var.y} \\u00e9"\n}\n';
    const s = str(text, 0, 's');
    expect(s.text).toBe('a"b\\c\n ${HOME} %{x} ${var.y} é');
    expect(at(text, s, 1, 2)).toBe('\\"');
    expect(at(text, s, s.text.indexOf('${HOME}'), s.text.indexOf('${HOME}') + 2)).toBe('$${');
    expect(s.templates.map((t) => s.text.slice(t.start, t.end))).toEqual(['${var.y}']);
    expect(at(text, s, s.text.length - 1, s.text.length)).toBe('\\u00e9');
  });

  it('heredocs: <<EOF keeps indentation, <<-EOF removes the common indentation, positions exact', () => {
    const text = 'p {\n  a = <<EOF\n  x = 1\nEOF\n  b = <<-EOT\n      one\n        two\n    EOT\n}\n';
    const a = str(text, 0, 'a');
    expect(a.text).toBe('  x = 1\n');
    const b = str(text, 0, 'b');
    expect(b.text).toBe('one\n  two\n');
    expect(at(text, b, 6, 9)).toBe('two');
    expect(text.slice(b.map({ start: 0, end: 3 }).start).startsWith('one')).toBe(true);
  });

  it('objects and expressions with operators are read or skipped without losing what follows', () => {
    const text = 'b {\n  tags = { Name = "x", "k": "v" }\n  n = 1 + length(["a", "}"])\n  m = {\n    a = 1\n  }\n  last = "ok"\n}\n';
    const f = parseHcl(text);
    expect(f.errors).toEqual([]);
    expect(str(text, 0, 'last').text).toBe('ok');
  });

  it('never throws and stays linear on hostile input', () => {
    const pieces = ['{', '}', '[', ']', '"', '\\', '${', '%{', '<<EOF\n', '<<-', '#', '/*', '*/', '=', ',', '\n', 'a', ' b "c" ', '(', ')'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let t = '';
      for (let i = 0; i < 60; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += pieces[seed % pieces.length];
      }
      expect(() => parseHcl(t)).not.toThrow();
    }
    const deep = 'a = ' + '['.repeat(20000) + ']'.repeat(20000) + '\nb { c = "d" }\n';
    const t0 = performance.now();
    const f = parseHcl(deep);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(f.body.blocks.map((b) => b.type)).toEqual(['b']);
    expect(() => parseHcl('x {'.repeat(5000))).not.toThrow();
  });
});
