import { describe, expect, it } from 'vitest';
import { LineIndex, type Span } from '../../../src/core/span';
import { analyzeArgv, analyzeScript, execWord, parseContentAsSysctl, sliceOf, type ShellAnalysis } from '../../../src/sources/shell/index';

/** The text a span covers, to assert exact spans readably. */
const at = (text: string, s: Span) => text.slice(s.start, s.end);

/** Writes as `key=value @ text-at-key-span`. */
function writes(text: string, a: ShellAnalysis) {
  return a.writes.map((w) => `${w.key}=${w.value} @${at(text, w.keySpan)}${w.unevaluated ? ' (unevaluated)' : ''}`);
}

describe('sysctl invocations', () => {
  it('reads sysctl -w k=v with exact key and value spans', () => {
    const t = 'sysctl -w net.core.somaxconn=32768';
    const a = analyzeScript(t);
    expect(writes(t, a)).toEqual(['net.core.somaxconn=32768 @net.core.somaxconn']);
    const w = a.writes[0]!;
    expect(w.keySpan).toEqual({ start: 10, end: 28 });
    expect(at(t, w.valueSpan)).toBe('32768');
    expect(w.command).toBe('sysctl -w');
    expect(at(t, w.commandSpan)).toBe(t);
  });

  it('takes several assignments, and any argument with = as a write even without -w', () => {
    const t = 'sysctl net.ipv4.ip_forward=1 vm.swappiness=10 -q';
    expect(writes(t, analyzeScript(t))).toEqual(['net.ipv4.ip_forward=1 @net.ipv4.ip_forward', 'vm.swappiness=10 @vm.swappiness']);
  });

  it('ignores reads, -a and -n', () => {
    expect(analyzeScript('sysctl net.ipv4.ip_forward; sysctl -a | grep tw; sysctl -n vm.swappiness').writes).toEqual([]);
  });

  it('looks through paths, sudo, env, busybox, nsenter and assignments', () => {
    const t = 'FOO=1 sudo -E /sbin/sysctl -w a.b=1; busybox sysctl -w c.d=2; env -i X=1 /usr/sbin/sysctl e.f=3; nsenter -t 1 -n -- sysctl -w g.h=4';
    expect(writes(t, analyzeScript(t))).toEqual(['a.b=1 @a.b', 'c.d=2 @c.d', 'e.f=3 @e.f', 'g.h=4 @g.h']);
  });

  it('keeps quoted values whole and maps the key through the quotes', () => {
    const t = `sysctl -w net.ipv4.ip_local_port_range="1024 65535"; sysctl -w 'net.ipv4.tcp_tw_reuse=1'`;
    const a = analyzeScript(t);
    expect(writes(t, a)).toEqual(['net.ipv4.ip_local_port_range=1024 65535 @net.ipv4.ip_local_port_range', 'net.ipv4.tcp_tw_reuse=1 @net.ipv4.tcp_tw_reuse']);
    expect(a.writes[0]!.split).toBeUndefined();
    expect(at(t, a.writes[0]!.valueSpan)).toBe('1024 65535');
    expect(at(t, a.writes[1]!.valueSpan)).toBe('1');
  });

  it('flags a value the shell splits: only the first word is written', () => {
    const t = 'sysctl -w net.ipv4.ip_local_port_range=1024 65535';
    const [w] = analyzeScript(t).writes;
    expect(w?.value).toBe('1024');
    expect(w?.split?.words).toEqual(['65535']);
    expect(at(t, w!.split!.span)).toBe('65535');
    expect(at(t, w!.keySpan)).toBe('net.ipv4.ip_local_port_range');
  });

  it('without -w, a stray word that looks like a key is a read, not a split value', () => {
    const a = analyzeScript('sysctl net.ipv4.ip_forward=1 net.core.somaxconn');
    expect(a.writes[0]?.split).toBeUndefined();
    const b = analyzeScript('sysctl net.ipv4.ip_local_port_range=1024 65535');
    expect(b.writes[0]?.split?.words).toEqual(['65535']);
  });

  it('marks values holding expansions or templates as unevaluated, never guessed', () => {
    const t = 'sysctl -w net.ipv4.ip_local_port_range="$RANGE"; sysctl -w vm.swappiness={{ swappiness }}; sysctl -w ${KEY}=1';
    const a = analyzeScript(t);
    expect(a.writes.map((w) => [w.key, w.value, w.unevaluated, !!w.split])).toEqual([
      ['net.ipv4.ip_local_port_range', '$RANGE', true, false],
      ['vm.swappiness', '{{ swappiness }}', true, false],
      ['${KEY}', '1', true, false],
    ]);
  });

  it('reads -e, and -p / --system / --load as re-applications', () => {
    const a = analyzeScript('sysctl -e -w a.b=1; sysctl -p; sysctl -p /etc/sysctl.d/99-k8s.conf; sysctl --system; sysctl --load=/etc/x.conf; sysctl -p/etc/y.conf');
    expect(a.writes[0]?.ignoreUnknown).toBe(true);
    expect(a.reapplies.map((r) => [r.kind, r.files])).toEqual([
      ['files', ['/etc/sysctl.conf']],
      ['files', ['/etc/sysctl.d/99-k8s.conf']],
      ['system', []],
      ['files', ['/etc/x.conf']],
      ['files', ['/etc/y.conf']],
    ]);
  });

  it('applies the lines of `sysctl -p -` from a here-document, at their positions', () => {
    const t = 'sysctl -p - <<EOF\nnet.ipv4.ip_forward = 1\nEOF\n';
    expect(writes(t, analyzeScript(t))).toEqual(['net.ipv4.ip_forward=1 @net.ipv4.ip_forward']);
  });
});

describe('separators and nesting', () => {
  it('splits commands at ; && || | & and newlines, and skips comments', () => {
    const t = 'true && sysctl -w a.b=1 || sysctl -w c.d=2 & sysctl -w e.f=3\n# sysctl -w x.y=9\nsysctl -w g.h=4 # sysctl -w z.z=0';
    expect(writes(t, analyzeScript(t)).map((s) => s.split(' ')[0])).toEqual(['a.b=1', 'c.d=2', 'e.f=3', 'g.h=4']);
  });

  it('reads commands inside if/then/fi, subshells and braces', () => {
    const t = 'if [ -f /x ]; then sysctl -w a.b=1; else { sysctl -w c.d=2; }; fi; ( sysctl -w e.f=3 )';
    expect(writes(t, analyzeScript(t)).map((s) => s.split(' ')[0])).toEqual(['a.b=1', 'c.d=2', 'e.f=3']);
  });

  it('does not split inside $(...), backquotes or ${...}', () => {
    const t = 'X=$(sysctl -n a.b; echo ok) Y=`date; date` sysctl -w k.l=${V:-a b}';
    const a = analyzeScript(t);
    expect(a.writes.map((w) => [w.key, w.value, w.unevaluated])).toEqual([['k.l', '${V:-a b}', true]]);
  });

  it('analyses sh -c strings recursively with positions in the outer text', () => {
    const t = `sh -c 'sysctl -w net.core.somaxconn=32768; sysctl -w net.ipv4.ip_local_port_range="1024 65535"'`;
    const a = analyzeScript(t);
    expect(writes(t, a)).toEqual(['net.core.somaxconn=32768 @net.core.somaxconn', 'net.ipv4.ip_local_port_range=1024 65535 @net.ipv4.ip_local_port_range']);
    expect(a.writes[1]?.split).toBeUndefined();
    expect(at(t, a.writes[1]!.valueSpan)).toBe('1024 65535');
  });

  it('maps through escapes in a double-quoted sh -c string, two levels deep', () => {
    const t = `bash -ec "sudo sh -c \\"echo 1 > /proc/sys/net/ipv4/ip_forward\\"; sysctl -w a.b=\\"x y\\""`;
    const a = analyzeScript(t);
    expect(writes(t, a)).toEqual(['net.ipv4.ip_forward=1 @net/ipv4/ip_forward', 'a.b=x y @a.b']);
    expect(at(t, a.writes[1]!.valueSpan)).toBe('x y');
  });

  it('word splitting inside sh -c: an unquoted two-number value writes only the first', () => {
    const t = `sh -c "sysctl -w net.ipv4.ip_local_port_range=1024 65535"`;
    const [w] = analyzeScript(t).writes;
    expect([w?.value, w?.split?.words]).toEqual(['1024', ['65535']]);
    expect(at(t, w!.keySpan)).toBe('net.ipv4.ip_local_port_range');
  });

  it('reads Terraform $$ escapes and templates as unevaluated text', () => {
    const t = `( cd "$$(mktemp -d)" && KREW="krew-$\${OS}_$\${ARCH}" && sysctl -w vm.max_map_count=%{ if big }262144%{ endif } )`;
    const a = analyzeScript(t);
    expect(a.issues).toEqual([]);
    expect(a.writes.map((w) => [w.key, w.unevaluated])).toEqual([['vm.max_map_count', true]]);
  });

  it('reports unterminated quotes and goes on', () => {
    const a = analyzeScript(`sysctl -w a.b=1; echo "oops`);
    expect(a.writes.length).toBe(1);
    expect(a.issues.map((i) => i.code)).toEqual(['unterminated-quote']);
  });
});

describe('/proc/sys writes', () => {
  it('echo V > /proc/sys/a/b: key from the path, spans on the path and the value', () => {
    const t = 'echo 1 > /proc/sys/net/ipv4/tcp_tw_recycle';
    const [w] = analyzeScript(t).writes;
    expect([w?.key, w?.rawKey, w?.value, w?.method, w?.command]).toEqual(['net.ipv4.tcp_tw_recycle', 'net/ipv4/tcp_tw_recycle', '1', 'proc', 'echo > /proc/sys']);
    expect(at(t, w!.keySpan)).toBe('net/ipv4/tcp_tw_recycle');
    expect(at(t, w!.valueSpan)).toBe('1');
  });

  it('joins echo arguments, handles -n, quotes, >> and 1>', () => {
    const t = `echo -n "1024   65000" >> /proc/sys/net/ipv4/ip_local_port_range; echo 32768 60999 1>/proc/sys/net/ipv4/ip_local_port_range`;
    const a = analyzeScript(t);
    expect(a.writes.map((w) => w.value)).toEqual(['1024   65000', '32768 60999']);
    expect(at(t, a.writes[1]!.valueSpan)).toBe('32768 60999');
  });

  it('ignores stderr redirections and reads', () => {
    expect(analyzeScript('cat /proc/sys/net/ipv4/ip_forward; echo x 2>/proc/sys/a/b').writes).toEqual([]);
  });

  it('printf with and without a format, and tee in a pipeline', () => {
    const t = `printf '%s\\n' 1 > /proc/sys/net/ipv4/ip_forward; printf "0" > /proc/sys/net/ipv4/tcp_timestamps; echo 2 | sudo tee /proc/sys/net/ipv4/tcp_tw_reuse >/dev/null`;
    const a = analyzeScript(t);
    expect(writes(t, a)).toEqual(['net.ipv4.ip_forward=1 @net/ipv4/ip_forward', 'net.ipv4.tcp_timestamps=0 @net/ipv4/tcp_timestamps', 'net.ipv4.tcp_tw_reuse=2 @net/ipv4/tcp_tw_reuse']);
    expect(a.writes[2]?.command).toBe('tee /proc/sys');
  });

  it('an unknown producer writes an unevaluated value', () => {
    const a = analyzeScript('cat /etc/range > /proc/sys/net/ipv4/ip_local_port_range; echo $V > /proc/sys/vm/swappiness');
    expect(a.writes.map((w) => [w.key, w.unevaluated])).toEqual([
      ['net.ipv4.ip_local_port_range', true],
      ['vm.swappiness', true],
    ]);
  });

  it('keeps the / in interface names of a /proc/sys path', () => {
    const [w] = analyzeScript('echo 0 > /proc/sys/net/ipv4/conf/eth0.100/rp_filter').writes;
    expect(w?.key).toBe('net.ipv4.conf.eth0/100.rp_filter');
  });
});

describe('sysctl configuration files', () => {
  it('cat >> /etc/sysctl.conf <<EOF: the body, linted at its own lines', () => {
    const t = 'cat >> /etc/sysctl.conf <<EOF\nnet.ipv4.tcp_tw_recycle = 1\n  vm.swappiness=1\nEOF\nsysctl -p\n';
    const a = analyzeScript(t);
    expect(a.fileWrites.map((f) => [f.path, f.mode, f.command])).toEqual([['/etc/sysctl.conf', 'append', 'cat >>']]);
    const parsed = parseContentAsSysctl(a.fileWrites[0]!.content!);
    expect(parsed.assignments.map((x) => at(t, x.keySpan))).toEqual(['net.ipv4.tcp_tw_recycle', 'vm.swappiness']);
    const idx = new LineIndex(t);
    expect(idx.position(parsed.assignments[1]!.keySpan.start)).toEqual({ line: 3, column: 3 });
    expect(a.reapplies.map((r) => r.files)).toEqual([['/etc/sysctl.conf']]);
  });

  it('tee -a with a here-document, <<- stripping tabs, and cat <<EOF | tee', () => {
    const t = "tee -a /etc/sysctl.d/90-x.conf <<-'END'\n\tnet.core.somaxconn = 1024\n\tEND\ncat <<EOF | sudo tee /etc/sysctl.d/k8s.conf\nnet.ipv4.ip_forward = $FWD\nEOF\n";
    const a = analyzeScript(t);
    expect(a.fileWrites.map((f) => [f.path, f.mode, f.command])).toEqual([
      ['/etc/sysctl.d/90-x.conf', 'append', 'tee -a'],
      ['/etc/sysctl.d/k8s.conf', 'create', 'tee'],
    ]);
    const first = parseContentAsSysctl(a.fileWrites[0]!.content!).assignments[0]!;
    expect(at(t, first.keySpan)).toBe('net.core.somaxconn');
    const second = parseContentAsSysctl(a.fileWrites[1]!.content!).assignments[0]!;
    expect([second.key, second.templated]).toEqual(['net.ipv4.ip_forward', true]);
  });

  it('a quoted here-document delimiter keeps $ literally known', () => {
    const t = "cat > /etc/sysctl.d/a.conf <<'EOF'\nkernel.core_pattern = /tmp/$e\nEOF\n";
    const [x] = parseContentAsSysctl(analyzeScript(t).fileWrites[0]!.content!).assignments;
    expect(x?.templated).toBe(false);
  });

  it('echo and printf into sysctl files', () => {
    const t = `echo "net.ipv4.ip_forward=1" >> /etc/sysctl.conf; printf 'vm.swappiness = 1\\nnet.ipv4.tcp_syn_retries = 2\\n' > /etc/sysctl.d/10-a.conf`;
    const a = analyzeScript(t);
    expect(a.fileWrites.map((f) => [f.path, f.mode])).toEqual([
      ['/etc/sysctl.conf', 'append'],
      ['/etc/sysctl.d/10-a.conf', 'create'],
    ]);
    expect(parseContentAsSysctl(a.fileWrites[0]!.content!).assignments.map((x) => at(t, x.keySpan))).toEqual(['net.ipv4.ip_forward']);
    const lines = parseContentAsSysctl(a.fileWrites[1]!.content!).assignments;
    expect(lines.map((x) => [x.key, x.value, at(t, x.keySpan)])).toEqual([
      ['vm.swappiness', '1', 'vm.swappiness'],
      ['net.ipv4.tcp_syn_retries', '2', 'net.ipv4.tcp_syn_retries'],
    ]);
  });

  it('sed -i on a sysctl file: the replacement line, at its position', () => {
    const t = `sed -i 's/^#\\?net.ipv4.ip_forward.*/net.ipv4.ip_forward=1/' /etc/sysctl.conf; sed -i '$a vm.swappiness = 0' /etc/sysctl.d/99-x.conf; sed -i 's/a/b/' /etc/hosts`;
    const a = analyzeScript(t);
    expect(a.fileWrites.map((f) => [f.path, f.mode])).toEqual([
      ['/etc/sysctl.conf', 'edit'],
      ['/etc/sysctl.d/99-x.conf', 'edit'],
    ]);
    const [s1] = parseContentAsSysctl(a.fileWrites[0]!.content!).assignments;
    expect([s1?.key, s1?.value, at(t, s1!.keySpan)]).toEqual(['net.ipv4.ip_forward', '1', 'net.ipv4.ip_forward']);
    expect(t.indexOf('net.ipv4.ip_forward=1')).toBe(s1!.keySpan.start);
    const [s2] = parseContentAsSysctl(a.fileWrites[1]!.content!).assignments;
    expect([s2?.key, s2?.value, at(t, s2!.keySpan)]).toEqual(['vm.swappiness', '0', 'vm.swappiness']);
  });

  it('cp and install into sysctl.d: a file with unknown content', () => {
    const a = analyzeScript('cp /tmp/k8s.conf /etc/sysctl.d/; install -m 0644 x.conf /etc/sysctl.d/99-x.conf');
    expect(a.fileWrites.map((f) => [f.path, f.mode, f.content])).toEqual([
      ['/etc/sysctl.d/k8s.conf', 'copy', undefined],
      ['/etc/sysctl.d/99-x.conf', 'copy', undefined],
    ]);
  });

  it('re-applications: systemctl, service, systemd-sysctl, reboot', () => {
    const a = analyzeScript('systemctl restart systemd-sysctl.service; systemctl start systemd-sysctl; service procps force-reload; /lib/systemd/systemd-sysctl /etc/sysctl.d/a.conf; shutdown -r now; systemctl reboot');
    expect(a.reapplies.map((r) => [r.kind, r.command])).toEqual([
      ['system', 'systemctl restart systemd-sysctl'],
      ['system', 'service procps force-reload'],
      ['files', 'systemd-sysctl'],
      ['reboot', 'shutdown'],
      ['reboot', 'systemctl reboot'],
    ]);
  });
});

describe('exec form and embedded strings', () => {
  /** A JSON/YAML double-quoted string without escapes: its value starts one after the quote. */
  function stringAt(file: string, needle: string) {
    const q = file.indexOf(needle) - 1;
    const end = file.indexOf('"', q + 1);
    return execWord({ ...sliceOf(file, q + 1, end, (s) => s), span: { start: q, end: end + 1 } });
  }

  it('ingress-nginx patch.json (80462ec): the unquoted range inside sh -c, key at line 11 column 77', () => {
    const file = [
      '{',
      '\t"spec": {',
      '\t\t"template": {',
      '\t\t\t"spec": {',
      '\t\t\t\t"initContainers": [{',
      '\t\t\t\t\t"name": "sysctl",',
      '\t\t\t\t\t"image": "alpine:3.6",',
      '\t\t\t\t\t"securityContext": {',
      '\t\t\t\t\t\t"privileged": true',
      '\t\t\t\t\t},',
      '\t\t\t\t\t"command": ["sh", "-c", "sysctl -w net.core.somaxconn=32768; sysctl -w net.ipv4.ip_local_port_range=1024 65535"]',
      '\t\t\t\t}]',
      '\t\t\t}',
      '\t\t}',
      '\t}',
      '}',
    ].join('\n');
    const argv = [stringAt(file, 'sh"'), stringAt(file, '-c"'), stringAt(file, 'sysctl -w net.core')];
    expect(argv.map((w) => w.value)).toEqual(['sh', '-c', 'sysctl -w net.core.somaxconn=32768; sysctl -w net.ipv4.ip_local_port_range=1024 65535']);
    const a = analyzeArgv(argv);
    const idx = new LineIndex(file);
    expect(a.writes.map((w) => [w.key, w.value, w.split?.words, idx.position(w.keySpan.start)])).toEqual([
      ['net.core.somaxconn', '32768', undefined, { line: 11, column: 41 }],
      ['net.ipv4.ip_local_port_range', '1024', ['65535'], { line: 11, column: 77 }],
    ]);
    expect(at(file, a.writes[1]!.keySpan)).toBe('net.ipv4.ip_local_port_range');
    expect(at(file, a.writes[1]!.split!.span)).toBe('65535');
  });

  it('exec form: no shell, so a space in an argument stays in the value', () => {
    const file = '["sysctl", "-w", "net.ipv4.ip_local_port_range=1024 65535"]';
    const a = analyzeArgv([stringAt(file, 'sysctl"'), stringAt(file, '-w"'), stringAt(file, 'net.ipv4')]);
    expect(a.writes.map((w) => [w.value, w.split])).toEqual([['1024 65535', undefined]]);
  });

  it('exec form: separate value arguments are still a split', () => {
    const file = '["sysctl", "-w", "net.ipv4.ip_local_port_range=1024", "65535"]';
    const a = analyzeArgv([stringAt(file, 'sysctl"'), stringAt(file, '-w"'), stringAt(file, 'net.ipv4'), stringAt(file, '65535')]);
    expect(a.writes[0]?.split?.words).toEqual(['65535']);
  });

  it('exec form: template expressions in an argument are unevaluated', () => {
    const file = '["sysctl", "-w", "vm.swappiness={{ .Values.swappiness }}"]';
    const a = analyzeArgv([stringAt(file, 'sysctl"'), stringAt(file, '-w"'), stringAt(file, 'vm.')]);
    expect(a.writes[0]?.unevaluated).toBe(true);
  });

  it('exec form bash -c with a here-document in the string (cloud-init runcmd list)', () => {
    const body = 'cat <<EOF >/etc/sysctl.d/k8s.conf\nnet.ipv4.ip_forward = 1\nEOF\nsysctl --system';
    const file = `[ bash, -c, "${body.replace(/\n/g, '\\n')}" ]`;
    // A YAML double-quoted string decodes \n to a newline: map each decoded character back.
    const q = file.indexOf('"');
    const offsets: number[] = [];
    let decoded = '';
    for (let i = q + 1; file[i] !== '"'; i++) {
      offsets.push(i);
      if (file[i] === '\\') {
        decoded += '\n';
        i++;
      } else decoded += file[i];
    }
    const word = execWord({ text: decoded, map: (s) => ({ start: offsets[s.start]!, end: (offsets[s.end - 1] ?? offsets[s.start]!) + 1 }), span: { start: q, end: q + 1 } });
    const a = analyzeArgv([execWord({ ...sliceOf(file, 2, 6, (s) => s), span: { start: 2, end: 6 } }), execWord({ ...sliceOf(file, 8, 10, (s) => s), span: { start: 8, end: 10 } }), word]);
    expect(a.fileWrites.map((f) => f.path)).toEqual(['/etc/sysctl.d/k8s.conf']);
    const [x] = parseContentAsSysctl(a.fileWrites[0]!.content!).assignments;
    expect(at(file, x!.keySpan)).toBe('net.ipv4.ip_forward');
    expect(a.reapplies.map((r) => r.kind)).toEqual(['system']);
  });
});
