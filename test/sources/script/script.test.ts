/**
 * Shell scripts as a source: what they write into sysctl files is linted at the exact line and
 * column inside here-documents and strings, what they write into the running kernel is judged
 * by when the script runs, and a script is never read as a sysctl file.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import { looksLikeShellScript, scriptTiming } from '../../../src/sources/script/detect';
import { looksLikeSysctl } from '../../../src/sources/sysctl-conf/handler';
import { lintTree } from '../../helpers/lint-tree';
import { tmpTree } from '../../helpers/tmp-tree';

const HEREDOC_SCRIPT = [
  'set -e',
  'cat > /etc/sysctl.d/60-perf.conf <<EOF',
  'net.core.somaxconn = 4096',
  'net.core.netdev_max_backlog = 16384',
  'net.ipv4.tcp_max_syn_backlog = 8192',
  'net.core.rmem_max = 16777216',
  'net.core.wmem_max = 16777216',
  'net.ipv4.tcp_rmem = 4096 87380 16777216',
  'net.ipv4.tcp_wmem = 4096 65536 16777216',
  'net.ipv4.tcp_fin_timeout = 15',
  'net.ipv4.tcp_keepalive_time = 300',
  'net.core.optmem_max = 65536',
  'vm.swappiness = 10',
  'net.ipv4.tcp_tw_recycle = 1',
  'EOF',
  'sysctl --system',
  '',
].join('\n');

describe('detection', () => {
  it('a here-document script without a shebang is a script, not a sysctl file', () => {
    expect(looksLikeSysctl(HEREDOC_SCRIPT)).toBe(true); // the guess alone would take it
    expect(looksLikeShellScript(HEREDOC_SCRIPT)).toBe(true);
  });

  it('a sysctl file with a pasted command line is still a sysctl file', () => {
    const conf = 'net.core.somaxconn = 4096\nsysctl -w net.core.rmem_default=262144\nvm.swappiness = 10\nkernel.pid_max = 65536\n';
    expect(looksLikeShellScript(conf)).toBe(false);
  });

  it('shebangs of every shell, through env and busybox', () => {
    for (const s of ['#!/bin/sh', '#!/bin/bash -e', '#!/usr/bin/env bash', '#!/usr/bin/env -S bash -eu', '#! /bin/dash', '#!/bin/busybox sh']) expect(looksLikeShellScript(`${s}\necho hi\n`), s).toBe(true);
    expect(looksLikeShellScript('#!/usr/bin/env python3\nprint(1)\n')).toBe(false);
  });

  it('timing from the place: rc.local and per-boot at every boot, per-instance once, else unknown', () => {
    expect(scriptTiming('image/etc/rc.local')).toBe('every-boot');
    expect(scriptTiming('cloud/scripts/per-boot/10-tune.sh')).toBe('every-boot');
    expect(scriptTiming('cloud/scripts/per-instance/10-tune.sh')).toBe('once');
    expect(scriptTiming('scripts/bootstrap.sh')).toBe('unknown');
  });

  it('a script named on the command line is linted as a script: no warnings on set -e, cat <<EOF or EOF', () => {
    const r = lintTree({ 'tune-kernel': HEREDOC_SCRIPT }, { paths: ['tune-kernel'] });
    expect(r.list).toEqual(['tune-kernel:14:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('a short script is linted too (by name while walking)', () => {
    const r = lintTree({ 'bin/setup.sh': '#!/bin/sh\necho "net.ipv4.tcp_tw_recycle=1" >> /etc/sysctl.d/90-x.conf\n' }, { only: ['tcp-tw-recycle-enabled'] });
    expect(r.list).toEqual(['bin/setup.sh:2:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('scripts without sysctl or /proc/sys words are not parsed', () => {
    const r = lintTree({ 'a.sh': '#!/bin/sh\necho "unterminated\n' });
    expect(r.result.findings).toEqual([]);
  });
});

describe('positions and here-document semantics', () => {
  it('a quoted delimiter takes $x literally; an unquoted one leaves $x unevaluated', () => {
    const script = [
      '#!/bin/bash',
      'RETRIES=1',
      "cat > /etc/sysctl.d/10-a.conf <<'EOF'",
      'net.ipv4.tcp_syn_retries = 1',
      'kernel.core_pattern = /tmp/core.$HOSTNAME',
      'EOF',
      'cat >> /etc/sysctl.d/10-a.conf <<-EOF',
      '\tnet.ipv4.tcp_synack_retries = $RETRIES',
      '\tnet.ipv4.tcp_tw_recycle = 1',
      '\tEOF',
      '',
    ].join('\n');
    const r = lintTree({ 'tune.sh': script }, { only: ['tcp-syn-retries-extreme', 'tcp-synack-retries-extreme', 'tcp-tw-recycle-enabled', 'sysctl-template-not-evaluated'] });
    // The unquoted $RETRIES is not evaluated (never guessed); the appended tw_recycle line is
    // in the same file as the first here-document's lines.
    expect(r.list).toEqual(['tune.sh:4:1 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries', 'tune.sh:9:2 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
    expect(r.at('tcp-tw-recycle-enabled')).toEqual(['net.ipv4.tcp_tw_recycle']);
  });

  it('echo, printf, tee -a and sed -i into sysctl files, at the key inside the quoted words', () => {
    const script = [
      '#!/bin/sh',
      "echo 'net.ipv4.tcp_timestamps = 0' >> /etc/sysctl.conf",
      'printf "%s\\n" "net.ipv4.tcp_syn_retries=1" | sudo tee -a /etc/sysctl.d/99-x.conf',
      "sed -i 's/^net.ipv4.tcp_synack_retries.*/net.ipv4.tcp_synack_retries = 1/' /etc/sysctl.d/99-x.conf",
      '',
    ].join('\n');
    const r = lintTree({ 'x.sh': script }, { only: ['tcp-timestamps-disabled', 'tcp-syn-retries-extreme', 'tcp-synack-retries-extreme'] });
    expect(r.list).toEqual(['x.sh:2:7 tcp-timestamps-disabled net.ipv4.tcp_timestamps', 'x.sh:3:16 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries', 'x.sh:4:42 tcp-synack-retries-extreme net.ipv4.tcp_synack_retries']);
  });

  it('cp/install of a repository file next to the script: the file is linted as that file of the machine, once', () => {
    const r = lintTree(
      {
        'node/setup.sh': '#!/bin/sh\ninstall -m 0644 files/99-sysctl.conf /etc/sysctl.d/99-k8s.conf\nsysctl --system\n',
        'node/files/99-sysctl.conf': '# tuning\nnet.ipv4.tcp_tw_recycle = 1\n',
      },
      { only: ['tcp-tw-recycle-enabled'] },
    );
    expect(r.list).toEqual(['node/files/99-sysctl.conf:2:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('a file outside the linted tree is never read', () => {
    const dir = tmpTree({ 'inner/setup.sh': '#!/bin/sh\ncp ../outside.conf /etc/sysctl.d/99-x.conf\n', 'outside.conf': 'net.ipv4.tcp_tw_recycle = 1\n' });
    const result = lint({ paths: ['.'], cwd: path.join(dir, 'inner'), ruleFilter: (id) => id === 'tcp-tw-recycle-enabled' });
    expect(result.findings).toEqual([]);
  });
});

describe('timing', () => {
  it('a boot script (rc.local) re-applies its writes at every boot: nothing is lost', () => {
    const r = lintTree({ 'image/etc/rc.local': '#!/bin/sh\nsysctl -w vm.swappiness=1\nexit 0\n' }, { only: ['provision-sysctl-write-lost-at-reboot'] });
    expect(r.list).toEqual([]);
  });

  it('a script of unknown timing: a write no file persists is lost at the next reboot; value policies judge it too', () => {
    const r = lintTree({ 'setup.sh': '#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\n' }, { only: ['provision-sysctl-write-lost-at-reboot', 'tcp-tw-recycle-enabled'] });
    expect(r.list).toEqual(['setup.sh:2:11 provision-sysctl-write-lost-at-reboot net.ipv4.tcp_tw_recycle', 'setup.sh:2:11 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
    expect(r.result.findings[0]?.message).toContain('nothing in the linted files runs it at boot');
  });

  it('a kubeadm install script makes a Kubernetes node', () => {
    const r = lintTree({ 'install.sh': '#!/bin/sh\necho "net.ipv4.ip_forward = 0" > /etc/sysctl.d/k8s.conf\nkubeadm join 10.0.0.1:6443\n' }, { only: ['k8s-ip-forward-disabled'] });
    expect(r.list).toEqual(['install.sh:2:7 k8s-ip-forward-disabled net.ipv4.ip_forward']);
    expect(r.result.findings[0]?.severity).toBe('error');
  });
});

describe('not scripts', () => {
  it('a YAML file whose block scalars hold commands is never read as a script', () => {
    const wf = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "net.ipv4.tcp_tw_recycle = 1" | sudo tee /etc/sysctl.d/x.conf\n          echo "unterminated\n          sudo sysctl -w vm.max_map_count=1\n';
    const r = lintTree({ '.github/workflows/ci.yml': wf, 'ci.yaml': wf }, { paths: ['.github/workflows/ci.yml', 'ci.yaml', '.'] });
    expect(r.result.findings.filter((f) => f.ruleId !== 'sysctl-lint/unrecognized-file')).toEqual([]);
  });
});
