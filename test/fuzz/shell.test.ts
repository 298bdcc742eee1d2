/**
 * The shell lexer and analyzer through their entry points (analyzeScript, and the script
 * source handler): generated scripts with sysctl writes, /proc/sys redirections, heredocs,
 * `sh -c` strings, quoting and deep nesting.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { analyzeScript, parseContentAsSysctl, type ShellAnalysis } from '../../src/sources/shell';
import { scriptHandler } from '../../src/sources/script/handler';
import { looksLikeShellScript } from '../../src/sources/script/detect';
import { anyText, cleanSysctlLines, deepNesting, plainKey, withNoise } from './arbitraries';
import { assertInside, atShellWord as atKey, fuzzIt } from './fuzz';
import { assignmentsOf, checkExtraction } from './extraction';

const value = fc.constantFrom('1', '0', '65535', '"1024 65535"', "'1'", '$VALUE', '${V:-1}', '$(cat /x)', '{{ v }}');
const quote = (s: string, q: string) => (q === "'" ? `'${s}'` : q === '"' ? `"${s}"` : s);

const write = fc.oneof(
  fc.tuple(fc.constantFrom('sysctl -w', 'sysctl', 'sudo sysctl -w', '/sbin/sysctl -e -w', 'sysctl -q -w'), plainKey, value, fc.constantFrom('', '"', "'")).map(([cmd, k, v, q]) => `${cmd} ${quote(`${k}=${v.replace(/^["']|["']$/g, '')}`, q)}`),
  fc.tuple(fc.constantFrom('echo', 'echo -n', 'printf "%s\\n"', 'printf'), value, plainKey, fc.constantFrom('>', '>>', '| tee', '| sudo tee')).map(([cmd, v, k, op]) => `${cmd} ${v} ${op} /proc/sys/${k.replace(/\./g, '/')}`),
  fc.tuple(cleanSysctlLines, fc.constantFrom('<<EOF', "<<'EOF'", '<<"EOF"', '<<-EOF', '<< EOF'), fc.constantFrom('cat', 'tee', 'sudo tee -a'), fc.constantFrom('/etc/sysctl.d/90-net.conf', '/etc/sysctl.conf', '/etc/modules-load.d/k8s.conf', '/tmp/x'), fc.boolean()).map(([lines, op, cmd, path, tab]) => {
    const body = lines.map((l) => (tab && op === '<<-EOF' ? `\t${l}` : l)).join('\n');
    const target = cmd === 'cat' ? `> ${path}` : path;
    return `${cmd} ${op} ${target}\n${body}\n${tab && op === '<<-EOF' ? '\t' : ''}EOF\n`;
  }),
  fc.tuple(plainKey, fc.constantFrom('1', '0')).map(([k, v]) => `echo "${k} = ${v}" >> /etc/sysctl.d/99-x.conf`),
  fc.tuple(plainKey, fc.constantFrom('1', '0')).map(([k, v]) => `sed -i 's/^${k}.*/${k} = ${v}/' /etc/sysctl.conf`),
  fc.constantFrom('sysctl --system', 'sysctl -p', 'sysctl -p /etc/sysctl.d/90-net.conf', 'systemctl restart systemd-sysctl', 'reboot', 'cp files/99.conf /etc/sysctl.d/', 'modprobe br_netfilter', 'true', ': "${X:=1}"', 'for i in 1 2; do echo $i; done', 'case $x in a) sysctl -w a.b=1;; esac'),
);

const script: fc.Arbitrary<string> = fc
  .letrec<{ cmds: string }>((tie) => ({
    cmds: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      fc.array(write, { minLength: 1, maxLength: 5 }).chain((ws) => fc.array(fc.constantFrom('\n', '; ', ' && ', ' || ', '\n\n'), { minLength: ws.length, maxLength: ws.length }).map((seps) => ws.map((w, i) => w + (seps[i] ?? '\n')).join(''))),
      tie('cmds').map((c) => `if true; then\n${c}\nfi\n`),
      tie('cmds').map((c) => `sh -c '${c.replace(/'/g, `'\\''`)}'\n`),
      tie('cmds').map((c) => `bash -c "${c.replace(/["\\$`]/g, '\\$&')}"\n`),
      tie('cmds').map((c) => `( ${c} )\n`),
      tie('cmds').map((c) => `x=$(${c})\n`),
    ),
  }))
  .cmds.map((c) => `#!/bin/sh\nset -eu\n${c}`);

function spans(a: ShellAnalysis): Array<[string, { start: number; end: number }]> {
  return [
    ...a.writes.flatMap((w) => [['write key', w.keySpan], ['write value', w.valueSpan], ['write command', w.commandSpan], ...(w.split ? [['split', w.split.span]] : [])] as Array<[string, { start: number; end: number }]>),
    ...a.reapplies.map((r) => ['reapply', r.span] as [string, { start: number; end: number }]),
    ...a.fileWrites.flatMap((f) => [['file path', f.pathSpan], ['file command', f.commandSpan], ...(f.from ? [['copy from', f.from.span]] : []), ...(f.content ? [['content', f.content.map({ start: 0, end: f.content.text.length })]] : [])] as Array<[string, { start: number; end: number }]>),
    ...a.moduleFiles.map((m) => ['modules path', m.pathSpan] as [string, { start: number; end: number }]),
    ...a.issues.map((i) => [`issue ${i.code}`, i.span] as [string, { start: number; end: number }]),
  ];
}

/** Spans inside; literal keys, file contents' keys and paths at their bytes. Whether a write was found. */
function checkScript(text: string, exact: boolean): boolean {
  const a = analyzeScript(text);
  for (const [what, s] of spans(a)) assertInside(s, text.length, what);
  if (exact) {
    for (const w of a.writes) if (!w.unevaluated && w.method === 'sysctl') atKey(text, w.keySpan, w.rawKey, `${w.command} key`);
    for (const f of a.fileWrites) {
      if (!f.content || f.mode === 'edit') continue;
      for (const x of parseContentAsSysctl(f.content).assignments) if (!x.templated) atKey(text, x.keySpan, x.rawKey, `${f.command} content key`);
    }
  }
  return a.writes.length + a.fileWrites.length > 0;
}

describe('fuzz: shell lexer and analyzer', () => {
  fuzzIt('generated scripts: spans inside, literal keys and heredoc keys at their bytes', script, (t) => checkScript(t, true), { scale: 0.5 });

  fuzzIt('generated scripts with hostile fragments: never throws, spans inside', withNoise(script), (t) => void checkScript(t, false), { scale: 0.5 });

  fuzzIt('any text: never throws, spans inside', anyText, (t) => void checkScript(t, false));

  fuzzIt('the same bytes twice: the same analysis', script, (t) => {
    const snap = (a: ShellAnalysis) => JSON.stringify(a, (_k, v: unknown) => (typeof v === 'function' ? undefined : v));
    if (snap(analyzeScript(t)) !== snap(analyzeScript(t))) throw new Error('second analysis differs');
  }, { scale: 0.3 });

  fuzzIt('deep nesting of substitutions, arithmetic, quotes, backticks and groups', deepNesting(['$(', '$((', '"$(', '`', '${x:-', '(', '{ ', 'sh -c "', "$'", '<<EOF\n'], [')', '))', ')"', '`', '}', ')', '; }', '"', "'", '\nEOF\n']), (t) => void checkScript(t, false), { scale: 0.01, budgetMs: 3000 });

  fuzzIt('long runs of one character', fc.tuple(fc.integer({ min: 1, max: 300_000 }), fc.constantFrom('`', '(', '$', '\\', '"', "'", '<<', '|', '&', ';', '\n', '$(( ', '{', '#')), ([n, unit]) => void checkScript(unit.repeat(n), false), { scale: 0.01, budgetMs: 3000 });

  fuzzIt('the script source: spans inside, keys at their bytes', script, (t) => {
    const x = checkExtraction(scriptHandler, t, 'scripts/setup.sh');
    const found = assignmentsOf(x, 'scripts/setup.sh');
    for (const a of found) if (!a.templated && a.value !== '' && !/[$`{]/.test(a.value)) atKey(t, a.keySpan, a.rawKey, 'script key');
    return found.length > 0;
  }, { scale: 0.05 });

  fuzzIt('looksLikeShellScript: any text, never throws, the same answer twice', fc.oneof(anyText, script, withNoise(script)), (t) => {
    if (looksLikeShellScript(t) !== looksLikeShellScript(t)) throw new Error('unstable answer');
  });
});
