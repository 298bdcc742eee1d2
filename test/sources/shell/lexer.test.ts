import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/core/span';
import { isLiteralWord, parseShell } from '../../../src/sources/shell/lexer';

const at = (text: string, s: Span) => text.slice(s.start, s.end);
const words = (t: string) => parseShell(t).commands.map((c) => c.words.map((w) => w.value));

describe('shell lexer', () => {
  it('splits on blanks and removes quotes, keeping a character-exact map', () => {
    const t = `a "b c"'d'\\ e f\\"g`;
    const [cmd] = parseShell(t).commands;
    expect(cmd?.words.map((w) => w.value)).toEqual(['a', 'b cd e', 'f"g']);
    const w = cmd!.words[1]!;
    expect(at(t, w.map({ start: 0, end: 1 }))).toBe('b');
    expect(at(t, w.map({ start: 3, end: 4 }))).toBe('d');
    expect(at(t, w.map({ start: 5, end: 6 }))).toBe('e');
    expect(at(t, w.span)).toBe(`"b c"'d'\\ e`);
  });

  it('keeps # inside a word and starts a comment only at a word start', () => {
    expect(words('echo a#b # comment\necho c')).toEqual([['echo', 'a#b'], ['echo', 'c']]);
  });

  it('joins backslash-newline continuations', () => {
    expect(words('sysctl -w \\\n  a.b=1')).toEqual([['sysctl', '-w', 'a.b=1']]);
  });

  it('double quotes escape only $ ` " \\ and newline', () => {
    expect(words('echo "a\\nb\\$c\\\\"')).toEqual([['echo', 'a\\nb$c\\']]);
  });

  it("decodes bash $'...' strings", () => {
    const t = "printf $'a\\tb\\x41'";
    const [cmd] = parseShell(t).commands;
    expect(cmd?.words[1]?.value).toBe('a\tbA');
    expect(at(t, cmd!.words[1]!.map({ start: 1, end: 2 }))).toBe('\\t');
  });

  it('reads several here-documents on one line, in order, after the newline', () => {
    const t = 'cat <<A; cat <<-"B"\nline a\nA\n\tline b\n\tB\necho done\n';
    const p = parseShell(t);
    expect(p.commands.map((c) => c.redirects.map((r) => [r.heredoc?.text, r.heredoc?.quoted]))).toEqual([
      [['line a\n', false]],
      [['line b\n', true]],
      [],
    ]);
    expect(p.commands[2]?.words.map((w) => w.value)).toEqual(['echo', 'done']);
    expect(at(t, p.commands[1]!.redirects[0]!.heredoc!.map({ start: 0, end: 6 }))).toBe('line b');
  });

  it('reports an unterminated here-document and takes the rest as its body', () => {
    const p = parseShell('cat <<EOF\na = 1\n');
    expect(p.issues.map((i) => i.code)).toEqual(['unterminated-heredoc']);
    expect(p.commands[0]?.redirects[0]?.heredoc?.text).toBe('a = 1\n');
  });

  it('parses fd redirections and marks pipes', () => {
    const p = parseShell('echo 1 2>/dev/null >/x | tee -a /y &>/z');
    expect(p.commands.map((c) => [c.words.map((w) => w.value), c.redirects.map((r) => `${r.fd ?? ''}${r.op}${r.target?.value}`), c.pipedToNext])).toEqual([
      [['echo', '1'], ['2>/dev/null', '>/x'], true],
      [['tee', '-a', '/y'], ['&>/z'], false],
    ]);
  });

  it('keeps expansions and templates whole and marks them', () => {
    const [cmd] = parseShell('echo ${a:-x y} $(b "c d") `e f` {{ g h }} %{ if i }j%{ endif } $1 $$').commands;
    expect(cmd?.words.map((w) => [w.value, isLiteralWord(w)])).toEqual([
      ['echo', true],
      ['${a:-x y}', false],
      ['$(b "c d")', false],
      ['`e f`', false],
      ['{{ g h }}', false],
      ['%{ if i }j%{ endif }', false],
      ['$1', false],
      ['$$', false],
    ]);
  });

  it('maps positions through an outer mapper (embedded text)', () => {
    const outer = 'xxxxecho hi';
    const [cmd] = parseShell(outer.slice(4), (s) => ({ start: s.start + 4, end: s.end + 4 })).commands;
    expect(at(outer, cmd!.words[1]!.span)).toBe('hi');
    expect(at(outer, cmd!.span)).toBe('echo hi');
  });
});

describe('command substitution', () => {
  it('reads $(...) as a script: quotes, comments and here-documents inside do not end it early', () => {
    const t = "X=$(cat <<EOF\ndon't ) stop\nEOF\n) ; sysctl -w a.b=1\nY=$(echo ')' # it's\n) sysctl -w c.d=2";
    const p = parseShell(t);
    expect(p.issues).toEqual([]);
    expect(p.commands.map((c) => c.words.map((w) => w.value).join(' '))).toEqual(["X=$(cat <<EOF\ndon't ) stop\nEOF\n)", 'sysctl -w a.b=1', "Y=$(echo ')' # it's\n) sysctl -w c.d=2"]);
  });

  it('handles nested and arithmetic substitutions', () => {
    expect(parseShell('echo $(( (1+2) * $(echo 3) )) done').commands[0]?.words.map((w) => w.value)).toEqual(['echo', '$(( (1+2) * $(echo 3) ))', 'done']);
  });

  it('reports an unclosed $(', () => {
    expect(parseShell('echo $(date').issues.map((i) => i.code)).toEqual(['unterminated-substitution']);
  });
});
