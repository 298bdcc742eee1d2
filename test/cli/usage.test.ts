/**
 * Usage errors help: one line naming the problem and the closest valid choice, not the
 * argument parser's text. `--print-config PATH...` shows the context the linted files state,
 * with the file, line and column each value comes from.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const HINT = ' (sysctl-lint --help lists the options)\n';

describe('usage errors', () => {
  it('an unknown option: one line with the closest options', () => {
    const cases: Array<[string[], string]> = [
      [['--formt', 'json', '.'], 'unknown option --formt; did you mean --format?'],
      [['--no-colour', '.'], 'unknown option --no-colour; did you mean --no-color?'],
      [['--kernal=5.15', '.'], 'unknown option --kernal; did you mean --kernel?'],
      [['--stdin-file', 'x', '-'], 'unknown option --stdin-file; did you mean --stdin-filename?'],
      [['--xyzzy', '.'], 'unknown option --xyzzy'],
      [['-x', '.'], 'unknown option -x'],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r, args.join(' ')).toMatchObject({ status: 2, stdout: '', stderr: `sysctl-lint: ${message}${HINT}` });
    }
  });

  it('a missing or unexpected option value', () => {
    expect(runCli(['.', '--format']).stderr).toBe(`sysctl-lint: --format needs a value${HINT}`);
    expect(runCli(['--quiet=yes', '.']).stderr).toBe(`sysctl-lint: --quiet takes no value${HINT}`);
  });

  it('a value outside a fixed set names the closest one', () => {
    expect(runCli(['--format', 'jsno', '.']).stderr).toMatch(/^sysctl-lint: --format must be one of text, json, [a-z, -]+ \(got "jsno"\); did you mean json\? \(sysctl-lint --help lists the options\)\n$/);
    expect(runCli(['--format', 'junti', '.']).stderr).toBe(`sysctl-lint: --format must be one of text, json, sarif, github, html, junit, gitlab (got "junti"); did you mean junit?${HINT}`);
    expect(runCli(['--format', 'gitlba', '.']).stderr).toContain('did you mean gitlab?');
    expect(runCli(['--node-role', 'kubernets', '.']).stderr).toBe(`sysctl-lint: --node-role must be one of kubernetes, generic, unknown (got "kubernets"); did you mean kubernetes?${HINT}`);
    expect(runCli(['--fail-level', 'warn', '.']).stderr).toContain('did you mean warning?');
  });
});

describe('--print-config PATH...', () => {
  const repo = () =>
    tmpTree({
      'cluster/kubeadm.yaml': [
        'apiVersion: kubeadm.k8s.io/v1beta3',
        'kind: ClusterConfiguration',
        'kubernetesVersion: v1.29.4',
        'apiServer:',
        '  extraArgs:',
        '    service-node-port-range: 30000-31000',
        '---',
        'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
        'kind: KubeProxyConfiguration',
        'mode: ipvs',
        '---',
        'apiVersion: kubelet.config.k8s.io/v1beta1',
        'kind: KubeletConfiguration',
        'protectKernelDefaults: true',
        'allowedUnsafeSysctls: ["net.core.somaxconn"]',
        '',
      ].join('\n'),
      'images/worker/etc/sysctl.d/60-x.conf': 'net.ipv4.ip_local_port_range = 1024 65000\n',
    });

  it('shows the context the files state, each with its file:line:column', () => {
    const r = runCli(['--no-config', '--print-config', 'cluster', 'images'], { cwd: repo() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}kubernetesVersion: "1\.29\.4" +# cluster\/kubeadm\.yaml:3:1 \(kubeadm ClusterConfiguration kubernetesVersion/m);
    expect(r.stdout).toMatch(/^ {2}nodePortRange: "30000-31000" +# cluster\/kubeadm\.yaml:6:5 \(/m);
    expect(r.stdout).toMatch(/^ {2}kubeProxyMode: ipvs +# cluster\/kubeadm\.yaml:10:1 \(KubeProxyConfiguration mode/m);
    expect(r.stdout).toMatch(/^# {3}protectKernelDefaults: true +# cluster\/kubeadm\.yaml:14:1 /m);
    expect(r.stdout).toMatch(/^# {3}allowedUnsafeSysctls: \["net\.core\.somaxconn"\] +# cluster\/kubeadm\.yaml:15:1 /m);
  });

  it('says when a flag or the config wins over what the files state', () => {
    const r = runCli(['--no-config', '--print-config', '--node-port-range', '30000-32767', 'cluster'], { cwd: repo() });
    expect(r.stdout).toMatch(/^ {2}nodePortRange: "30000-32767" +# --node-port-range\n {2}# {3}the files say "30000-31000" \(cluster\/kubeadm\.yaml:6:5 [^\n]*\): --node-port-range wins$/m);
  });

  it('without paths, prints only the configuration (defaults say so)', () => {
    const r = runCli(['--no-config', '--print-config'], { cwd: repo() });
    expect(r.stdout).toMatch(/^ {2}nodePortRange: "30000-32767" +# default \(the Kubernetes default\)$/m);
    expect(r.stdout).not.toContain('kubeadm.yaml');
  });
});
