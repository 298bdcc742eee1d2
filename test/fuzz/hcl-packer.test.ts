/**
 * The HCL reader (parseHcl) and the Packer source: generated templates with blocks, labels,
 * strings with escapes and `${ }` / `%{ }` templates, heredocs, tuples and objects nested
 * deeply, comments of the three kinds; JSON templates too.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { parseHcl, type HclBody, type HclValue } from '../../src/sources/packer/hcl';
import { packerHandler } from '../../src/sources/packer/handler';
import { anyText, cleanSysctlLines, deepNesting, plainKey, withNoise } from './arbitraries';
import { assertAt, assertInside, atShellWord, fuzzIt } from './fuzz';
import { assignmentsOf, checkExtraction } from './extraction';

const ident = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/);
const strPiece = fc.oneof(fc.stringMatching(/^[a-z0-9 .=_/-]{0,12}$/), fc.constantFrom('\\"', '\\\\', '\\n', '\\t', '\\u00e9', '${var.x}', '%{ if x }y%{ endif }', '$${literal}', '%%{literal}', "'", '#'));
const hclString = fc.array(strPiece, { maxLength: 5 }).map((p) => `"${p.join('')}"`);
const sysctlCommand = fc.tuple(plainKey, fc.constantFrom('0', '1')).map(([k, v]) => `"sudo sysctl -w ${k}=${v}"`);

const heredoc = fc.tuple(cleanSysctlLines, fc.constantFrom('<<EOF', '<<-EOF'), fc.boolean()).map(([lines, op, pad]) => `${op}\n${lines.map((l) => (pad ? `    ${l}` : l)).join('\n')}\n${pad ? '  ' : ''}EOF\n`);

const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    hclString,
    sysctlCommand,
    fc.constantFrom('true', '42', 'var.region', 'null', 'local.x[0]', 'upper("a")', 'x ? "a" : "b"', '[for s in var.l : upper(s)]'),
    heredoc,
    fc.array(tie('e'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc.array(fc.tuple(ident, tie('e')), { maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k} = ${v}`).join('\n')} }`),
  ),
})).e;

const body: fc.Arbitrary<string> = fc.letrec<{ body: string }>((tie) => ({
  body: fc.array(
    fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      fc.tuple(ident, expression).map(([k, v]) => `${k} = ${v}`),
      fc.tuple(ident, fc.array(hclString, { maxLength: 2 }), tie('body')).map(([t, labels, b]) => `${t} ${labels.join(' ')} {\n${b}\n}`),
      fc.constantFrom('# comment', '// comment', '/* block\n comment */'),
      fc.tuple(fc.array(sysctlCommand, { maxLength: 4 }), heredoc).map(([cmds, h]) => `provisioner "shell" {\n  inline = [${cmds.join(', ')}]\n}\nprovisioner "shell" {\n  inline = [${h.trimEnd()}]\n}`),
    ),
    { maxLength: 5 },
  ).map((items) => items.join('\n')),
})).body;

// Every template ends with one provisioner that writes a sysctl, so each of the few runs this
// slow property gets reaches the key check (the random body may hold none).
const template = fc
  .tuple(body, fc.array(sysctlCommand, { minLength: 1, maxLength: 3 }))
  .map(([b, cmds]) => `source "amazon-ebs" "w" {\n  region = "eu-west-1"\n}\nbuild {\n  sources = ["source.amazon-ebs.w"]\n${b}\n  provisioner "shell" {\n    inline = [${cmds.join(', ')}]\n  }\n}\n`);

function isJson(t: string): boolean {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

function* valuesOf(v: HclValue): Generator<HclValue> {
  yield v;
  if (v.kind === 'tuple') for (const i of v.items) yield* valuesOf(i);
  if (v.kind === 'object') for (const p of v.pairs) yield* valuesOf(p.value);
}

/** Names, labels and keys at their bytes; string values' words at their bytes (or at the escape that wrote them). */
function checkBody(text: string, b: HclBody): void {
  for (const a of b.attributes) {
    assertAt(text, a.nameSpan, a.name, 'attribute name');
    for (const v of valuesOf(a.value)) {
      assertInside(v.span, text.length, `${v.kind} value`);
      if (v.kind === 'object') for (const p of v.pairs) assertInside(p.keySpan, text.length, 'object key');
      if (v.kind !== 'string') continue;
      for (const t of v.templates) assertInside(v.map(t), text.length, 'template');
      for (const m of v.text.matchAll(/[A-Za-z0-9_]+/g)) {
        const at = v.map({ start: m.index, end: m.index + m[0].length });
        assertInside(at, text.length, 'string word');
        const got = text.slice(at.start, at.end);
        if (got !== m[0] && !got.includes('\\')) throw new Error(`string word ${m[0]} at ${JSON.stringify(got)}`);
      }
    }
  }
  for (const k of b.blocks) {
    assertAt(text, k.typeSpan, k.type, 'block type');
    assertInside(k.span, text.length, 'block');
    for (const l of k.labels) assertInside(l.span, text.length, 'label');
    checkBody(text, k.body);
  }
}

function checkHcl(text: string): void {
  const f = parseHcl(text);
  for (const e of f.errors) assertInside(e.span, text.length, 'error');
  checkBody(text, f.body);
}

describe('fuzz: HCL reader and Packer templates', () => {
  fuzzIt('generated HCL: names, labels and string words at their bytes', template, checkHcl, { scale: 0.2 });

  fuzzIt('generated HCL with hostile fragments: never throws, positions inside', withNoise(template), checkHcl, { scale: 0.2 });

  fuzzIt('any text: never throws, positions inside', anyText, checkHcl);

  fuzzIt('the same bytes twice: the same tree', template, (t) => {
    const snap = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'function' ? undefined : v));
    if (snap(parseHcl(t)) !== snap(parseHcl(t))) throw new Error('second parse differs');
  }, { scale: 0.3 });

  fuzzIt('deep nesting of tuples, objects, templates and blocks', deepNesting(['a = [', 'a = {b = ', 'a = "${', 'b {\n', 'a = (', 'a = "%{ if x }'], [']', '}', '}"', '}\n', ')', '%{ endif }"']), checkHcl, { scale: 0.01, budgetMs: 3000 });

  fuzzIt('the Packer source (HCL): spans inside, inline command keys at their bytes', template, (t) => {
    const x = checkExtraction(packerHandler, t, 'build.pkr.hcl');
    const found = assignmentsOf(x, 'build.pkr.hcl');
    for (const a of found) if (!a.templated) assertAt(t, a.keySpan, a.rawKey, 'packer key');
    return found.length > 0;
  }, { scale: 0.05 });

  const json = fc.tuple(fc.array(sysctlCommand, { maxLength: 4 }), cleanSysctlLines).map(([cmds, lines]) => JSON.stringify({ builders: [{ type: 'amazon-ebs' }], provisioners: [{ type: 'shell', inline: [...cmds.map((c) => JSON.parse(c) as string), `cat <<EOF | sudo tee /etc/sysctl.d/60.conf\n${lines.join('\n')}\nEOF`] }] }, null, 2));

  fuzzIt('the Packer source (JSON): spans inside, keys at their bytes', fc.oneof(json, withNoise(json)), (t) => {
    const x = checkExtraction(packerHandler, t, 'build.json');
    // Keys at their bytes in templates Packer would read; invalid JSON (a raw control character
    // in a string) is read as well as it can be, positions inside the file.
    if (!isJson(t)) return;
    for (const a of assignmentsOf(x, 'build.json')) {
      const got = t.slice(a.keySpan.start, a.keySpan.end);
      if (a.templated || got.includes('\\')) continue;
      atShellWord(t, a.keySpan, a.rawKey, 'packer json key');
    }
  }, { scale: 0.05 });
});
