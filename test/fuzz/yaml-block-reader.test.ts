/**
 * The block reader (src/sources/yaml/block-reader.ts) against the `yaml` package on generated
 * documents: block mappings and sequences in every indentation style, scalars of every kind
 * (and ones just outside the subset), block scalars with blank and indented lines, flow
 * collections, with comment lines, blank lines and trailing blanks spliced in anywhere. Each
 * document must give the same tree, spans and maps either way (the block reader may decline a
 * document; it must never read one differently).
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { compareReaders } from '../sources/yaml/compare-readers';
import { withNoise, yamlText } from './arbitraries';
import { fuzzIt } from './fuzz';

const word = fc.stringMatching(/^[a-z][a-z0-9_./-]{0,8}$/);
const oddScalar = fc.constantFrom(
  '1', '-1', '+2', '007', '0o17', '0x1F', '1e3', '.5', '1.50', '-.5e-2', '1_000', '0b101', '+.5', '-0', '1.', '0x', '12e', '+', '99999999999999999999', '0o8', '.inf', '-.Inf', '.NaN', 'true', 'False', 'TRUE', 'null', '~', 'NULL', 'Null', 'yes', 'off', '2001-12-14',
  'a b', 'a #b', 'x#y', 'a:b', 'http://x/y', '-x', '--flag', '-', ':x', '?x', '? x', '%x', '@x', '`x', 'a,b', 'a[0]', 'a]', 'x}',
  '"q"', "'s'", '"a\\"b"', '"a\\tb\\\\"', '"\\x41\\u00e9"', '"\\q"', "'it''s'", '""', "''", '"a # b"', '"a" # c', "'a'x", '"a"b',
  '&a x', '*a', '!!str 1', '!x y', '[a, -b, "c d"]', '[ -c , --x ]', '[ ]', '[]', '{}', '{ }', '{a: 1, "b": c}', '{a: [1]}', '{a:b}', '{a: }', '[a,]', '[a, , b]', '[a # c]', '[a, b] x', '{a: 1} # c',
  'a: b', 'x   ', 'x # c', 'x  #c', 'x\t', 'x\ty', '"open', "'open", 'a\u00a0b', 'é', 'x'.repeat(1030),
);
/** Scalars the block reader reads itself: documents made of these reach it more often. */
const plainScalar = fc.constantFrom('1', '-1', '0x1F', '1.50', '.inf', 'true', 'null', '~', 'a b', 'x#y', 'http://x/y', '--flag', '"q"', "'it''s'", '"a\\tb"', '""', '[a, -b, "c d"]', '[ ]', '{a: 1, "b": c}', 'x   ', 'x # c', 'é');
const scalarOf = (extra: fc.Arbitrary<string>) => fc.oneof({ weight: 3, arbitrary: word }, { weight: 3, arbitrary: extra }, { weight: 1, arbitrary: word.map((w) => `"${w}"`) }, { weight: 1, arbitrary: word.map((w) => `'${w}'`) });

const bodyLine = fc.oneof(word, fc.constantFrom('', ' ', '  ', '     ', '# not a comment', '  indented more', 'a: b', '- x', 'tab\there', '---x', '...x'));
const blockScalar = fc.tuple(fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|2', '>1-'), fc.array(bodyLine, { minLength: 0, maxLength: 5 }), fc.constantFrom('', ' # note', '  #n'), fc.constantFrom(0, 1, 2, 4)).map(
  ([header, lines, comment, extra]) => (n: number) => `${header}${comment}\n` + lines.map((l) => (l.trim() === '' ? l : ' '.repeat(n + extra) + l)).join('\n'),
);

/** A value rendered at a column: after `key:` or `- ` (inline), or as a block on the lines below. */
type Render = (n: number) => string;

const treeOf = (scalar: fc.Arbitrary<string>) => fc.letrec<{ node: Render }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: scalar.map((s) => () => ` ${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', ' # c', ' #').map((s) => () => s) },
    { weight: 1, arbitrary: blockScalar.map((b) => (n: number) => ` ${b(n)}`) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.array(fc.tuple(fc.oneof(word, fc.constantFrom('"q k"', "'s k'", 'k k', '1', 'null', '-k', 'a b :', '? k', 'k:x')), tie('node')), { minLength: 1, maxLength: 4 }), fc.constantFrom(2, 4, 1, 0), fc.constantFrom('', ' # c')).map(
        ([pairs, step, comment]) => (n: number) => `${comment}\n` + pairs.map(([k, v]) => `${' '.repeat(n + step)}${k}:${v(n + step)}`).join('\n'),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.array(tie('node'), { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 2, 4, 1), fc.constantFrom('-', '-  ')).map(
        ([items, step, dash]) => (n: number) => '\n' + items.map((v) => `${' '.repeat(n + step)}${dash}${v(n + step + dash.length)}`).join('\n'),
      ),
    },
    {
      weight: 2,
      // `- key: value` entries: a mapping inside each sequence entry.
      arbitrary: fc.tuple(fc.array(fc.array(fc.tuple(word, tie('node')), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(0, 2)).map(
        ([entries, step]) => (n: number) => '\n' + entries.map((pairs) => pairs.map(([k, v], i) => `${' '.repeat(n + step)}${i === 0 ? '- ' : '  '}${k}:${v(n + step + 2)}`).join('\n')).join('\n'),
      ),
    },
  ),
})).node;

/** Comment lines, blank lines and trailing blanks spliced in after random lines. */
const sprinkledOf = (tree: fc.Arbitrary<Render>) => fc
  .tuple(
    fc.array(fc.tuple(word, tree), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '---\n', '# head\n\n', '--- # c\n', '\n'),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer({ min: 0, max: 8 }).map((i) => ' '.repeat(i) + '# c'), fc.constantFrom('', '  ', '        '))), { maxLength: 4 }),
    fc.array(fc.nat(), { maxLength: 2 }),
    fc.constantFrom('\n', '', '\n\n', '\n# tail\n', '\n  # tail\n', '\n   \n'),
  )
  .map(([pairs, head, inserts, trailing, tail]) => {
    const lines = pairs.map(([k, v]) => `${k}:${v(0)}`).join('\n').split('\n');
    for (const [at, line] of inserts) lines.splice((at % (lines.length + 1)) + 0, 0, line);
    for (const at of trailing) if (lines.length) lines[at % lines.length] += ' ';
    return head + lines.join('\n') + tail;
  });

const sprinkled = sprinkledOf(treeOf(scalarOf(oddScalar)));
const sprinkledInSubset = sprinkledOf(treeOf(scalarOf(plainScalar)));

describe('fuzz: the block reader reads YAML as the yaml package does', () => {
  // Documents of odd scalars and hostile fragments mostly go to the yaml package (the block
  // reader takes about one in eight and one in twenty): compared, without asking that a short
  // run reach the block reader. The documents of scalars it reads do (about one in five).
  fuzzIt('block documents with comments and blank lines anywhere', sprinkled, (text) => {
    compareReaders(text);
  });
  fuzzIt('block documents of scalars it reads, with comments and blank lines anywhere', sprinkledInSubset, (text) => compareReaders(text) > 0, { scale: 1 });
  fuzzIt('block documents with hostile fragments', withNoise(sprinkledInSubset), (text) => {
    compareReaders(text, { blankTemplateLines: true });
  }, { scale: 0.5 });
  fuzzIt('the general YAML generator', yamlText, (text) => {
    compareReaders(text);
  }, { scale: 0.3 });
});
